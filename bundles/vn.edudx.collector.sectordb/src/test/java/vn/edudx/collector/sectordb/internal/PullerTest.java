package vn.edudx.collector.sectordb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.SourceProblem;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.collector.sectordb.internal.FakeSource.Answer;
import vn.edudx.collector.sectordb.internal.Fixtures.MovingClock;
import vn.edudx.collector.sectordb.internal.Fixtures.Pipeline;

/**
 * Pulling from a real HTTP server, pull by pull on a clock the test moves: paging with the cursor,
 * restarts, a source down and back, bad pages and a huge one.
 */
class PullerTest {

  private static final Duration BASE = Duration.ofSeconds(10);
  private static final Duration INTERVAL = Duration.ofSeconds(60);

  @TempDir Path data;
  private final FakeSource source = newSource();
  private final MovingClock clock = new MovingClock();
  private final Pipeline pipeline = new Pipeline();

  private static FakeSource newSource() {
    try {
      return new FakeSource();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() {
    source.close();
  }

  private SectorDbCollector collector(Object... more) {
    return new SectorDbCollector(
        pipeline, Fixtures.config(Fixtures.settings(source.url(), more)), data, clock);
  }

  private String cursor() throws IOException {
    return Files.readString(data.resolve("t.cursor"), StandardCharsets.UTF_8);
  }

  @Test
  void pagesAreFetchedFromTheCursorUntilNoMoreAndEachPageIsOneBatchWithItsProvenance()
      throws IOException {
    Puller puller = collector().puller();

    puller.pull();

    assertThat(source.asked).containsExactly("", "c2", "c4");
    assertThat(pipeline.stored).hasSize(3);
    IncomingBatch second = pipeline.stored.get(1);
    assertThat(second.header().source()).isEqualTo("sectordb");
    assertThat(second.header().instance()).isEqualTo("t");
    assertThat(second.header().origin()).isEqualTo(source.url() + "?since=c2&limit=2");
    assertThat(second.header().checksum())
        .isEqualTo(Puller.sha256(FakeSource.PAGES.get("c2").getBytes(StandardCharsets.UTF_8)));
    IncomingRow row = second.rows().get(2);
    assertThat(row.row()).isEqualTo(1); // the item's place in its page
    assertThat(row.unit().text()).isEqualTo("NN-TH-03");
    assertThat(row.period().text()).isEqualTo("2024-2025");
    assertThat(row.indicator().text()).isEqualTo("plan.teachers");
    assertThat(row.indicator().header()).isEqualTo("staff.teachers");
    assertThat(row.value().text()).isEqualTo("30");
    assertThat(pipeline.values())
        .contains(
            "NN-TH-01|plan.learners=100",
            "NN-TH-05|plan.learners-digital-record=450",
            "NN-TH-02|4725.2.3.3=true",
            "NN-TH-02|plan.db-sync=false",
            "NN-TH-02|4725.2.3.8=false")
        .hasSize(5 * 7); // facilities not in this export: no value rather than an empty one
    assertThat(cursor()).isEqualTo("c5");
    assertThat(puller.problem()).isEmpty();
    assertThat(puller.due()).isEqualTo(clock.instant().plus(INTERVAL));
  }

  @Test
  void theNextPullAsksFromTheCursorAndAnEmptyPageIsNoDelivery() {
    Puller puller = collector().puller();
    puller.pull();
    clock.advance(INTERVAL.minusSeconds(1));
    puller.tick();
    assertThat(source.asked).hasSize(3); // not due yet

    clock.advance(Duration.ofSeconds(1));
    puller.tick();

    assertThat(source.asked).containsExactly("", "c2", "c4", "c5");
    assertThat(pipeline.received).hasSize(3);
  }

  @Test
  void aRestartResumesFromTheSavedCursorAndAPageFetchedAgainAfterACrashIsStoredOnce()
      throws IOException {
    collector().puller().pull();
    assertThat(pipeline.stored).hasSize(3);

    collector().puller().pull(); // a restart: a new instance reads the same cursor file
    assertThat(source.asked).containsExactly("", "c2", "c4", "c5");

    // A crash after the pipeline took pages c2 and c4 but before the cursor moved past them.
    Files.writeString(data.resolve("t.cursor"), "c2");
    collector().puller().pull();

    assertThat(source.asked).endsWith("c2", "c4");
    assertThat(pipeline.answers)
        .endsWith(ImportBatch.Status.DUPLICATE, ImportBatch.Status.DUPLICATE);
    assertThat(pipeline.stored).hasSize(3);
    assertThat(pipeline.values()).doesNotHaveDuplicates();
    assertThat(cursor()).isEqualTo("c5");
  }

  @Test
  void aSourceDownIsReportedWithTheNextTryWhichBacksOffThenPullingResumesWithNothingLost() {
    Puller puller = collector().puller();
    source.answer(since -> since.equals("c2") ? new Answer(503, "busy", false) : ok(since));
    Instant first = clock.instant();

    puller.pull();

    assertThat(pipeline.stored).hasSize(1); // the first page, before the source failed
    SourceProblem down = puller.problem().orElseThrow();
    assertThat(down.since()).isEqualTo(first);
    assertThat(down.nextTry()).isEqualTo(first.plus(BASE));
    assertThat(down.message().en())
        .contains(
            "does not answer", "answered HTTP 503", "since=c2", "Next try at " + first.plus(BASE));
    assertThat(down.message().vi()).contains("Nguồn không trả lời", "HTTP 503", "Thử lại lúc");

    source.answer(since -> new Answer(503, "", false));
    List<Duration> waits = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Instant before = clock.instant();
      clock.set(puller.due());
      puller.tick();
      waits.add(Duration.between(clock.instant(), puller.due()));
      assertThat(before).isBefore(clock.instant());
    }
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(20),
            Duration.ofSeconds(35),
            Duration.ofSeconds(35),
            Duration.ofSeconds(35));
    assertThat(puller.problem().orElseThrow().since()).isEqualTo(first);
    assertThat(source.asked).containsExactly("", "c2", "c2", "c2", "c2", "c2");

    source.up();
    clock.set(puller.due());
    puller.tick();

    assertThat(puller.problem()).isEmpty();
    assertThat(source.asked).endsWith("c2", "c4");
    assertThat(pipeline.stored).hasSize(3);
    assertThat(pipeline.values()).hasSize(5 * 7).doesNotHaveDuplicates();
    assertThat(pipeline.answers).doesNotContain(ImportBatch.Status.DUPLICATE);
  }

