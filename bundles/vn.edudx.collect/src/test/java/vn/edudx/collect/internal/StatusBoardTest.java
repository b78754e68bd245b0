package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Collector;
import vn.edudx.api.collect.CollectorStatus;
import vn.edudx.api.collect.CollectorStatus.State;
import vn.edudx.api.collect.SourceProblem;
import vn.edudx.api.observation.BatchTally;

class StatusBoardTest {

  private static final Instant T1 = Instant.parse("2025-05-01T08:00:00Z");
  private static final Instant T2 = Instant.parse("2025-05-02T08:00:00Z");

  private static Collector collector(String id, String instance) {
    return new Collector() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String instance() {
        return instance;
      }

      @Override
      public LocalizedText description() {
        return LocalizedText.of(id + " " + instance);
      }

      @Override
      public RoutesBuilder routes() {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static Map<String, Boolean> routes(Object... idAndStarted) {
    Map<String, Boolean> routes = new LinkedHashMap<>();
    for (int i = 0; i < idAndStarted.length; i += 2) {
      routes.put((String) idAndStarted[i], (Boolean) idAndStarted[i + 1]);
    }
    return routes;
  }

  private static StatusBoard.Hosted hosted(Collector c, Map<String, Boolean> routes) {
    return new StatusBoard.Hosted(c, routes, null, null);
  }

  @Test
  void countsComeFromTheTallyOfTheSameIdAndInstance() {
    Problem bad =
        Problem.general(
            "file.empty", new LocalizedText("Tệp rỗng", "Empty file"), LocalizedText.of("fix"));
    List<CollectorStatus> s =
        StatusBoard.statuses(
            List.of(
                hosted(collector("file", "inbox"), routes("file.inbox.inbox", true)),
                hosted(collector("file", "other"), routes("file.other.inbox", true))),
            List.of(
                new BatchTally("file", "inbox", 3, 2, 1, T2, T1, bad),
                new BatchTally("shell", "inbox", 9, 9, 9, T2, T2, bad)));

    CollectorStatus inbox = s.get(0);
    assertThat(inbox.instance()).isEqualTo("inbox");
    assertThat(inbox.state()).isEqualTo(State.RUNNING);
    assertThat(inbox.routes()).containsExactly("file.inbox.inbox");
    assertThat(inbox.accepted()).isEqualTo(3);
    assertThat(inbox.rejected()).isEqualTo(2);
    assertThat(inbox.duplicate()).isEqualTo(1);
    assertThat(inbox.lastRun()).isEqualTo(T2);
    assertThat(inbox.lastError()).isEqualTo(bad.message());
    assertThat(inbox.lastErrorAt()).isEqualTo(T1);

    CollectorStatus other = s.get(1);
    assertThat(other.instance()).isEqualTo("other");
    assertThat(other.accepted()).isZero();
    assertThat(other.rejected()).isZero();
    assertThat(other.lastRun()).isNull();
    assertThat(other.lastError()).isNull();
    assertThat(other.lastErrorAt()).isNull();
  }

  @Test
  void waysInWithoutRoutesAreListedFromTheirDeliveriesWithTheirLastError() {
    Problem bad =
        Problem.general(
            "row.value.number",
            new LocalizedText("Không phải số", "Not a number"),
            LocalizedText.of("fix"));
    List<CollectorStatus> s =
        StatusBoard.statuses(
            List.of(hosted(collector("file", "inbox"), routes("file.inbox.inbox", true))),
            List.of(
                new BatchTally("file", "inbox", 1, 0, 0, T1, null, null),
                new BatchTally("push", "key-7", 4, 1, 2, T2, T1, bad),
                new BatchTally("gone", "x", 1, 0, 0, T1, null, null)));

    assertThat(s)
        .extracting(c -> c.id() + "/" + c.instance() + " " + c.state())
        .containsExactly("file/inbox RUNNING", "gone/x ON_DEMAND", "push/key-7 ON_DEMAND");
    CollectorStatus push = s.get(2);
    assertThat(push.routes()).isEmpty();
    assertThat(push.accepted()).isEqualTo(4);
    assertThat(push.rejected()).isEqualTo(1);
    assertThat(push.duplicate()).isEqualTo(2);
    assertThat(push.lastRun()).isEqualTo(T2);
    assertThat(push.lastError()).isEqualTo(bad.message());
    assertThat(push.lastErrorAt()).isEqualTo(T1);
    assertThat(push.description().vi()).contains("khóa của trường");
    assertThat(push.description().en()).contains("school's key");
    assertThat(s.get(1).description().en()).contains("source gone");
    assertThat(s.get(1).lastError()).isNull();
  }

  @Test
  void stateFollowsTheRoutes() {
    assertThat(StatusBoard.state(hosted(collector("a", "x"), routes("a.1", true, "a.2", true))))
        .isEqualTo(State.RUNNING);
    assertThat(StatusBoard.state(hosted(collector("a", "x"), routes("a.1", true, "a.2", false))))
        .isEqualTo(State.STOPPED);
    assertThat(StatusBoard.state(hosted(collector("a", "x"), routes()))).isEqualTo(State.STOPPED);
  }

  @Test
  void routesThatCouldNotBeAddedMakeItFailedAndAreItsLastError() {
    Problem bad = Problem.general("x", LocalizedText.of("rejected"), LocalizedText.of("fix"));
    List<CollectorStatus> s =
        StatusBoard.statuses(
            List.of(
                new StatusBoard.Hosted(
                    collector("file", "inbox"), routes(), "Duplicate route id file.inbox", T2)),
            List.of(new BatchTally("file", "inbox", 1, 1, 0, T1, T1, bad)));

    assertThat(s.get(0).state()).isEqualTo(State.FAILED);
    assertThat(s.get(0).lastError().en()).contains("Duplicate route id file.inbox");
    assertThat(s.get(0).lastError().vi()).contains("Duplicate route id file.inbox");
    assertThat(s.get(0).lastErrorAt()).isEqualTo(T2);
    assertThat(s.get(0).accepted()).isEqualTo(1);
  }

  @Test
  void statusesAreOrderedByIdThenInstance() {
    List<CollectorStatus> s =
        StatusBoard.statuses(
            List.of(
                hosted(collector("pull", "a"), routes()),
                hosted(collector("file", "b"), routes()),
                hosted(collector("file", "a"), routes())),
            List.of());

    assertThat(s)
        .extracting(x -> x.id() + "/" + x.instance())
        .containsExactly("file/a", "file/b", "pull/a");
  }

  @Test
  void aRunningCollectorWhoseSourceIsDownIsDownWithTheProblemAndTheNextTry() {
    SourceProblem refused =
        new SourceProblem(new LocalizedText("Nguồn không trả lời", "Source down"), T1, T2);
    Collector puller =
        new Collector() {
          @Override
          public String id() {
            return "sectordb";
          }

          @Override
          public LocalizedText description() {
            return LocalizedText.of("pull");
          }

          @Override
          public RoutesBuilder routes() {
            throw new UnsupportedOperationException();
          }

          @Override
          public Optional<SourceProblem> sourceProblem() {
            return Optional.of(refused);
          }
        };
    Problem bad = Problem.general("x", LocalizedText.of("rejected"), LocalizedText.of("fix"));

    CollectorStatus s =
        StatusBoard.statuses(
                List.of(hosted(puller, routes("sectordb.default", true))),
                List.of(new BatchTally("sectordb", "default", 2, 1, 0, T1, T1, bad)))
            .get(0);

    assertThat(s.state()).isEqualTo(State.DOWN);
    assertThat(s.lastError()).isEqualTo(refused.message());
    assertThat(s.lastErrorAt()).isEqualTo(T1);
    assertThat(s.nextTry()).isEqualTo(T2);
    assertThat(s.accepted()).isEqualTo(2);
    CollectorStatus file =
        StatusBoard.statuses(
                List.of(hosted(collector("file", "inbox"), routes("file.inbox", true))), List.of())
            .get(0);
    assertThat(file.state()).isEqualTo(State.RUNNING);
    assertThat(file.nextTry()).isNull();
  }
}
