package vn.edudx.collector.sectordb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edudx.collector.sectordb.internal.Fixtures.Pipeline;

/** The collector's route in a real Camel context against a real HTTP source; its configuration. */
class SectorDbCollectorTest {

  @TempDir Path data;
  private final Pipeline pipeline = new Pipeline();

  @Test
  void theTimerRoutePullsEveryPageAndIsNamedAfterTheInstance() throws Exception {
    try (FakeSource source = new FakeSource();
        DefaultCamelContext camel = new DefaultCamelContext()) {
      SectorDbCollector collector =
          new SectorDbCollector(
              pipeline, Fixtures.config(Fixtures.settings(source.url())), data, Clock.systemUTC());
      camel.addRoutes(collector.routes());
      camel.start();

      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> pipeline.stored.size() == 3);
      assertThat(camel.getRoutes()).extracting(r -> r.getId()).containsExactly("sectordb.t");
      assertThat(collector.sourceProblem()).isEmpty();
      assertThat(collector.description().en())
          .isEqualTo("Sector database: pulls " + source.url() + " every 60 s");
    }
  }

  @Test
  void theRouteKeepsTryingWhileTheSourceIsDownAndTheCollectorSaysSo() throws Exception {
    try (FakeSource source = new FakeSource();
        DefaultCamelContext camel = new DefaultCamelContext()) {
      source.answer(since -> new FakeSource.Answer(500, "", false));
      SectorDbCollector collector =
          new SectorDbCollector(
              pipeline,
              Fixtures.config(
                  Fixtures.settings(
                      source.url(), "backoffBaseSeconds", 1L, "backoffMaxSeconds", 1L)),
              data,
              Clock.systemUTC());
      camel.addRoutes(collector.routes());
      camel.start();

      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> collector.sourceProblem().isPresent());
      source.up();
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> collector.sourceProblem().isEmpty() && pipeline.stored.size() == 3);
      assertThat(pipeline.values()).doesNotHaveDuplicates();
    }
  }

  @Test
  void withoutAUrlTheInstanceOffersNoRouteAndSaysWhy() throws Exception {
    SectorDbCollector collector =
        new SectorDbCollector(
            pipeline, Fixtures.config(Fixtures.settings("")), data, Clock.systemUTC());
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      camel.addRoutes(collector.routes());
      camel.start();
      assertThat(camel.getRoutes()).isEmpty();
    }
    assertThat(collector.description().vi()).contains("chưa cấu hình url");
    assertThat(collector.instance()).isEqualTo("t");
  }

  @Test
  void aSecondConfigurationWithANameInUsePullsNothingAndSaysWhyUntilTheFirstGoes()
      throws Exception {
    SectorDbCollector first =
        new SectorDbCollector(
            pipeline,
            Fixtures.config(Fixtures.settings("http://127.0.0.1:9/export", "name", "trung-ten")),
            data,
            Clock.systemUTC());
    SectorDbCollector second =
        new SectorDbCollector(
            pipeline,
            Fixtures.config(Fixtures.settings("http://127.0.0.1:9/export", "name", "trung-ten")),
            data,
            Clock.systemUTC());
    first.claimName(Clock.systemUTC());
    second.claimName(Clock.systemUTC());
    try {
      assertThat(first.sourceProblem()).isEmpty();
      assertThat(second.sourceProblem().orElseThrow().message().en())
          .contains("already uses the name trung-ten", "own name");
      assertThat(second.sourceProblem().orElseThrow().message().vi()).contains("tên riêng");
      try (DefaultCamelContext camel = new DefaultCamelContext()) {
        camel.addRoutes(second.routes());
        camel.start();
        assertThat(camel.getRoutes()).isEmpty();
      }
      second.releaseName(); // it never held the name: the first keeps it
      SectorDbCollector third =
          new SectorDbCollector(
              pipeline,
              Fixtures.config(Fixtures.settings("http://127.0.0.1:9/export", "name", "trung-ten")),
              data,
              Clock.systemUTC());
      third.claimName(Clock.systemUTC());
      assertThat(third.sourceProblem()).isPresent();

      first.releaseName();
      SectorDbCollector again =
          new SectorDbCollector(
              pipeline,
              Fixtures.config(Fixtures.settings("http://127.0.0.1:9/export", "name", "trung-ten")),
              data,
              Clock.systemUTC());
      again.claimName(Clock.systemUTC());
      assertThat(again.sourceProblem()).isEmpty();
      again.releaseName();
    } finally {
      first.releaseName();
    }
  }

  @Test
  void theCursorLivesUnderKarafDataUnlessADirectoryIsGiven() {
    String before = System.getProperty("karaf.data");
    System.setProperty("karaf.data", "/srv/karaf/data");
    try {
      assertThat(SectorDbCollector.cursorDirectory(Fixtures.config(Fixtures.settings("x"))))
          .isEqualTo(Path.of("/srv/karaf/data/edudx/sectordb"));
      assertThat(
              SectorDbCollector.cursorDirectory(
                  Fixtures.config(Fixtures.settings("x", "cursorDirectory", "/tmp/c"))))
          .isEqualTo(Path.of("/tmp/c"));
    } finally {
      if (before == null) {
        System.clearProperty("karaf.data");
      } else {
        System.setProperty("karaf.data", before);
      }
    }
  }

  @Test
  void aNameThatCannotBeAFileNameOrABadMappingIsRefusedAtActivation() throws IOException {
    assertThatThrownBy(
            () ->
                new SectorDbCollector(
                    pipeline,
                    Fixtures.config(Fixtures.settings("x", "name", "../etc")),
                    data,
                    Clock.systemUTC()))
        .hasMessageContaining("name: '../etc'");
    assertThatThrownBy(
            () ->
                new SectorDbCollector(
                    pipeline,
                    Fixtures.config(Fixtures.settings("x", "mapping", "staff.teachers")),
                    data,
                    Clock.systemUTC()))
        .hasMessageContaining("'staff.teachers' is not path=indicator");
  }

  @Test
  void theMappingReadsEntriesOnSeveralLinesAndTheDefaultNamesShippedIndicators() {
    Mapping m = Mapping.parse("a.b=x.1,\n c=y ; a.b=z");
    assertThat(m.entries())
        .extracting(e -> e.path() + "=" + e.indicator())
        .containsExactly("a.b=x.1", "c=y", "a.b=z");
    assertThat(Mapping.parse(Mapping.DEFAULT).entries())
        .extracting(Mapping.Entry::indicator)
        .contains("plan.learners", "plan.teachers-digital-record", "4725.2.3.3", "plan.db-sync");
  }
}
