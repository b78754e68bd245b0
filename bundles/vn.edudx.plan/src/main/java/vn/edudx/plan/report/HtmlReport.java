package vn.edudx.plan.report;

import static vn.edudx.plan.report.PlanReport.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edudx.api.plan.Breakdown;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.Projection;
import vn.edudx.api.plan.Shortfall;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.plan.UntrackedTarget;

/**
 * Writes the report as one A4 document in the administrative form: heading block in two columns,
 * title, sections I–V with Roman numerals (I has the targets, then the tasks), signature. Print
 * rules only; no script, no external resource, every text escaped; statuses carry a sign as well as
 * words, never a colour alone.
 */
final class HtmlReport {

  private static final String CSS =
      "@page{size:A4;margin:20mm 15mm 20mm 30mm}"
          + "html{background:#fff}"
          + "body{font-family:'Times New Roman',Times,serif;font-size:14pt;line-height:1.35;"
          + "color:#000;margin:0}"
          + "@media screen{body{max-width:165mm;margin:0 auto;padding:20mm 15mm 20mm 30mm}}"
          + "table.heading,table.signature{width:100%;border-collapse:collapse;font-size:13pt}"
          + "table.heading td,table.signature td{border:0;padding:0;vertical-align:top;"
          + "text-align:center}"
          + "table.heading td.left{width:42%}"
          + ".b{font-weight:bold}"
          + "hr.rule{width:35%;border:0;border-top:1px solid #000;margin:2pt auto 6pt}"
          + "hr.rule.wide{width:55%}"
          + ".number{margin-top:4pt}.date{font-style:italic;margin-top:6pt}"
          + "h1{font-size:14pt;font-weight:bold;text-align:center;margin:18pt 0 0}"
          + "p.subject{font-size:14pt;font-weight:bold;text-align:center;margin:0 0 4pt;"
          + "text-indent:0}"
          + "h2{font-size:14pt;font-weight:bold;margin:12pt 0 6pt;page-break-after:avoid}"
          + "h3{font-size:14pt;font-weight:bold;font-style:italic;margin:8pt 0 4pt;"
          + "page-break-after:avoid}"
          + "p{text-align:justify;text-indent:10mm;margin:0 0 6pt}"
          + "p.note{font-size:12pt;font-style:italic;text-indent:0}"
          + "ul.plain{margin:0 0 6pt 10mm;padding:0}"
          + "table.data{width:100%;border-collapse:collapse;font-size:11pt;margin:4pt 0 8pt}"
          + "table.data th,table.data td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}"
          + "table.data th{font-weight:bold;text-align:center}"
          + "table.data td.num{text-align:right;white-space:nowrap}"
          + "table.data td.c{text-align:center}"
          + "table.data.matrix{font-size:10pt}"
          + "table.data td.evidence{font-size:10pt;overflow-wrap:anywhere}"
          + "table.data div.rule{font-size:10pt;font-style:italic}"
          + "thead{display:table-header-group}tr{page-break-inside:avoid}"
          + "td.recipients{text-align:left!important;font-size:11pt;width:45%}"
          + "td.recipients .b{font-size:12pt;font-style:italic}"
          + ".sign-space{height:28mm}";

  private final PlanDefinition plan;
  private final PlanEvaluation e;
  private final ReportHeader header;
  private final StringBuilder out = new StringBuilder(65_536);

  HtmlReport(PlanDefinition plan, PlanEvaluation evaluation, ReportHeader header) {
    this.plan = plan;
    this.e = evaluation;
    this.header = header;
  }