  @Test
  void aPullStopsAfterItsPageLimitAndTheNextTickGoesOnFromTheCursor() throws IOException {
    Puller puller = collector().puller().limitPages(5);
    source.answer(
        since ->
            Answer.ok(
                FakeSource.page(
                    Integer.toString(since.isEmpty() ? 1 : Integer.parseInt(since) + 1), true)));

    puller.pull();

    assertThat(source.asked).hasSize(5);
    assertThat(puller.due()).isEqualTo(clock.instant());
    assertThat(cursor()).isEqualTo("5");
    puller.tick();
    assertThat(source.asked.get(5)).isEqualTo("5");
  }

  @Test
  void aSourceThatRefusesConnectionsIsDown() {
    Puller puller = collector().puller();
    source.close();

    puller.pull();

    assertThat(puller.problem().orElseThrow().message().en()).contains("could not be reached");
    assertThat(pipeline.received).isEmpty();
  }

  @Test
  void aUrlThatIsNotHttpIsReportedAsTheSourceDownNotThrown() {
    for (String url : new String[] {"ftp://example.vn/export", "http://exa mple.vn/${env:X}"}) {
      Puller puller =
          new SectorDbCollector(pipeline, Fixtures.config(Fixtures.settings(url)), data, clock)
              .puller();

      puller.pull();

      assertThat(puller.problem().orElseThrow().message().en())
          .contains("is not an address that can be fetched");
    }
    assertThat(source.asked).isEmpty();
  }

  @Test
  void aMalformedPageIsTheSourceFailingAndNothingOfItIsIngested() throws IOException {
    Puller puller = collector().puller();
    source.answer(
        since ->
            since.isEmpty()
                ? Answer.ok("{\"items\":[{\"unitCode\":\"NN-TH-01\",}],\"hasMore\":false}")
                : ok(since));

    puller.pull();

    SourceProblem down = puller.problem().orElseThrow();
    assertThat(down.message().en()).contains("is not valid JSON", "line 1, column");
    assertThat(pipeline.received).isEmpty();
    assertThat(Files.exists(data.resolve("t.cursor"))).isFalse();

    source.answer(since -> Answer.ok("{\"items\":{},\"hasMore\":false}"));
    clock.set(puller.due());
    puller.tick();
    assertThat(puller.problem().orElseThrow().message().en()).contains("no \"items\" list");

    source.answer(since -> Answer.ok("{\"items\":[],\"hasMore\":true}"));
    clock.set(puller.due());
    puller.tick();
    assertThat(puller.problem().orElseThrow().message().vi()).contains("không có \"nextCursor\"");
    assertThat(pipeline.received).isEmpty();
  }

