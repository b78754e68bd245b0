package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.Snapshot;
import vn.edudx.api.publication.UnitResult;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.RankInterval;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.SchoolLevel;

/** Publications in a real (in-memory) Derby: exact bytes, supersession once and only once. */
class JpaPublicationStoreTest {

  private static final Instant T0 = Instant.parse("2025-06-20T01:00:00Z");
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final EntityManagerFactory emf = TestDatabase.open();
  private final JpaPublicationStore store = new JpaPublicationStore(emf);

  @AfterEach
  void close() {
    emf.close();
  }

  private static Publication publication(
      String id, Instant at, String supersedes, String reason, String note) throws Exception {
    GroupScore g1 =
        new GroupScore(
            "G1",
            new LocalizedText("Dạy và học", "Teaching and learning"),
            new BigDecimal("72.50"),
            new BigDecimal("100"),
            null,
            2,
            LocalizedText.of("50 ≤ 72,5 ≤ 75"),
            List.of(),
            List.of(),
            List.of(),
            null);
    Score score =
        new Score("S1", "2024-2025", "moet-4725-2022", 1, at, List.of(g1), null, null, List.of());
    RankEntry entry =
        new RankEntry(
            1,
            false,
            "S1",
            "Trường TH Vĩnh Quới",
            SchoolLevel.TH,
            "P1",
            "Phường 1",
            new BigDecimal("72.50"),
            List.of(new RankEntry.GroupResult("G1", new BigDecimal("72.50"), BigDecimal.TEN, 2)),
            false,
            2,
            1,
            new RankInterval(1, 2, false));
    Ranking ranking =
        new Ranking(
            "2024-2025",
            "PGD",
            null,
            "total",
            true,
            List.of(entry),
            List.of(
                new Unranked("S2", "Trường MN A", SchoolLevel.MN, LocalizedText.of("chưa duyệt"))),
            List.of(),
            RobustnessSettings.DEFAULT);
    Snapshot snapshot =
        new Snapshot(
            id,
            "2024-2025",
            "PGD",
            "Phòng GD&ĐT Ngã Năm",
            "PGD",
            "Kết quả " + note,
            "moet-4725-2022",
            1,
            at,
            "lanh.dao",
            at.plusSeconds(3600),
            supersedes,
            reason,
            new LocalizedText("Phương pháp", "Method"),
            RobustnessSettings.DEFAULT,
            List.of(ranking),
            List.of(
                new UnitResult(
                    "S1", "Trường TH Vĩnh Quới", SchoolLevel.TH, "P1", "Phường 1", true, score)));
    byte[] json = MAPPER.writeValueAsBytes(snapshot);
    String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    return new Publication(snapshot, json, checksum, null, null);
  }

  @Test
  void keepsTheExactBytesAndReadsTheSnapshotBackFromThem() throws Exception {
    // Larger than Derby's default BLOB of 64 KB, as a province's publication is.
    Publication p = publication("pub-000000000001", T0, null, null, "x".repeat(200_000));

    store.add(p, T0);

    Publication read = store.find(p.id()).orElseThrow();
    assertThat(read.json()).isEqualTo(p.json());
    assertThat(read.checksum()).isEqualTo(p.checksum());
    assertThat(read.snapshot()).isEqualTo(p.snapshot());
    assertThat(read.supersededBy()).isNull();
    assertThat(new String(read.json(), StandardCharsets.UTF_8)).contains("Vĩnh Quới");
    assertThat(store.find("pub-nope")).isEmpty();
    // Any number of publications supersede nothing.
    store.add(publication("pub-000000000002", T0, null, null, "b"), T0);
    assertThat(store.list()).hasSize(2);
  }

  @Test
  void aCorrectionMarksTheOldOneSupersededAndListsNewestFirst() throws Exception {
    Publication first = publication("pub-000000000001", T0, null, null, "a");
    Publication second =
        publication("pub-000000000002", T0.plusSeconds(60), first.id(), "sai điểm", "b");
    store.add(first, T0);

    store.add(second, T0.plusSeconds(60));

    Publication old = store.find(first.id()).orElseThrow();
    assertThat(old.supersededBy()).isEqualTo(second.id());
    assertThat(old.supersededAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(old.json()).isEqualTo(first.json());
    assertThat(store.list()).extracting(Publication::id).containsExactly(second.id(), first.id());
    assertThat(store.find(second.id()).orElseThrow().snapshot().reason()).isEqualTo("sai điểm");
  }

  @Test
  void aSecondCorrectionOfTheSameOneIsAConflictAndStoresNothing() throws Exception {
    Publication first = publication("pub-000000000001", T0, null, null, "a");
    Publication second =
        publication("pub-000000000002", T0.plusSeconds(60), first.id(), "sai điểm", "b");
    Publication third =
        publication("pub-000000000003", T0.plusSeconds(120), first.id(), "sai nữa", "c");
    store.add(first, T0);
    store.add(second, T0.plusSeconds(60));

    assertThatThrownBy(() -> store.add(third, T0.plusSeconds(120)))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              assertThat(e.problems().get(0).message().vi()).contains(second.id());
            });
    assertThat(store.find(third.id())).isEmpty();
    assertThat(store.find(first.id()).orElseThrow().supersededBy()).isEqualTo(second.id());
    assertThat(store.list()).hasSize(2);
  }

  @Test
  void aCorrectionOfAnUnknownPublicationIsNotFound() throws Exception {
    Publication p = publication("pub-000000000002", T0, "pub-nope", "x", "b");

    assertThatThrownBy(() -> store.add(p, T0))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.NOT_FOUND));
    assertThat(store.list()).isEmpty();
  }
}
