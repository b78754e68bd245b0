package vn.edudx.scoring.drools.internal.definition;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Confidence;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Criterion.Aggregate;
import vn.edudx.api.indicator.Criterion.AggregateFunction;
import vn.edudx.api.indicator.Criterion.Band;
import vn.edudx.api.indicator.Criterion.Choice;
import vn.edudx.api.indicator.Criterion.NotApplicable;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.indicator.Rounding;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.xlsx.Address;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.SheetBuilder;
import vn.edudx.xlsx.Workbook;
import vn.edudx.xlsx.XlsxException;
import vn.edudx.xlsx.XlsxReader;
import vn.edudx.xlsx.XlsxWriter;

/**
 * An indicator-set definition as a workbook office staff can edit in Excel: one sheet for the set,
 * one for the groups, one row per criterion (sub-criteria name their parent), one row per
 * indicator. It is read back into the same definition; every problem names its sheet, row and
 * column.
 */
public final class WorkbookDefinition {

  static final String SET = "Bộ chỉ số";
  static final String GROUPS = "Nhóm";
  static final String CRITERIA = "Tiêu chí";
  static final String INDICATORS = "Chỉ số";

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", WorkbookDefinition.class);

  /** The columns of each sheet: the field, then its Vietnamese and English headers. */
  private static final String[][] GROUP_COLUMNS = {
    {"code", "Mã nhóm", "Group code"},
    {"name.vi", "Tên nhóm", "Name (Vietnamese)"},
    {"name.en", "Tên tiếng Anh", "Name (English)"},
    {"maxPoints", "Điểm tối đa", "Maximum points"},
    {"levels.level2From", "Mức 2 từ", "Level 2 from"},
    {"levels.level3Above", "Mức 3 trên", "Level 3 above"},
    {"levels.capOnMandatoryFailure", "Mức tối đa khi thiếu điều kiện", "Cap on failed condition"}
  };

  private static final String[][] CRITERION_COLUMNS = {
    {"group", "Nhóm", "Group"},
    {"code", "Mã tiêu chí", "Criterion code"},
    {"parent", "Tiêu chí cha", "Parent"},
    {"name.vi", "Nội dung", "Wording (Vietnamese)"},
    {"name.en", "Nội dung tiếng Anh", "Wording (English)"},
    {"type", "Cách tính điểm", "Scoring type"},
    {"maxPoints", "Điểm tối đa", "Maximum points"},
    {"input", "Chỉ số đầu vào", "Input indicator"},
    {"denominator", "Chỉ số mẫu số", "Denominator indicator"},
    {"bands", "Khoảng điểm (ngưỡng:điểm; …)", "Bands (from:points; …)"},
    {"options", "Phương án (mã=điểm=tên; …)", "Answers (code=points=label; …)"},
    {"aggregate.function", "Cách tổng hợp", "Aggregate function"},
    {"aggregate.set", "Bộ chỉ số nguồn", "Source set"},
    {"aggregate.group", "Nhóm nguồn", "Source group"},
    {"aggregate.minLevel", "Mức tối thiểu", "Minimum level"},
    {"aggregate.indicator", "Chỉ số có/không của trường", "School yes/no indicator"},
    {"levels", "Áp dụng cho cấp học", "Applies to levels"},
    {"whenNotApplicable", "Khi không áp dụng", "When not applicable"},
    {"capsLevelAt", "Mức tối đa khi không đạt", "Caps level at"},
    {"evidence.vi", "Minh chứng", "Evidence (Vietnamese)"},
    {"evidence.en", "Minh chứng tiếng Anh", "Evidence (English)"},
    {"confidence", "Độ tin cậy", "Confidence"},
    {"note", "Ghi chú", "Note"}
  };