  @Test
  void aPageWithABadItemIsRejectedOnceAndTheCursorStaysUntilTheSourceCorrectsIt()
      throws IOException {
    Puller puller = collector().puller();
    String bad =
        FakeSource.page(
            "c2",
            true,
            "{\"period\":\"2024-2025\",\"students\":{\"total\":5}}",
            "{\"unitCode\":\"NN-TH-02\",\"period\":\"2024-2025\",\"staff\":{\"teachers\":[1,2]}}");
    source.answer(since -> since.isEmpty() ? Answer.ok(bad) : ok(since));

    puller.pull();
    clock.advance(INTERVAL);
    puller.tick();

    assertThat(pipeline.received).hasSize(1); // the same rejected page is not sent again
    IncomingBatch rejected = pipeline.received.get(0);
    assertThat(rejected.parseProblems())
        .extracting(p -> p.code() + "@" + p.row() + ":" + p.field())
        .containsExactly("item.unit.missing@1:unitCode", "item.field.not-a-value@2:staff.teachers");
    assertThat(rejected.parseProblems().get(1).message().en())
        .isEqualTo("Item 2: the field staff.teachers is an object or a list, not a single value.");
    assertThat(source.asked).containsExactly("", "");
    assertThat(Files.exists(data.resolve("t.cursor"))).isFalse();
    assertThat(puller.problem()).isEmpty(); // the source answers; the status shows the rejection

    source.up();
    clock.advance(INTERVAL);
    puller.tick();

    assertThat(pipeline.stored).hasSize(3);
    assertThat(cursor()).isEqualTo("c5");
  }

  @Test
  void aRedirectIsNotFollowedSoCredentialsGoNowhereElseAndTheSourceIsDown() {
    source.answer(since -> new Answer(302, "", false));
    Puller puller = collector("bearerToken", "bi-mat").puller();

    puller.pull();

    assertThat(pipeline.received).isEmpty();
    assertThat(source.asked).containsExactly("");
    assertThat(puller.problem().orElseThrow().message().en()).contains("HTTP 302");
  }

  @Test
  void aPageOfOnlyClosedSelfAssessmentsIsPassedSoTheLaterPagesStillCome() throws IOException {
    pipeline.closed.addAll(java.util.List.of("NN-TH-01", "NN-TH-02"));
    Puller puller = collector().puller();

    puller.pull();

    assertThat(pipeline.answers)
        .containsExactly(
            ImportBatch.Status.REJECTED, ImportBatch.Status.ACCEPTED, ImportBatch.Status.ACCEPTED);
    assertThat(source.asked).containsExactly("", "c2", "c4");
    assertThat(pipeline.stored).hasSize(2);
    assertThat(cursor()).isEqualTo("c5");
    assertThat(puller.problem()).isEmpty();
  }

  @Test
  void aPageOverTheLimitIsRefusedWithTheLimitNamedWhetherItsLengthIsGivenOrNot() {
    String huge = FakeSource.page("c2", false, "\"" + "x".repeat(3000) + "\"");
    for (boolean chunked : new boolean[] {false, true}) {
      Puller puller = collector("maxPageKilobytes", 2L).puller();
      source.answer(since -> new Answer(200, huge, chunked));

      puller.pull();

      assertThat(puller.problem().orElseThrow().message().en())
          .as("chunked %s", chunked)
          .contains("larger than the 2 KB limit (maxPageKilobytes)");
    }
    assertThat(pipeline.received).isEmpty();
  }

  @Test
  void aBearerTokenAndAnApiKeyAreSentWhenConfigured() {
    collector("bearerToken", "tok-1", "apiKeyHeader", "X-Key", "apiKey", "key-2").puller().pull();

    assertThat(source.authorization).containsOnly("Bearer tok-1");
    assertThat(source.apiKeys).containsOnly("key-2");
  }

  @Test
  void theWaitDoublesFromTheBaseUpToTheMaximum() {
    Puller puller = collector("backoffBaseSeconds", 5L, "backoffMaxSeconds", 60L).puller();

    assertThat(List.of(1, 2, 3, 4, 5, 30).stream().map(n -> puller.backoff(n).toSeconds()))
        .containsExactly(5L, 10L, 20L, 40L, 60L, 60L);
  }

  private static Answer ok(String since) {
    return Answer.ok(FakeSource.PAGES.get(since));
  }
}
