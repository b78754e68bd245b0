package vn.edudx.store.jpa.internal;

import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database with the EduDX schema, for one test. */
final class TestDatabase {

  private TestDatabase() {}

  static EntityManagerFactory open() {
    EmbeddedDataSource ds = new EmbeddedDataSource();
    ds.setDatabaseName("memory:edudx-" + UUID.randomUUID());
    ds.setCreateDatabase("create");
    return Persistence.createEntityManagerFactory(
        "edudx", Map.of("javax.persistence.nonJtaDataSource", ds));
  }
}
