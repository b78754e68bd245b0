package vn.edudx.collector.example.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ImportBatch;

/** The example's route in a real Camel context, with a stand-in for the pipeline. */
class ExampleCollectorTest {

  private static final Clock JUNE_2026 =
      Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneOffset.UTC);

  private final List<IncomingBatch> received = new CopyOnWriteArrayList<>();

  private final IngestService pipeline =
      new IngestService() {
        @Override
        public IngestResult ingest(IncomingBatch batch) {
          received.add(batch);
          ImportBatch b =
              new ImportBatch(
                  1, batch.header(), ImportBatch.Status.ACCEPTED, 1, 1, null, List.of());
          return new IngestResult(b, Set.of(), LocalizedText.of("ok"));
        }

        @Override
        public IngestResult ingestFile(Delivery delivery) {
          throw new UnsupportedOperationException("the example sends no files");
        }
      };

  @Test
  void onceAtStartTheRouteDeliversTheConfiguredValueWithItsProvenance() throws Exception {
    ExampleCollector collector = new ExampleCollector(pipeline, config("2020", 0), JUNE_2026);
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      camel.addRoutes(collector.routes());
      camel.start();
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
      assertThat(camel.getRoutes()).allMatch(r -> r.getId().startsWith("example."));
    }

    assertThat(received).hasSize(1);
    IncomingBatch batch = received.get(0);
    assertThat(batch.header().source()).isEqualTo("example");
    assertThat(batch.header().instance()).isEqualTo("it").isEqualTo(collector.instance());
    assertThat(batch.header().origin()).isEqualTo("example-2020");
    assertThat(batch.header().checksum())
        .isEqualTo(ExampleCollector.sha256("NN-PGD|plan.satisfaction-public|2020|80"))
        .hasSize(64);
    IncomingRow row = batch.rows().get(0);
    assertThat(List.of(row.unit().text(), row.period().text(), row.indicator().text()))
        .containsExactly("NN-PGD", "2020", "plan.satisfaction-public");
    assertThat(row.value().text()).isEqualTo("80");
    assertThat(batch.parseProblems()).isEmpty();
  }

  @Test
  void withoutAPeriodTheValueIsForThisCalendarYearAndIsSentOnceWhileItIsTheSame() {
    ExampleCollector collector = new ExampleCollector(pipeline, config(" ", 10), JUNE_2026);
    collector.deliver();
    collector.deliver();

    assertThat(received).extracting(b -> b.header().origin()).containsExactly("example-2026");
    assertThat(collector.description().en()).contains("plan.satisfaction-public", "NN-PGD", "2026");
  }

  @Test
  void aDeliveryThePipelineCouldNotTakeIsSentAgainAtTheNextTick() {
    List<IncomingBatch> attempts = new CopyOnWriteArrayList<>();
    IngestService down =
        new IngestService() {
          @Override
          public IngestResult ingest(IncomingBatch batch) {
            attempts.add(batch);
            throw new IllegalStateException("database down");
          }

          @Override
          public IngestResult ingestFile(Delivery delivery) {
            throw new UnsupportedOperationException();
          }
        };
    ExampleCollector collector = new ExampleCollector(down, config("2020", 10), JUNE_2026);
    for (int tick = 0; tick < 2; tick++) {
      assertThatThrownBy(collector::deliver).hasMessage("database down");
    }
    assertThat(attempts).hasSize(2);
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Path dir = Path.of("src/main/resources/vn/edudx/collector/example/internal");
    Properties vi = load(dir.resolve("messages_vi.properties"));
    Properties en = load(dir.resolve("messages_en.properties"));
    assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
    assertThat(ExampleCollector.MESSAGES.has("description")).isTrue();
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static ExampleCollectorConfig config(String period, long seconds) {
    return new ExampleCollectorConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return ExampleCollectorConfig.class;
      }

      @Override
      public String name() {
        return "it";
      }

      @Override
      public String unit() {
        return "NN-PGD";
      }

      @Override
      public String period() {
        return period;
      }

      @Override
      public String indicator() {
        return "plan.satisfaction-public";
      }

      @Override
      public String value() {
        return "80";
      }

      @Override
      public long periodSeconds() {
        return seconds;
      }
    };
  }
}