  String write() {
    String year = String.valueOf(e.year());
    String subject =
        e.year() == plan.finalYear()
            ? t(
                "plan.report.title.final",
                plan.title().vi(),
                year,
                String.valueOf(plan.baselineYear() + 1))
            : t("plan.report.title", plan.title().vi(), year);
    out.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>")
        .append(esc(t("plan.report.kind") + " " + subject))
        .append("</title>\n<meta name=\"subject\" content=\"")
        .append(esc(subject))
        .append("\"/>\n<meta name=\"author\" content=\"")
        .append(esc(header.authority().get(header.authority().size() - 1)))
        .append("\"/>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    heading();
    out.append("<h1>").append(esc(t("plan.report.kind"))).append("</h1>\n");
    out.append("<p class=\"subject\">").append(esc(subject)).append("</p>\n");
    out.append("<hr class=\"rule\"/>\n");
    if (plan.legalBasis() != null && !plan.legalBasis().isBlank()) {
      p(t("plan.report.legal-basis", plan.legalBasis()));
    }
    p(
        t(
            "plan.report.intro",
            String.valueOf(e.targets().size()),
            year,
            String.valueOf(plan.baselineYear()),
            String.valueOf(plan.finalYear()),
            String.valueOf(plan.horizonYear())));
    results();
    breakdowns();
    difficulties();
    proposals();
    appendix();
    signature();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void heading() {
    out.append("<table class=\"heading\">\n<tr><td class=\"left\">");
    List<String> lines = header.authority();
    for (int i = 0; i < lines.size(); i++) {
      boolean issuer = i == lines.size() - 1;
      out.append(issuer ? "<div class=\"b\">" : "<div>").append(esc(lines.get(i))).append("</div>");
    }
    out.append("<hr class=\"rule\"/>")
        .append("<div class=\"number\">")
        .append(esc(t("plan.report.number", header.number())))
        .append("</div></td>\n<td class=\"right\"><div class=\"b\">")
        .append(esc(t("plan.report.motto.country")))
        .append("</div><div class=\"b\">")
        .append(esc(t("plan.report.motto.slogan")))
        .append("</div><hr class=\"rule wide\"/>");
    String[] d = VnFormat.date(header.date());
    out.append("<div class=\"date\">")
        .append(esc(t("plan.report.date", header.place(), d[0], d[1], d[2])))
        .append("</div></td></tr>\n</table>\n");
  }

  // I. Results per target.
  private void results() {
    h2("plan.report.section.results");
    h3(t("plan.report.sub.targets"));
    table(
        List.of(
            "plan.report.col.no",
            "plan.report.col.code",
            "plan.report.col.target-name",
            "plan.report.col.value",
            "plan.report.col.target",
            "plan.report.col.status",
            "plan.report.col.rule"));
    int n = 0;
    for (TargetEvaluation te : e.targets()) {
      n++;
      out.append("<tr><td class=\"c\">")
          .append(n)
          .append("</td><td>")
          .append(esc(te.code()))
          .append("</td><td>")
          .append(esc(te.name().vi()))
          .append("</td><td class=\"num\">")
          .append(esc(value(te.kind(), te.town())))
          .append("</td><td class=\"num\">")
          .append(esc(due(te)))
          .append("</td><td>")
          .append(esc(status(te.status().status())))
          .append("</td><td>")
          .append(esc(te.status().rule() == null ? "" : te.status().rule().vi()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    Map<PlanStatus, Integer> s = e.summary();
    p(
        t(
            "plan.report.summary",
            String.valueOf(e.targets().size()),
            count(s, PlanStatus.MET),
            count(s, PlanStatus.ON_TRACK),
            count(s, PlanStatus.AT_RISK),
            count(s, PlanStatus.OFF_TRACK),
            count(s, PlanStatus.NO_DATA)));
    out.append("<p class=\"note\">").append(esc(t("plan.report.legend"))).append("</p>\n");
    if (!plan.untracked().isEmpty()) {
      p(t("plan.report.untracked"));
      out.append("<ul class=\"plain\">\n");
      for (UntrackedTarget u : plan.untracked()) {
        out.append("<li>")
            .append(
                esc(
                    t(
                        "plan.report.untracked.item",
                        u.code(),
                        u.name() == null ? "" : u.name().vi(),
                        u.reason() == null ? "" : u.reason().vi())))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    TaskHtml.write(out, plan, e);
  }

  // II. Per ward or commune, per level.
  private void breakdowns() {
    h2("plan.report.section.breakdown");
    h3(t("plan.report.sub.by-area"));
    matrix(TargetEvaluation::byArea);
    h3(t("plan.report.sub.by-level"));
    matrix(TargetEvaluation::byLevel);
  }

  /** Targets down, wards (or levels) across, in the order they first appear. */
  private void matrix(Function<TargetEvaluation, List<Breakdown>> of) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (TargetEvaluation te : e.targets()) {
      for (Breakdown b : of.apply(te)) {
        columns.putIfAbsent(b.key(), b.label() == null ? b.key() : b.label().vi());
      }
    }
    if (columns.isEmpty()) {
      p(t("plan.report.breakdown.none"));
      return;
    }
    out.append("<table class=\"data matrix\">\n<thead><tr>");
    th(t("plan.report.col.code"));
    th(t("plan.report.col.target-name"));
    columns.values().forEach(this::th);
    out.append("</tr></thead>\n<tbody>\n");
    for (TargetEvaluation te : e.targets()) {
      List<Breakdown> row = of.apply(te);
      if (row.isEmpty()) {
        continue;
      }
      Map<String, MetricValue> byKey =
          row.stream().collect(Collectors.toMap(Breakdown::key, Breakdown::value, (a, b) -> a));
      out.append("<tr><td>")
          .append(esc(te.code()))
          .append("</td><td>")
          .append(esc(te.name().vi()))
          .append("</td>");
      for (String key : columns.keySet()) {
        MetricValue v = byKey.get(key);
        out.append("<td class=\"num\">")
            .append(
                esc(
                    v == null || !v.hasValue()
                        ? t("plan.report.value.none")
                        : VnFormat.percent(v.value())))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  // III. Difficulties: every target at risk, off track or without data; every task overdue, not
  // started or without data.
  private void difficulties() {
    h2("plan.report.section.difficulties");
    boolean any = false;
    for (TargetEvaluation te : e.targets()) {
      PlanStatus s = te.status().status();
      if (s != PlanStatus.AT_RISK && s != PlanStatus.OFF_TRACK && s != PlanStatus.NO_DATA) {
        continue;
      }
      any = true;
      StringBuilder text = new StringBuilder();
      if (s == PlanStatus.NO_DATA) {
        text.append(
            t(
                "plan.report.difficulty.no-data",
                te.code(),
                te.name().vi(),
                te.town().noDataReason() == null ? "" : te.town().noDataReason().vi()));
      } else {
        text.append(
                t(
                    "plan.report.difficulty",
                    te.code(),
                    te.name().vi(),
                    status(s),
                    VnFormat.percent(te.town().value()),
                    due(te),
                    String.valueOf(te.trajectory().toYear())))
            .append(' ')
            .append(te.status().rule() == null ? "" : te.status().rule().vi());
        if (!te.pullingDown().isEmpty()) {
          text.append(' ')
              .append(
                  t(
                      "plan.report.difficulty.units",
                      te.pullingDown().stream()
                          .map(HtmlReport::explain)
                          .collect(Collectors.joining("; "))));
        }
      }
      if (te.coverage() != null && !te.coverage().missing().isEmpty()) {
        text.append(' ')
            .append(
                t(
                    "plan.report.difficulty.missing",
                    String.valueOf(te.coverage().missing().size()),
                    String.valueOf(te.coverage().covered()),
                    String.join(", ", te.coverage().missing())));
      }
      p(text.toString());
    }
    for (String task : TaskHtml.difficulties(e)) {
      any = true;
      p(task);
    }
    if (!any) {
      p(t("plan.report.difficulty.none", String.valueOf(e.year())));
    }
  }

  private static String explain(Shortfall s) {
    return s.explanation() == null ? s.name() : s.explanation().vi();
  }

  // IV. Proposals; from the final year on, the projection to the horizon year.
  private void proposals() {
    h2("plan.report.section.proposals");
    if (e.finalYear()) {
      h3(t("plan.report.sub.proposals"));
    }
    int n = 0;
    for (TargetEvaluation te : e.targets()) {
      String proposal = proposal(te);
      if (proposal != null) {
        n++;
        p(n + ". " + proposal);
      }
    }
    if (n == 0) {
      p(t("plan.report.proposal.none", String.valueOf(plan.horizonYear())));
    }
    if (e.finalYear()) {
      projections();
    }
  }

  private String proposal(TargetEvaluation te) {
    PlanStatus s = te.status().status();
    if (s == PlanStatus.MET) {
      return null;
    }
    String name = te.name().vi();
    if (s == PlanStatus.NO_DATA) {
      List<String> missing = te.coverage() == null ? List.of() : te.coverage().missing();
      return missing.isEmpty()
          ? t("plan.report.proposal.no-data.all", "", te.code() + " – " + name)
          : t("plan.report.proposal.no-data", String.join(", ", missing), te.code() + " – " + name);
    }
    BigDecimal goal =
        te.status().target() != null ? te.status().target() : te.trajectory().toValue();
    int by = te.trajectory().toYear();
    if (by <= e.year() && te.horizonTarget() != null && plan.horizonYear() > e.year()) {
      goal = te.horizonTarget();
      by = plan.horizonYear();
    }
    List<String> units = new ArrayList<>();
    te.pullingDown().forEach(u -> units.add(u.name()));
    return t(
        units.isEmpty() ? "plan.report.proposal.all" : "plan.report.proposal",
        String.join(", ", units),
        name,
        VnFormat.percent(te.town().value()),
        VnFormat.percent(goal),
        String.valueOf(by));
  }

  private void projections() {
    String horizon = String.valueOf(plan.horizonYear());
    h3(t("plan.report.sub.projection", horizon));
    List<TargetEvaluation> projected =
        e.targets().stream().filter(te -> te.projection() != null).toList();
    if (projected.isEmpty()) {
      p(t("plan.report.projection.none", horizon));
      return;
    }
    table(
        List.of(
            "plan.report.col.code",
            "plan.report.col.target-name",
            "plan.report.col.value",
            "plan.report.col.projection",
            "plan.report.col.horizon-target",
            "plan.report.col.status",
            "plan.report.col.rule"),
        horizon);
    for (TargetEvaluation te : projected) {
      Projection pr = te.projection();
      out.append("<tr><td>")
          .append(esc(te.code()))
          .append("</td><td>")
          .append(esc(te.name().vi()))
          .append("</td><td class=\"num\">")
          .append(esc(value(te.kind(), te.town())))
          .append("</td><td class=\"num\">")
          .append(
              esc(pr.value() == null ? t("plan.report.value.none") : VnFormat.percent(pr.value())))
          .append("</td><td class=\"num\">")
          .append(esc(VnFormat.percent(te.horizonTarget())))
          .append("</td><td>")
          .append(pr.status() == null ? "" : esc(status(pr.status().status())))
          .append("</td><td>")
          .append(
              pr.status() == null || pr.status().rule() == null ? "" : esc(pr.status().rule().vi()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  // V. Data appendix.
  private void appendix() {
    h2("plan.report.section.appendix");
    String year = String.valueOf(e.year());
    p(t("plan.report.appendix.intro", year));
    table(
        List.of(
            "plan.report.col.code",
            "plan.report.col.kind",
            "plan.report.col.value",
            "plan.report.col.numerator",
            "plan.report.col.denominator",
            "plan.report.col.units",
            "plan.report.col.baseline",
            "plan.report.col.coverage",
            "plan.report.col.missing"),
        String.valueOf(plan.baselineYear()));
    for (TargetEvaluation te : e.targets()) {
      MetricValue v = te.town();
      boolean fraction =
          v != null && (te.kind() == MetricKind.RATIO || te.kind() == MetricKind.SHARE_OF_UNITS);
      out.append("<tr><td>")
          .append(esc(te.code()))
          .append("</td><td>")
          .append(esc(t("plan.report.kind." + te.kind().name())))
          .append("</td><td class=\"num\">")
          .append(esc(v == null || !v.hasValue() ? "–" : VnFormat.percent(v.value())))
          .append("</td><td class=\"num\">")
          .append(fraction ? esc(VnFormat.number(v.numerator())) : "")
          .append("</td><td class=\"num\">")
          .append(fraction ? esc(VnFormat.number(v.denominator())) : "")
          .append("</td><td class=\"num\">")
          .append(v == null ? "" : v.units())
          .append("</td><td class=\"num\">")
          .append(
              esc(
                  te.baseline() == null || !te.baseline().hasValue()
                      ? "–"
                      : VnFormat.percent(te.baseline().value())))
          .append("</td><td class=\"c\">");
      if (te.coverage() != null) {
        out.append(te.coverage().reported())
            .append('/')
            .append(te.coverage().covered())
            .append("</td><td>")
            .append(esc(String.join(", ", te.coverage().missing())));
      } else {
        out.append("</td><td>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void signature() {
    if (header.recipients().isEmpty()
        && header.signerTitle() == null
        && header.signerName() == null) {
      return;
    }
    out.append("<table class=\"signature\">\n<tr><td class=\"recipients\">");
    if (!header.recipients().isEmpty()) {
      out.append("<div class=\"b\">").append(esc(t("plan.report.recipients"))).append("</div>");
      for (String r : header.recipients()) {
        out.append("<div>- ").append(esc(r)).append("</div>");
      }
    }
    out.append("</td><td>");
    if (header.signerTitle() != null) {
      out.append("<div class=\"b\">").append(esc(header.signerTitle())).append("</div>");
    }
    out.append("<div class=\"sign-space\"></div>");
    if (header.signerName() != null) {
      out.append("<div class=\"b\">").append(esc(header.signerName())).append("</div>");
    }
    out.append("</td></tr>\n</table>\n");
  }

  /** "53,13% (6.418/12.080)", "72,5% (12 đơn vị)", "–" without a value. */
  static String value(MetricKind kind, MetricValue v) {
    if (v == null || !v.hasValue()) {
      return t("plan.report.value.none");
    }
    String percent = VnFormat.percent(v.value());
    if ((kind == MetricKind.RATIO || kind == MetricKind.SHARE_OF_UNITS)
        && v.numerator() != null
        && v.denominator() != null) {
      return t(
          "plan.report.value.ratio",
          percent,
          VnFormat.number(v.numerator()),
          VnFormat.number(v.denominator()));
    }
    if (kind == MetricKind.AVERAGE) {
      return t("plan.report.value.units", percent, String.valueOf(v.units()));
    }
    return percent;
  }

  /** The target due this year, e.g. "50%". */
  private static String due(TargetEvaluation te) {
    BigDecimal goal = te.status().target();
    if (goal == null && te.trajectory() != null) {
      goal = te.trajectory().toValue();
    }
    return goal == null ? "" : VnFormat.percent(goal);
  }

  static String status(PlanStatus s) {
    return t("plan.report.status." + s.name());
  }

  private static String count(Map<PlanStatus, Integer> summary, PlanStatus s) {
    return String.valueOf(summary.getOrDefault(s, 0));
  }

  private void h2(String key) {
    out.append("<h2>").append(esc(t(key))).append("</h2>\n");
  }

  private void h3(String text) {
    out.append("<h3>").append(esc(text)).append("</h3>\n");
  }

  private void p(String text) {
    out.append("<p>").append(esc(text)).append("</p>\n");
  }

  private void th(String text) {
    out.append("<th>").append(esc(text)).append("</th>");
  }

  /** A data table's opening and header row; {@code arg} fills the titles that name a year. */
  private void table(List<String> keys, Object... arg) {
    out.append("<table class=\"data\">\n<thead><tr>");
    for (String key : keys) {
      th(t(key, arg));
    }
    out.append("</tr></thead>\n<tbody>\n");
  }

  /**
   * Escapes text for HTML content and attribute values alike. Control characters that neither HTML
   * nor XML allows (a stray one in an office's note) become a space, and half a surrogate pair the
   * replacement character, so that the same text also parses as XML for the PDF.
   */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\t', '\n', '\r' -> b.append(c);
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD'); // half a pair: XML cannot hold it
          } else {
            b.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? ' ' : c);
          }
        }
      }
    }
    return b.toString();
  }
}