  private static final String[][] INDICATOR_COLUMNS = {
    {"code", "Mã chỉ số", "Indicator code"},
    {"name.vi", "Tên chỉ số", "Name (Vietnamese)"},
    {"name.en", "Tên tiếng Anh", "Name (English)"},
    {"type", "Kiểu giá trị", "Value type"},
    {"min", "Nhỏ nhất", "Minimum"},
    {"max", "Lớn nhất", "Maximum"},
    {"unit", "Đơn vị", "Unit"},
    {"allowed", "Giá trị cho phép", "Allowed values"}
  };

  private static final String[][] SET_FIELDS = {
    {"id", "Mã bộ chỉ số", "Set id"},
    {"version", "Phiên bản", "Version"},
    {"title.vi", "Tên bộ chỉ số", "Title (Vietnamese)"},
    {"title.en", "Tên tiếng Anh", "Title (English)"},
    {"legalBasis", "Căn cứ pháp lý", "Legal basis"},
    {"unitTypes", "Loại đơn vị", "Unit types"},
    {"schoolLevels", "Cấp học", "School levels"},
    {"levels.level2From", "Tổng điểm: Mức 2 từ", "Total: Level 2 from"},
    {"levels.level3Above", "Tổng điểm: Mức 3 trên", "Total: Level 3 above"},
    {"levels.capOnMandatoryFailure", "Tổng điểm: mức tối đa khi thiếu điều kiện", "Total: cap"},
    {"rounding.scale", "Số chữ số thập phân", "Decimals"},
    {"rounding.mode", "Cách làm tròn", "Rounding mode"},
    {"note", "Ghi chú", "Note"}
  };

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  /** Where each group, criterion and indicator was read, and each sheet's columns. */
  private final Map<String, Integer> groupRows = new HashMap<>();

  private final Map<String, Integer> criterionRowIndex = new HashMap<>();
  private final Map<String, Integer> indicatorRows = new HashMap<>();
  private final Map<String, Map<String, Integer>> columns = new HashMap<>();

  WorkbookDefinition(String file) {
    this.file = file;
  }

  // ------------------------------------------------------------------ writing

