package vn.edudx.collect.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.collect.SelfAssessmentWorkbooks;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.xlsx.SheetBuilder;
import vn.edudx.xlsx.XlsxWriter;

/**
 * Writes the self-assessment workbook of one school and period; {@link XlsxObservationParser} reads
 * it back. The layout's names live here, so that writer and reader share them.
 */
@Component(service = SelfAssessmentWorkbooks.class)
public class SelfAssessmentTemplate implements SelfAssessmentWorkbooks {

  /** The sheet a school fills in. */
  static final String SHEET = "Tự đánh giá";

  /** The hidden sheet that says what the workbook is for: key in column A, value in column B. */
  static final String META_SHEET = "_edudx";

  static final String FORMAT = "edudx.self-assessment";
  static final String KEY_FORMAT = "format";
  static final String KEY_SET = "set";
  static final String KEY_VERSION = "setVersion";
  static final String KEY_UNIT = "unit";
  static final String KEY_PERIOD = "period";
  static final String KEY_SHEET = "sheet";
  static final String KEY_AREA = "area";

  /** The columns of the table, in order; the reader finds them by these headers, not by place. */
  static final List<String> HEADERS =
      List.of(
          "STT",
          "Mã chỉ số",
          "Nhóm / Tiêu chí",
          "Nội dung",
          "Hướng dẫn",
          "Giá trị",
          "Minh chứng (link)",
          "Ghi chú");

  /** The office workbook's extra columns, after STT: one workbook for many units. */
  static final List<String> UNIT_HEADERS = List.of("Mã đơn vị", "Tên đơn vị");

  private static final Messages MESSAGES = IngestPipeline.MESSAGES;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Override
  public byte[] template(
      IndicatorSet set,
      OrgUnit unit,
      String period,
      LocalDate deadline,
      List<Observation> current) {
    XlsxWriter writer = new XlsxWriter();
    SheetBuilder sheet = writer.sheet(SHEET).columnWidths(5, 14, 22, 50, 50, 14, 36, 30);
    heading(sheet, set, MESSAGES.text("template.unit", unit.name(), unit.code()), period, deadline);
    rows(sheet, set, List.of(unit), period, current, false);
    writer
        .sheet(META_SHEET)
        .hidden()
        .row(List.of(KEY_FORMAT, FORMAT))
        .row(List.of(KEY_SET, set.id()))
        .row(List.of(KEY_VERSION, set.version()))
        .row(List.of(KEY_UNIT, unit.code()))
        .row(List.of(KEY_PERIOD, period))
        .row(List.of(KEY_SHEET, SHEET));
    return bytes(writer);
  }

