package vn.edudx.store.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import vn.edudx.api.observation.NewObservation;

/**
 * Writes a delivery's values in bulk through the JDBC connection of the entity manager's own
 * transaction, so they commit or roll back with the delivery's record. One {@code em.persist} per
 * value kept every value of a province file (2 million) managed until the commit and wrote about
 * 5,000 a second in the ingest benchmark; plain JDBC keeps no managed objects, and a statement of
 * many rows spares Derby most of its per-statement work (opening the table and its indexes).
 *
 * <p>Ids come from the same table generator JPA uses for {@link ObservationEntity}, reserved in one
 * step as EclipseLink itself preallocates (add to the counter, read the new value), so ids written
 * here and any EclipseLink hands out never meet, and they grow in the delivery's row order as they
 * did.
 */
final class ObservationWriter {

  /** Rows inserted by one statement: one execution per row costs Derby more than the row. */
  static final int ROWS_PER_INSERT = 50;

  private static final int COLUMNS = 9;

  /** Statements sent to the database in one JDBC batch. */
  private static final int BATCH = 20;

  private static final String INSERT_MANY = insert(ROWS_PER_INSERT);
  private static final String INSERT_ONE = insert(1);

  private static String insert(int rows) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(ObservationEntity.TABLE)
            .append(
                " (ID, BATCH_ID, UNIT_CODE, PERIOD, INDICATOR_CODE, VALUE_TEXT, EVIDENCE, NOTE,"
                    + " SOURCE_ROW) VALUES ");
    for (int r = 0; r < rows; r++) {
      sql.append(r == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    return sql.toString();
  }

  private static final String RESERVE =
      "UPDATE "
          + ObservationEntity.SEQUENCE_TABLE
          + " SET "
          + ObservationEntity.SEQUENCE_COUNT
          + " = "
          + ObservationEntity.SEQUENCE_COUNT
          + " + ? WHERE "
          + ObservationEntity.SEQUENCE_NAME
          + " = ?";

  private static final String READ =
      "SELECT "
          + ObservationEntity.SEQUENCE_COUNT
          + " FROM "
          + ObservationEntity.SEQUENCE_TABLE
          + " WHERE "
          + ObservationEntity.SEQUENCE_NAME
          + " = ?";

  private static final String CREATE =
      "INSERT INTO "
          + ObservationEntity.SEQUENCE_TABLE
          + " ("
          + ObservationEntity.SEQUENCE_NAME
          + ", "
          + ObservationEntity.SEQUENCE_COUNT
          + ") VALUES (?, 0)";

  private ObservationWriter() {}

  /**
   * Inserts the values for the batch, which must already be flushed, in the transaction of {@code
   * em}; a failure is a {@link PersistenceException}, and the caller's rollback undoes every row.
   */
  static void write(EntityManager em, long batchId, List<NewObservation> values) {
    if (values.isEmpty()) {
      return;
    }
    // Inside a transaction EclipseLink hands out the connection that transaction runs on.
    Connection c = em.unwrap(Connection.class);
    try {
      long id = reserve(c, values.size());
      int whole = values.size() - values.size() % ROWS_PER_INSERT;
      try (PreparedStatement insert = c.prepareStatement(INSERT_MANY)) {
        int pending = 0;
        for (int i = 0; i < whole; i += ROWS_PER_INSERT) {
          for (int r = 0; r < ROWS_PER_INSERT; r++) {
            set(insert, r * COLUMNS, id + i + r, batchId, values.get(i + r));
          }
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
      if (whole < values.size()) {
        try (PreparedStatement insert = c.prepareStatement(INSERT_ONE)) {
          for (int i = whole; i < values.size(); i++) {
            set(insert, 0, id + i, batchId, values.get(i));
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("Values of batch " + batchId + " not written", e);
    }
  }

  /** Sets one row's parameters, the first at {@code offset + 1}. */
  private static void set(
      PreparedStatement insert, int offset, long id, long batchId, NewObservation v)
      throws SQLException {
    insert.setLong(offset + 1, id);
    insert.setLong(offset + 2, batchId);
    insert.setString(offset + 3, v.unitCode());
    insert.setString(offset + 4, v.period());
    insert.setString(offset + 5, v.indicatorCode());
    insert.setString(offset + 6, v.value());
    text(insert, offset + 7, v.evidence());
    text(insert, offset + 8, v.note());
    if (v.row() == null) {
      insert.setNull(offset + 9, Types.INTEGER);
    } else {
      insert.setInt(offset + 9, v.row());
    }
  }

  /** Reserves {@code count} ids and returns the first; the last is the counter's new value. */
  private static long reserve(Connection c, int count) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(RESERVE)) {
      update.setLong(1, count);
      update.setString(2, ObservationEntity.IDS);
      if (update.executeUpdate() == 0) {
        // A database in which EclipseLink never yet gave out an observation id.
        try (PreparedStatement create = c.prepareStatement(CREATE)) {
          create.setString(1, ObservationEntity.IDS);
          create.executeUpdate();
        }
        update.executeUpdate();
      }
    }
    try (PreparedStatement read = c.prepareStatement(READ)) {
      read.setString(1, ObservationEntity.IDS);
      try (ResultSet r = read.executeQuery()) {
        r.next();
        return r.getLong(1) - count + 1;
      }
    }
  }

  private static void text(PreparedStatement insert, int index, String text) throws SQLException {
    if (text == null) {
      insert.setNull(index, Types.VARCHAR);
    } else {
      insert.setString(index, text);
    }
  }
}