  /** The definition as a workbook. */
  public static byte[] write(IndicatorSet set) {
    XlsxWriter w = new XlsxWriter();
    SheetBuilder s = w.sheet(SET);
    s.header(List.of("Trường / Field", "Nội dung / Value", "Khóa / Key"));
    s.columnWidths(40, 80, 30);
    LevelThresholds t = set.levels();
    Object[] values = {
      set.id(),
      set.version(),
      set.title().vi(),
      set.title().en(),
      set.legalBasis(),
      set.unitTypes().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")),
      set.schoolLevels().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")),
      t == null ? null : t.level2From(),
      t == null ? null : t.level3Above(),
      t == null ? null : t.capOnMandatoryFailure(),
      set.rounding().scale(),
      set.rounding().mode().name(),
      set.note()
    };
    for (int i = 0; i < SET_FIELDS.length; i++) {
      s.row(
          Arrays.asList(SET_FIELDS[i][1] + " / " + SET_FIELDS[i][2], values[i], SET_FIELDS[i][0]));
    }

    SheetBuilder g = w.sheet(GROUPS);
    g.header(headers(GROUP_COLUMNS)).freezeHeader().columnWidths(10, 50, 50, 12, 12, 12, 16);
    for (IndicatorGroup group : set.groups()) {
      LevelThresholds l = group.levels();
      g.row(
          Arrays.asList(
              group.code(),
              group.name().vi(),
              group.name().en(),
              group.maxPoints(),
              l == null ? null : l.level2From(),
              l == null ? null : l.level3Above(),
              l == null ? null : l.capOnMandatoryFailure()));
    }

    SheetBuilder c = w.sheet(CRITERIA);
    c.header(headers(CRITERION_COLUMNS)).freezeHeader();
    c.columnWidths(
        8, 10, 10, 60, 60, 14, 10, 16, 16, 20, 30, 16, 16, 10, 10, 16, 18, 14, 10, 40, 40, 10, 40);
    int rows = 0;
    for (IndicatorGroup group : set.groups()) {
      for (Criterion criterion : group.criteria()) {
        rows += criterionRows(c, group.code(), null, criterion);
      }
    }
    if (rows > 0) {
      c.listValidation(5, 1, rows, Stream.of(CriterionType.values()).map(Enum::name).toList());
    }

    SheetBuilder in = w.sheet(INDICATORS);
    in.header(headers(INDICATOR_COLUMNS))
        .freezeHeader()
        .columnWidths(18, 60, 60, 12, 10, 10, 10, 30);
    for (Indicator i : set.indicators()) {
      in.row(
          Arrays.asList(
              i.code(),
              i.name().vi(),
              i.name().en(),
              i.type() == null ? null : i.type().name(),
              i.min(),
              i.max(),
              i.unit(),
              String.join(", ", i.allowed())));
    }
    if (!set.indicators().isEmpty()) {
      in.listValidation(
          3, 1, set.indicators().size(), Stream.of(ValueType.values()).map(Enum::name).toList());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      w.write(out);
    } catch (IOException e) {
      throw new IllegalStateException("Writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static int criterionRows(SheetBuilder s, String group, String parent, Criterion c) {
    Aggregate a = c.aggregate();
    s.row(
        Arrays.asList(
            group,
            c.code(),
            parent,
            c.name() == null ? null : c.name().vi(),
            c.name() == null ? null : c.name().en(),
            c.type() == null ? null : c.type().name(),
            c.maxPoints(),
            c.input(),
            c.denominator(),
            c.bands().stream()
                .map(b -> plain(b.from()) + ":" + plain(b.points()))
                .collect(Collectors.joining("; ")),
            c.options().stream()
                .map(
                    o ->
                        o.value()
                            + "="
                            + plain(o.points())
                            + "="
                            + (o.label() == null ? "" : o.label().vi())
                            + (o.label() == null || o.label().en().equals(o.label().vi())
                                ? ""
                                : " | " + o.label().en()))
                .collect(Collectors.joining("; ")),
            a == null || a.function() == null ? null : a.function().name(),
            a == null ? null : a.set(),
            a == null ? null : a.group(),
            a == null ? null : a.minLevel(),
            a == null ? null : a.indicator(),
            c.levels().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")),
            c.levels().isEmpty() ? null : c.whenNotApplicable().name(),
            c.capsLevelAt(),
            c.evidence() == null ? null : c.evidence().vi(),
            c.evidence() == null ? null : c.evidence().en(),
            c.confidence() == Confidence.UNKNOWN ? "?" : c.confidence().name(),
            c.note()));
    int rows = 1;
    for (Criterion child : c.children()) {
      rows += criterionRows(s, group, c.code(), child);
    }
    return rows;
  }

  private static String plain(BigDecimal n) {
    return n == null ? "" : n.stripTrailingZeros().toPlainString();
  }

  private static List<String> headers(String[][] columns) {
    return Stream.of(columns).map(c -> c[1] + " / " + c[2]).toList();
  }

  // ------------------------------------------------------------------ reading

  /** A row of a sheet with its cells by field, and where it is, for messages. */
  private record Row(String sheet, int index, Map<String, Integer> columns, List<String> cells) {
    String get(String field) {
      Integer c = columns.get(field);
      return c == null || c >= cells.size() ? "" : cells.get(c).strip();
    }

    String at(String field) {
      Integer c = columns.get(field);
      return sheet + "!" + (c == null ? "A" + (index + 1) : Address.of(index, c).toString());
    }
  }

  /**
   * Reads a workbook into a definition, or throws with every problem found. The definition is then
   * checked like a JSON one; problems keep the sheet and cell of the row they concern.
   */
  IndicatorSet read(byte[] content) {
    Workbook book;
    try {
      book = XlsxReader.read(new ByteArrayInputStream(content), Limits.DEFAULTS);
    } catch (XlsxException e) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          MESSAGES.problem(
              "definition.xlsx", e.part(), null, null, null, file, e.getMessage(), e.reason()));
    }
    Sheet setSheet = sheet(book, SET);
    Sheet groupSheet = sheet(book, GROUPS);
    Sheet criterionSheet = sheet(book, CRITERIA);
    Sheet indicatorSheet = sheet(book, INDICATORS);
    if (!problems.isEmpty()) {
      throw new EduDxException(EduDxException.Kind.INVALID, problems);
    }
    Map<String, String> fields = setFields(setSheet);
    List<Indicator> indicators = new ArrayList<>();
    for (Row r : rows(indicatorSheet, INDICATOR_COLUMNS)) {
      indicatorRows.putIfAbsent(r.get("code"), r.index());
      indicators.add(
          new Indicator(
              r.get("code"),
              text(r.get("name.vi"), r.get("name.en")),
              enumValue(ValueType.class, r, "type"),
              number(r, "min"),
              number(r, "max"),
              blank(r.get("unit")),
              list(r.get("allowed"))));
    }
    // Criteria: rows in order; children attach to their parent (a SUM of the same group).
    Map<String, Row> criterionRows = new LinkedHashMap<>();
    Map<String, List<String>> childrenOf = new LinkedHashMap<>();
    Map<String, List<String>> topOf = new LinkedHashMap<>();
    for (Row r : rows(criterionSheet, CRITERION_COLUMNS)) {
      String code = r.get("code");
      criterionRowIndex.putIfAbsent(code, r.index());
      if (criterionRows.putIfAbsent(code, r) != null) {
        problem("definition.duplicate", r.at("code"), r, code);
        continue;
      }
      String parent = r.get("parent");
      if (parent.isEmpty()) {
        topOf.computeIfAbsent(r.get("group"), k -> new ArrayList<>()).add(code);
      } else {
        childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
      }
    }
    for (Map.Entry<String, List<String>> e : childrenOf.entrySet()) {
      Row parent = criterionRows.get(e.getKey());
      for (String child : e.getValue()) {
        Row r = criterionRows.get(child);
        if (parent == null || !parent.get("group").equals(r.get("group"))) {
          problem("definition.parent", r.at("parent"), r, e.getKey());
        } else if (ancestorOf(child, e.getKey(), criterionRows)) {
          problem("definition.cycle", r.at("parent"), r, child);
        }
      }
    }
    List<IndicatorGroup> groups = new ArrayList<>();
    for (Row r : rows(groupSheet, GROUP_COLUMNS)) {
      groupRows.putIfAbsent(r.get("code"), r.index());
      List<Criterion> criteria = new ArrayList<>();
      for (String code : topOf.getOrDefault(r.get("code"), List.of())) {
        criteria.add(criterion(code, criterionRows, childrenOf, new HashSet<>()));
      }
      groups.add(
          new IndicatorGroup(
              r.get("code"),
              text(r.get("name.vi"), r.get("name.en")),
              number(r, "maxPoints"),
              levels(r),
              criteria));
    }
    Set<String> groupCodes = groups.stream().map(IndicatorGroup::code).collect(Collectors.toSet());
    topOf.forEach(
        (group, codes) -> {
          if (!groupCodes.contains(group)) {
            Row r = criterionRows.get(codes.get(0));
            problem("definition.group.unknown", r.at("group"), r, group);
          }
        });
    Row setRow = new Row(SET, 0, Map.of(), List.of());
    Integer version = null;
    try {
      version = Integer.valueOf(fields.getOrDefault("version", "").replaceAll("\\.0+$", ""));
    } catch (NumberFormatException e) {
      problem("definition.number", SET + "!version", setRow, fields.get("version"));
    }
    LevelThresholds totalLevels = null;
    if (!fields.getOrDefault("levels.level2From", "").isEmpty()) {
      totalLevels =
          new LevelThresholds(
              decimal(fields.get("levels.level2From"), SET + "!levels.level2From"),
              decimal(fields.get("levels.level3Above"), SET + "!levels.level3Above"),
              intOr(fields.get("levels.capOnMandatoryFailure"), 1));
    }
    Rounding rounding =
        new Rounding(
            intOr(fields.get("rounding.scale"), 2),
            fields.getOrDefault("rounding.mode", "").isEmpty()
                ? RoundingMode.HALF_UP
                : enumOf(RoundingMode.class, fields.get("rounding.mode"), SET + "!rounding.mode"));
    IndicatorSet set =
        new IndicatorSet(
            fields.get("id"),
            version == null ? 0 : version,
            text(fields.getOrDefault("title.vi", ""), fields.getOrDefault("title.en", "")),
            fields.get("legalBasis"),
            enums(UnitType.class, fields.getOrDefault("unitTypes", ""), SET + "!unitTypes"),
            enums(
                SchoolLevel.class, fields.getOrDefault("schoolLevels", ""), SET + "!schoolLevels"),
            totalLevels,
            rounding,
            groups,
            indicators,
            blank(fields.getOrDefault("note", "")));
    if (!problems.isEmpty()) {
      throw new EduDxException(EduDxException.Kind.INVALID, problems);
    }
    return set;
  }