  @Override
  public byte[] officeTemplate(
      IndicatorSet set,
      String area,
      List<OrgUnit> units,
      String period,
      LocalDate deadline,
      List<Observation> current) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("an office workbook needs at least one unit");
    }
    XlsxWriter writer = new XlsxWriter();
    SheetBuilder sheet = writer.sheet(SHEET).columnWidths(5, 14, 30, 14, 22, 50, 50, 14, 36, 30);
    LocalizedText who =
        area.isEmpty()
            ? MESSAGES.text("template.units", units.size())
            : MESSAGES.text("template.units.area", units.size(), area);
    heading(sheet, set, who, period, deadline);
    rows(sheet, set, units, period, current, true);
    writer
        .sheet(META_SHEET)
        .hidden()
        .row(List.of(KEY_FORMAT, FORMAT))
        .row(List.of(KEY_SET, set.id()))
        .row(List.of(KEY_VERSION, set.version()))
        .row(List.of(KEY_AREA, area))
        .row(List.of(KEY_PERIOD, period))
        .row(List.of(KEY_SHEET, SHEET));
    return bytes(writer);
  }

  /** The table: column titles, then a row per unit and indicator that applies to it. */
  private static void rows(
      SheetBuilder sheet,
      IndicatorSet set,
      List<OrgUnit> units,
      String period,
      List<Observation> current,
      boolean withUnit) {
    for (OrgUnit unit : units) {
      if (!set.covers(unit)) {
        throw new IllegalArgumentException(set.key() + " does not cover unit " + unit.code());
      }
    }
    Map<String, Observation> values = new HashMap<>();
    for (Observation o : current) {
      if (o.period().equals(period)) {
        values.put(o.unitCode() + "|" + o.indicatorCode(), o);
      }
    }
    List<String> headers = new ArrayList<>(HEADERS);
    if (withUnit) {
      headers.addAll(1, UNIT_HEADERS);
    }
    sheet.boldRow(headers).freezeRows(sheet.rowCount());
    int valueColumn = headers.indexOf("Giá trị");
    Map<String, Criterion> readers = readers(set);
    Map<String, IndicatorGroup> groups = groups(set);
    int n = 0;
    for (OrgUnit unit : units) {
      for (Indicator indicator : set.indicators()) {
        Criterion criterion = readers.get(indicator.code());
        if (criterion != null && !criterion.appliesTo(unit)) {
          continue;
        }
        n++;
        int row = sheet.rowCount();
        Observation value = values.get(unit.code() + "|" + indicator.code());
        List<Object> cells =
            new ArrayList<>(
                Arrays.asList(
                    n,
                    indicator.code(),
                    place(criterion, criterion == null ? null : groups.get(criterion.code())),
                    indicator.name().vi(),
                    guide(indicator, criterion),
                    value == null ? null : display(indicator, value.value()),
                    value == null ? null : value.evidence(),
                    value == null ? null : value.note()));
        if (withUnit) {
          cells.addAll(1, List.of(unit.code(), unit.name()));
        }
        sheet.row(cells);
        validate(sheet, row, valueColumn, indicator);
      }
    }
  }

  private static byte[] bytes(XlsxWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  private static void heading(
      SheetBuilder sheet, IndicatorSet set, LocalizedText who, String period, LocalDate deadline) {
    LocalizedText title = MESSAGES.text("template.title", set.title().vi(), set.title().en());
    sheet.boldRow(List.of(title.vi()));
    sheet.row(List.of(title.en()));
    sheet.row(List.of(both(who)));
    LocalizedText when =
        deadline == null
            ? MESSAGES.text("template.period", period)
            : MESSAGES.text("template.period.deadline", period, DATE.format(deadline));
    sheet.row(List.of(both(when)));
    LocalizedText how = MESSAGES.text("template.instructions");
    sheet.row(List.of(how.vi()));
    sheet.row(List.of(how.en()));
  }

  private static String both(LocalizedText text) {
    return text.vi() + " / " + text.en();
  }

  /** A drop-down or a number range on the value cell, where Excel can check it as it is typed. */
  private static void validate(SheetBuilder sheet, int row, int valueColumn, Indicator indicator) {
    if (indicator.type() == ValueType.BOOLEAN) {
      sheet.listValidation(valueColumn, row, row, List.of("Có", "Không"));
    } else if (!indicator.allowed().isEmpty() && listable(indicator.allowed())) {
      sheet.listValidation(valueColumn, row, row, indicator.allowed());
    } else if (indicator.type() == ValueType.PERCENT) {
      sheet.decimalValidation(
          valueColumn,
          row,
          row,
          Optional.ofNullable(indicator.min()).orElse(BigDecimal.ZERO),
          Optional.ofNullable(indicator.max()).orElse(BigDecimal.valueOf(100)));
    } else if (indicator.type() == ValueType.NUMBER
        && (indicator.min() != null || indicator.max() != null)) {
      sheet.decimalValidation(valueColumn, row, row, indicator.min(), indicator.max());
    }
  }

  /** Whether Excel can hold the answers as an inline list (255 characters, no commas or quotes). */
  private static boolean listable(List<String> allowed) {
    return String.join(",", allowed).length() <= 255
        && allowed.stream()
            .allMatch(
                a -> !a.isEmpty() && a.chars().noneMatch(c -> c == ',' || c == '"' || c < 32));
  }

  /** A stored value as the school would type it: Có/Không, a number as a number. */
  private static Object display(Indicator indicator, String value) {
    return switch (indicator.type()) {
      case BOOLEAN -> Boolean.parseBoolean(value) ? "Có" : "Không";
      case PERCENT, NUMBER -> {
        try {
          yield new BigDecimal(value);
        } catch (NumberFormatException e) {
          yield value;
        }
      }
      case TEXT -> value;
    };
  }

  /** "G1 / 1.2: name of the criterion", or "" for an indicator no criterion reads. */
  private static String place(Criterion criterion, IndicatorGroup group) {
    if (criterion == null) {
      return "";
    }
    return (group == null ? "" : group.code() + " / ")
        + criterion.code()
        + ": "
        + criterion.name().vi();
  }

  /** What to enter, its range and answers, how it is scored, the evidence asked and any note. */
  static String guide(Indicator indicator, Criterion criterion) {
    List<LocalizedText> lines = new ArrayList<>();
    switch (indicator.type()) {
      case BOOLEAN -> lines.add(MESSAGES.text("template.guide.yes-no"));
      case PERCENT -> lines.add(MESSAGES.text("template.guide.percent", range(indicator, "0–100")));
      case NUMBER ->
          lines.add(
              indicator.range().isEmpty()
                  ? MESSAGES.text("template.guide.number")
                  : MESSAGES.text("template.guide.number.range", indicator.range()));
      case TEXT -> lines.add(MESSAGES.text("template.guide.text"));
    }
    if (!indicator.allowed().isEmpty()) {
      lines.add(MESSAGES.text("template.guide.allowed", answers(indicator, criterion)));
    }
    if (criterion != null) {
      lines.add(
          criterion.type() == CriterionType.MANDATORY
              ? MESSAGES.text("template.guide.mandatory", criterion.code())
              : MESSAGES.text(
                  "template.guide.scored",
                  criterion.code(),
                  criterion.maxPoints().stripTrailingZeros().toPlainString()));
      if (criterion.evidence() != null) {
        lines.add(
            MESSAGES.text(
                "template.guide.evidence", criterion.evidence().vi(), criterion.evidence().en()));
      }
      if (criterion.note() != null && !criterion.note().isBlank()) {
        lines.add(MESSAGES.text("template.guide.note", criterion.note()));
      }
    }
    StringBuilder vi = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (LocalizedText line : lines) {
      vi.append(vi.length() == 0 ? "" : "\n").append(line.vi());
      en.append(en.length() == 0 ? "" : "\n").append(line.en());
    }
    return vi + "\n—\n" + en;
  }

  private static String range(Indicator indicator, String otherwise) {
    return indicator.range().isEmpty() ? otherwise : indicator.range();
  }

  /** The answers, with their labels and points when a choice criterion gives them. */
  private static String answers(Indicator indicator, Criterion criterion) {
    Map<String, Criterion.Choice> labelled = new HashMap<>();
    if (criterion != null) {
      criterion.options().forEach(o -> labelled.put(o.value(), o));
    }
    List<String> parts = new ArrayList<>();
    for (String answer : indicator.allowed()) {
      Criterion.Choice choice = labelled.get(answer);
      parts.add(
          choice == null || choice.label() == null
              ? answer
              : answer + " (" + choice.label().vi() + " / " + choice.label().en() + ")");
    }
    return String.join("; ", parts);
  }

  /**
   * The first criterion (in the set's order) that reads each indicator, as input or denominator.
   */
  private static Map<String, Criterion> readers(IndicatorSet set) {
    Map<String, Criterion> readers = new HashMap<>();
    for (Criterion c : set.allCriteria()) {
      if (c.input() != null) {
        readers.putIfAbsent(c.input(), c);
      }
      if (c.denominator() != null) {
        readers.putIfAbsent(c.denominator(), c);
      }
    }
    return readers;
  }

  /** The group of every criterion, by the criterion's code. */
  private static Map<String, IndicatorGroup> groups(IndicatorSet set) {
    Map<String, IndicatorGroup> groups = new HashMap<>();
    for (IndicatorGroup g : set.groups()) {
      List<Criterion> all = new ArrayList<>();
      g.criteria().forEach(c -> flatten(c, all));
      all.forEach(c -> groups.putIfAbsent(c.code(), g));
    }
    return groups;
  }

  private static void flatten(Criterion c, List<Criterion> into) {
    into.add(c);
    c.children().forEach(child -> flatten(child, into));
  }
}
