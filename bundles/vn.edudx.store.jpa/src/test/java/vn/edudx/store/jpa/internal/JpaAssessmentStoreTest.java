package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Score;
import vn.edudx.api.workflow.Action;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.Transition;

class JpaAssessmentStoreTest {

  private static final String PERIOD = "2024-2025";
  private static final String SET = "moet-4725-2022";
  private static final Instant T0 = Instant.parse("2025-05-20T03:00:00Z");

  private EntityManagerFactory emf;
  private JpaAssessmentStore store;

  @BeforeEach
  void open() {
    emf = TestDatabase.open();
    store = new JpaAssessmentStore(emf);
  }

  @AfterEach
  void close() {
    emf.close();
  }

  private static Assessment draft(String unit) {
    return new Assessment(
        unit, PERIOD, SET, 1, AssessmentState.DRAFT, false, null, false, null, null, null, null, 0);
  }

  private static Transition entry(
      Action action, AssessmentState from, AssessmentState to, Instant at) {
    return new Transition(
        0, "S1", PERIOD, SET, action, from, to, "truong.s1", at, null, null, null, null);
  }

  private static Transition edit(String indicator, String oldValue, String newValue) {
    return new Transition(
        0,
        "S1",
        PERIOD,
        SET,
        Action.EDIT_VALUE,
        AssessmentState.DRAFT,
        AssessmentState.DRAFT,
        "truong.s1",
        T0,
        "sửa theo minh chứng",
        indicator,
        oldValue,
        newValue);
  }

  private static Score score(Instant computedAt) {
    GroupScore g =
        new GroupScore(
            "G1",
            new LocalizedText("Dạy học", "Teaching"),
            new BigDecimal("62.5"),
            new BigDecimal("100"),
            new BigDecimal("62.5"),
            2,
            new LocalizedText("đáp ứng cơ bản", "basic"),
            List.of(),
            List.of(),
            List.of(),
            null);
    return new Score("S1", PERIOD, SET, 1, computedAt, List.of(g), null, null, null);
  }

  @Test
  void anAssessmentComesBackWithEveryFieldAndItsApprovedScoreWhole() {
    Assessment first = store.save(draft("S1"), List.of());
    assertThat(first.revision()).isEqualTo(1);

    Score frozen = score(Instant.parse("2025-06-02T01:02:03.456Z"));
    Assessment approved =
        new Assessment(
            "S1",
            PERIOD,
            SET,
            1,
            AssessmentState.APPROVED,
            true,
            T0,
            true,
            "bổ sung minh chứng 1.3",
            Instant.parse("2025-06-02T02:00:00Z"),
            "phong.duyet",
            frozen,
            1);
    Assessment saved = store.save(approved, List.of());

    assertThat(saved.revision()).isEqualTo(2);
    Assessment read = store.find("S1", PERIOD, SET).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.approvedScore()).isEqualTo(frozen);
    assertThat(read.approvedScore().computedAt()).isEqualTo(frozen.computedAt());
    assertThat(read.approvedScore().total()).isEqualByComparingTo("62.5");
    assertThat(store.find("S1", "2023-2024", SET)).isEmpty();
    assertThat(store.find("S2", PERIOD, SET)).isEmpty();
  }

  @Test
  void listsAPeriodsAssessmentsByStateOrAll() {
    store.save(draft("S2"), List.of());
    Assessment s1 = store.save(draft("S1"), List.of());
    store.save(s1.with(AssessmentState.SUBMITTED), List.of());
    store.save(
        new Assessment(
            "S3",
            "2023-2024",
            SET,
            1,
            AssessmentState.SUBMITTED,
            false,
            null,
            false,
            null,
            null,
            null,
            null,
            0),
        List.of());

    assertThat(store.list(PERIOD, null))
        .extracting(Assessment::unitCode)
        .containsExactly("S1", "S2");
    assertThat(store.list(PERIOD, AssessmentState.SUBMITTED))
        .extracting(Assessment::unitCode)
        .containsExactly("S1");
    assertThat(store.list(PERIOD, AssessmentState.APPROVED)).isEmpty();
  }

  @Test
  void historyComesOldestFirstWithValueChanges() {
    Assessment a =
        store.save(
            draft("S1"), List.of(edit("4725.1.1", null, "true"), edit("4725.1.4", "50", "62.5")));
    store.save(
        a.with(AssessmentState.SUBMITTED),
        List.of(
            entry(
                Action.SUBMIT,
                AssessmentState.DRAFT,
                AssessmentState.SUBMITTED,
                T0.plusSeconds(60))));
    store.save(draft("S2"), List.of(edit("4725.1.1", null, "false")));

    List<Transition> history = store.history("S1", PERIOD, SET);

    assertThat(history)
        .extracting(Transition::action)
        .containsExactly(Action.EDIT_VALUE, Action.EDIT_VALUE, Action.SUBMIT);
    assertThat(history.get(1))
        .extracting(
            Transition::indicatorCode,
            Transition::oldValue,
            Transition::newValue,
            Transition::reason,
            Transition::actor)
        .containsExactly("4725.1.4", "50", "62.5", "sửa theo minh chứng", "truong.s1");
    assertThat(history.get(2).from()).isEqualTo(AssessmentState.DRAFT);
    assertThat(history.get(2).to()).isEqualTo(AssessmentState.SUBMITTED);
    assertThat(history.get(2).at()).isEqualTo(T0.plusSeconds(60));
    assertThat(history).extracting(Transition::id).isSorted().doesNotHaveDuplicates();
    assertThat(store.history("S2", PERIOD, SET)).hasSize(1);
    assertThat(store.history("S9", PERIOD, SET)).isEmpty();
  }

  @Test
  void aStaleRevisionIsAConflictAndStoresNothing() {
    Assessment a = store.save(draft("S1"), List.of(edit("4725.1.1", null, "true")));
    Assessment b = store.save(a.with(AssessmentState.SUBMITTED), List.of());

    // Someone who read revision 1 tries to return it after it moved on to revision 2.
    assertThatThrownBy(
            () ->
                store.save(
                    a.with(AssessmentState.RETURNED),
                    List.of(
                        entry(
                            Action.RETURN,
                            AssessmentState.SUBMITTED,
                            AssessmentState.RETURNED,
                            T0))))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              assertThat(e.problems().get(0).code()).isEqualTo("assessment.conflict");
              assertThat(e.problems().get(0).message().vi()).contains("S1");
            });
    // A second "new" assessment of the same unit is a conflict too.
    assertThatThrownBy(() -> store.save(draft("S1"), List.of(edit("4725.1.4", null, "1"))))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT));

    assertThat(store.find("S1", PERIOD, SET)).contains(b);
    assertThat(store.history("S1", PERIOD, SET)).hasSize(1);
  }
}