  private static boolean ancestorOf(String child, String parent, Map<String, Row> rows) {
    Set<String> seen = new HashSet<>();
    for (String p = parent; p != null && !p.isEmpty(); ) {
      if (p.equals(child) || !seen.add(p)) {
        return true;
      }
      Row r = rows.get(p);
      p = r == null ? null : r.get("parent");
    }
    return false;
  }

  private Criterion criterion(
      String code, Map<String, Row> rows, Map<String, List<String>> childrenOf, Set<String> path) {
    Row r = rows.get(code);
    List<Criterion> children = new ArrayList<>();
    if (path.add(code)) {
      for (String child : childrenOf.getOrDefault(code, List.of())) {
        if (!path.contains(child)) {
          children.add(criterion(child, rows, childrenOf, path));
        }
      }
      path.remove(code);
    }
    String function = r.get("aggregate.function");
    Aggregate aggregate =
        function.isEmpty()
            ? null
            : new Aggregate(
                enumOf(AggregateFunction.class, function, r.at("aggregate.function")),
                blank(r.get("aggregate.set")),
                blank(r.get("aggregate.group")),
                r.get("aggregate.minLevel").isEmpty()
                    ? null
                    : intOr(r.get("aggregate.minLevel"), 0),
                blank(r.get("aggregate.indicator")));
    String confidence = r.get("confidence");
    return new Criterion(
        code,
        text(r.get("name.vi"), r.get("name.en")),
        enumValue(CriterionType.class, r, "type"),
        number(r, "maxPoints"),
        blank(r.get("input")),
        blank(r.get("denominator")),
        bands(r),
        options(r),
        aggregate,
        enums(SchoolLevel.class, r.get("levels"), r.at("levels")),
        r.get("whenNotApplicable").isEmpty()
            ? null
            : enumOf(NotApplicable.class, r.get("whenNotApplicable"), r.at("whenNotApplicable")),
        r.get("capsLevelAt").isEmpty() ? null : intOr(r.get("capsLevelAt"), 0),
        r.get("evidence.vi").isEmpty() && r.get("evidence.en").isEmpty()
            ? null
            : text(r.get("evidence.vi"), r.get("evidence.en")),
        children,
        confidence.isEmpty() || confidence.equals("?")
            ? Confidence.UNKNOWN
            : enumOf(Confidence.class, confidence, r.at("confidence")),
        blank(r.get("note")));
  }

