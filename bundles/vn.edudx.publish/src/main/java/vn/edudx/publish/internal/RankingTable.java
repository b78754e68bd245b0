package vn.edudx.publish.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.publication.Snapshot;
import vn.edudx.api.publication.UnitResult;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.unit.SchoolLevel;

/**
 * The rows of a publication's rankings as spreadsheets show them, shared by CSV and XLSX so that
 * both downloads have the same columns. Values are {@code String} (text, still to be made safe),
 * {@code Number}, {@code Boolean} or {@code null}.
 */
final class RankingTable {

  private final Snapshot snapshot;
  private final List<String> groups;

  RankingTable(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.groups = groupCodes(snapshot);
  }

  /** Every group code of the publication, in the order the set and scores give them. */
  static List<String> groupCodes(Snapshot snapshot) {
    Set<String> codes = new LinkedHashSet<>();
    for (UnitResult u : snapshot.units()) {
      u.score().groups().forEach(g -> codes.add(g.code()));
    }
    for (Ranking r : snapshot.rankings()) {
      r.entries().forEach(e -> e.groups().forEach(g -> codes.add(g.code())));
    }
    return List.copyOf(codes);
  }

  /** The column titles: Vietnamese, then English in brackets. */
  List<String> header() {
    List<String> h = new ArrayList<>();
    for (String key :
        List.of(
            "col.ranking-level",
            "col.ranking-by",
            "col.rank",
            "col.tied",
            "col.interval-low",
            "col.interval-high",
            "col.distinguishable",
            "col.movement",
            "col.unit-code",
            "col.unit-name",
            "col.level",
            "col.place",
            "col.points")) {
      h.add(title(Texts.MESSAGES.text(key)));
    }
    for (String g : groups) {
      h.add(title(Texts.MESSAGES.text("col.group-points", g)));
      h.add(title(Texts.MESSAGES.text("col.group-level", g)));
    }
    h.add(title(Texts.MESSAGES.text("col.reason")));
    h.add(title(Texts.MESSAGES.text("col.reason-en")));
    return h;
  }

  static String title(LocalizedText t) {
    return t.vi() + " [" + t.en() + "]";
  }

  /** The ranked units in rank order, then the unranked ones with their reason. */
  List<List<Object>> rows(Ranking r) {
    List<List<Object>> rows = new ArrayList<>();
    String level = r.level() == null ? "ALL" : r.level().name();
    for (RankEntry e : r.entries()) {
      List<Object> row = new ArrayList<>();
      row.add(level);
      row.add(r.by());
      row.add(e.rank());
      row.add(e.tied());
      row.add(e.interval() == null ? null : e.interval().low());
      row.add(e.interval() == null ? null : e.interval().high());
      row.add(e.interval() == null ? null : e.interval().distinguishable());
      row.add(e.movement());
      row.add(e.unitCode());
      row.add(e.unitName());
      row.add(levelName(e.level()));
      row.add(e.placeName() == null ? e.placeCode() : e.placeName());
      row.add(e.points());
      for (String g : groups) {
        RankEntry.GroupResult gr =
            e.groups().stream().filter(x -> x.code().equals(g)).findFirst().orElse(null);
        row.add(gr == null ? null : gr.points());
        row.add(gr == null || gr.level() == 0 ? null : gr.level());
      }
      row.add(null);
      row.add(null);
      rows.add(row);
    }
    for (Unranked u : r.unranked()) {
      List<Object> row = new ArrayList<>();
      row.add(level);
      row.add(r.by());
      for (int i = 0; i < 6; i++) {
        row.add(null);
      }
      row.add(u.unitCode());
      row.add(u.unitName());
      row.add(levelName(u.level()));
      row.add(placeOf(u.unitCode()));
      row.add(null);
      for (int i = 0; i < groups.size() * 2; i++) {
        row.add(null);
      }
      row.add(u.reason() == null ? null : u.reason().vi());
      row.add(u.reason() == null ? null : u.reason().en());
      rows.add(row);
    }
    return rows;
  }

  private String placeOf(String unitCode) {
    return snapshot.units().stream()
        .filter(u -> u.unitCode().equals(unitCode))
        .map(u -> u.placeName() == null ? u.placeCode() : u.placeName())
        .findFirst()
        .orElse(null);
  }

  static String levelName(SchoolLevel level) {
    return level == null ? null : level.name();
  }

  /** What a ranking is called in a sheet name or heading: "THCS · G1", "Tất cả · Tổng". */
  static LocalizedText name(Ranking r) {
    LocalizedText level =
        r.level() == null ? Texts.MESSAGES.text("label.all-levels") : r.level().label();
    LocalizedText by =
        RankingService.BY_TOTAL.equals(r.by())
            ? Texts.MESSAGES.text("label.total")
            : LocalizedText.of(r.by());
    return new LocalizedText(level.vi() + " · " + by.vi(), level.en() + " · " + by.en());
  }
}