  private List<Band> bands(Row r) {
    List<Band> bands = new ArrayList<>();
    for (String part : r.get("bands").split(";")) {
      if (part.isBlank()) {
        continue;
      }
      String[] fp = part.split(":");
      if (fp.length != 2) {
        problem("definition.bands.format", r.at("bands"), r, part.strip());
        continue;
      }
      bands.add(new Band(decimal(fp[0], r.at("bands")), decimal(fp[1], r.at("bands"))));
    }
    return bands;
  }

  private List<Choice> options(Row r) {
    List<Choice> options = new ArrayList<>();
    for (String part : r.get("options").split(";")) {
      if (part.isBlank()) {
        continue;
      }
      String[] vpl = part.split("=", 3);
      if (vpl.length != 3) {
        problem("definition.options.format", r.at("options"), r, part.strip());
        continue;
      }
      String[] labels = vpl[2].split("\\|", 2);
      options.add(
          new Choice(
              vpl[0].strip(),
              text(labels[0].strip(), labels.length > 1 ? labels[1].strip() : ""),
              decimal(vpl[1], r.at("options"))));
    }
    return options;
  }

  private LevelThresholds levels(Row r) {
    if (r.get("levels.level2From").isEmpty() && r.get("levels.level3Above").isEmpty()) {
      return null;
    }
    return new LevelThresholds(
        number(r, "levels.level2From"),
        number(r, "levels.level3Above"),
        intOr(r.get("levels.capOnMandatoryFailure"), 1));
  }

  private Sheet sheet(Workbook book, String name) {
    return book.sheet(name)
        .orElseGet(
            () -> {
              problems.add(
                  MESSAGES.problem("definition.sheet", name, null, null, name, file, null, name));
              return null;
            });
  }

  private Map<String, String> setFields(Sheet s) {
    Map<String, String> fields = new HashMap<>();
    Map<String, String> byLabel = new HashMap<>();
    for (String[] f : SET_FIELDS) {
      byLabel.put(key(f[0]), f[0]);
      byLabel.put(key(f[1]), f[0]);
      byLabel.put(key(f[2]), f[0]);
      byLabel.put(key(f[1] + " / " + f[2]), f[0]);
    }
    for (int i = 1; i < s.rowCount(); i++) {
      String field = byLabel.get(key(s.cell(i, 2)));
      if (field == null) {
        field = byLabel.get(key(s.cell(i, 0)));
      }
      if (field != null) {
        fields.put(field, s.cell(i, 1).strip());
      }
    }
    return fields;
  }

  /** The data rows of a sheet, columns found by their header in either language. */
  private List<Row> rows(Sheet s, String[][] columns) {
    Map<String, String> byLabel = new HashMap<>();
    for (String[] c : columns) {
      byLabel.put(key(c[0]), c[0]);
      byLabel.put(key(c[1]), c[0]);
      byLabel.put(key(c[2]), c[0]);
      byLabel.put(key(c[1] + " / " + c[2]), c[0]);
    }
    Map<String, Integer> found = new HashMap<>();
    if (s.rowCount() > 0) {
      List<String> header = s.rows().get(0);
      for (int c = 0; c < header.size(); c++) {
        String field = byLabel.get(key(header.get(c)));
        if (field != null) {
          found.putIfAbsent(field, c);
        }
      }
    }
    this.columns.put(s.name(), found);
    for (String[] c : columns) {
      if (c[0].equals("code") && !found.containsKey("code")) {
        problems.add(
            MESSAGES.problem(
                "definition.column", s.name(), 1, null, c[1], file, s.name(), c[1] + " / " + c[2]));
        return List.of();
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < s.rowCount(); i++) {
      Row r = new Row(s.name(), i, found, s.rows().get(i));
      if (!r.get("code").isEmpty()) {
        rows.add(r);
      }
    }
    return rows;
  }

  /**
   * Points a problem the checks found at the cell it concerns: the row of its group, criterion or
   * indicator (or of the set's field), and the column of the field.
   */
  Problem locate(Optional<Map.Entry<DefinitionValidator.Place, String>> place, Problem p) {
    String sheet;
    Integer row;
    String field;
    if (place.isEmpty()) {
      sheet = SET;
      field = p.field().replaceFirst("\\.(vi|en)$", "");
      row = null;
      for (int i = 0; i < SET_FIELDS.length; i++) {
        if (SET_FIELDS[i][0].equals(field) || SET_FIELDS[i][0].startsWith(field + ".")) {
          row = i + 1;
          break;
        }
      }
      if (row == null) {
        return p;
      }
      return moved(p, sheet, row, 1);
    }
    DefinitionValidator.Place at = place.get().getKey();
    String rest = place.get().getValue();
    switch (at.kind()) {
      case GROUP -> {
        sheet = GROUPS;
        row = groupRows.get(at.code());
      }
      case CRITERION -> {
        sheet = CRITERIA;
        row = criterionRowIndex.get(at.code());
      }
      default -> {
        sheet = INDICATORS;
        row = indicatorRows.get(at.code());
      }
    }
    if (row == null) {
      return p;
    }
    Map<String, Integer> cols = columns.getOrDefault(sheet, Map.of());
    Integer col = cols.get(column(rest));
    if (col == null) {
      col = cols.getOrDefault("code", 0);
    }
    return moved(p, sheet, row, col);
  }

  /** The column a field of the definition is written in. */
  private static String column(String rest) {
    if (rest.isEmpty()) {
      return "code";
    }
    if (rest.startsWith("aggregate.") || rest.startsWith("levels.")) {
      return rest;
    }
    String first = rest.split("[.\\[]", 2)[0];
    return switch (first) {
      case "name", "evidence" -> first + ".vi";
      case "levels" -> "levels";
      default -> first;
    };
  }

  private static Problem moved(Problem p, String sheet, int row, int col) {
    return new Problem(
        p.code(),
        sheet + "!" + Address.of(row, col),
        row + 1,
        col + 1,
        p.value(),
        p.message(),
        p.hint());
  }

  /** Headers compared without case, accents or spacing, so a retyped header still matches. */
  private static String key(String label) {
    String plain =
        Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd')
            .replace('Đ', 'D');
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
  }

  private static LocalizedText text(String vi, String en) {
    return new LocalizedText(vi, en.isEmpty() ? vi : en);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> list(String s) {
    return Stream.of(s.split("[,;]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private BigDecimal number(Row r, String field) {
    String v = r.get(field);
    return v.isEmpty() ? null : decimal(v, r.at(field));
  }

  private BigDecimal decimal(String value, String where) {
    String v = value == null ? "" : value.strip().replace(',', '.');
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      problems.add(
          MESSAGES.problem("definition.number", where, null, null, value, file, where, value));
      return BigDecimal.ZERO;
    }
  }

  private int intOr(String value, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return new BigDecimal(value.strip().replace(',', '.')).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(MESSAGES.problem("definition.number", null, null, null, value, file, "", value));
      return otherwise;
    }
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, Row r, String field) {
    String v = r.get(field);
    return v.isEmpty() ? null : enumOf(type, v, r.at(field));
  }

  private <E extends Enum<E>> E enumOf(Class<E> type, String value, String where) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v)) {
        return e;
      }
    }
    problems.add(
        MESSAGES.problem(
            "definition.value.unknown",
            where,
            null,
            null,
            value,
            file,
            where,
            value,
            Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    return null;
  }

  private <E extends Enum<E>> Set<E> enums(Class<E> type, String value, String where) {
    Set<E> result = EnumSet.noneOf(type);
    for (String part : list(value)) {
      E e = enumOf(type, part, where);
      if (e != null) {
        result.add(e);
      }
    }
    return result;
  }

  private void problem(String key, String where, Row r, Object value) {
    problems.add(
        MESSAGES.problem(
            key,
            where,
            r.index() + 1,
            null,
            value == null ? null : value.toString(),
            file,
            where,
            value));
  }
}
