package vn.edudx.publish.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.Snapshot;
import vn.edudx.api.publication.UnitResult;
import vn.edudx.api.ranking.Improvement;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.ranking.Unranked;

/**
 * Writes a publication as one press-ready page that works offline and on a phone: no script, no
 * external resource, every text escaped, the method in plain Vietnamese beside the numbers.
 */
final class HtmlExport {

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;"
          + "color:#1a1a1a;line-height:1.5}"
          + "main{max-width:1000px;margin:0 auto;padding:1rem}"
          + "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem}"
          + ".lead{font-size:1.1rem;color:#333}"
          + ".notice{border-left:4px solid #b35900;background:#fff4e5;padding:.5rem 1rem}"
          + "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}"
          + "dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}"
          + ".small{font-size:.9rem;color:#555}"
          + ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}"
          + "table{border-collapse:collapse;min-width:100%;font-size:.95rem}"
          + "caption{text-align:left;font-weight:600;padding:.25rem 0}"
          + "th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;"
          + "white-space:nowrap}"
          + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}"
          + ".up{color:#1b7f3b}.down{color:#b00020}.approx{font-weight:700;color:#b35900}"
          + "figure{margin:1rem 0}svg{max-width:100%;height:auto}"
          + "figcaption{font-size:.9rem;color:#333}";

  /** Fill colours of Mức 1, 2 and 3: one hue, darker for higher, readable without colour vision. */
  private static final String[] LEVEL_COLOURS = {"#c6dbef", "#6baed6", "#08519c"};

  private final Publication publication;
  private final Snapshot s;
  private final List<String> groups;
  private final Map<String, String> groupNames = new TreeMap<>();
  private final StringBuilder out = new StringBuilder(32_768);
  private int charts;

  private HtmlExport(Publication publication) {
    this.publication = publication;
    this.s = publication.snapshot();
    this.groups = RankingTable.groupCodes(s);
    for (UnitResult u : s.units()) {
      u.score().groups().forEach(g -> groupNames.putIfAbsent(g.code(), g.name().vi()));
    }
  }

  static String write(Publication publication) {
    return new HtmlExport(publication).page();
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(s.title()))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<h1>").append(esc(s.title())).append("</h1>\n");
    out.append("<p class=\"lead\">")
        .append(esc(s.scopeName()))
        .append(" · ")
        .append(esc(t("meta.period")))
        .append(' ')
        .append(esc(s.period()))
        .append("</p>\n");
    notices();
    meta();
    Ranking overall = null;
    for (Ranking r : s.rankings()) {
      if (RankingService.BY_TOTAL.equals(r.by())) {
        if (overall == null || (r.level() == null && overall.level() != null)) {
          overall = r;
        }
        if (!r.entries().isEmpty()) {
          // A level with no ranked school has only unranked ones, listed below with the reason.
          ranking(r);
        }
      }
    }
    out.append("<p class=\"small\">").append(esc(t("html.by-group"))).append("</p>\n");
    if (overall != null) {
      improved(overall);
      unranked(overall);
    }
    out.append("<section>\n<h2>").append(esc(t("meta.methodology"))).append("</h2>\n");
    for (String paragraph : s.methodology().vi().split("\n\n")) {
      out.append("<p>").append(esc(paragraph)).append("</p>\n");
    }
    out.append("</section>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void notices() {
    if (publication.supersededBy() != null) {
      out.append("<p class=\"notice\" role=\"note\">")
          .append(esc(t("html.superseded-by", publication.supersededBy())))
          .append("</p>\n");
    }
    if (s.supersedes() != null) {
      out.append("<p class=\"notice\" role=\"note\">")
          .append(esc(t("html.supersedes", s.supersedes(), s.reason() == null ? "" : s.reason())))
          .append("</p>\n");
    }
  }

  private void meta() {
    out.append("<dl class=\"meta\">\n");
    fact("meta.id", s.id());
    fact("meta.scope", s.scopeName() + " (" + s.scopeCode() + ")");
    fact("meta.set", s.setId() + " v" + s.setVersion());
    fact("meta.created", t("html.time", Formats.time(s.createdAt())));
    fact("meta.embargo", t("html.time", Formats.time(s.embargoUntil())));
    fact("meta.approver", s.createdBy());
    out.append("<dt>")
        .append(esc(t("meta.checksum")))
        .append("</dt><dd><code>")
        .append(esc(publication.checksum()))
        .append("</code></dd>\n</dl>\n");
    out.append("<p class=\"small\">").append(esc(t("html.checksum.explain"))).append("</p>\n");
  }

  private void fact(String key, String value) {
    out.append("<dt>").append(esc(t(key))).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  private void ranking(Ranking r) {
    String name = r.level() == null ? t("label.all-levels") : r.level().label().vi();
    out.append("<section>\n<h2>").append(esc(t("html.ranking", name))).append("</h2>\n");
    out.append("<div class=\"scroll\"><table>\n<caption>")
        .append(esc(t("html.ranking.caption", name, r.entries().size())))
        .append("</caption>\n<thead><tr>");
    th("html.col.rank", true);
    th("html.col.interval", true);
    th("html.col.movement", true);
    th("html.col.school", false);
    th("html.col.place", false);
    for (String g : groups) {
      out.append("<th class=\"num\">")
          .append(esc(groupNames.getOrDefault(g, t("html.col.group", g))))
          .append("</th><th>")
          .append(esc(t("html.col.level")))
          .append("</th>");
    }
    th("html.col.total", true);
    out.append("</tr></thead>\n<tbody>\n");
    for (RankEntry e : r.entries()) {
      out.append("<tr><td class=\"num\">").append(e.rank());
      if (e.tied()) {
        out.append(" <span class=\"small\">(").append(esc(t("html.tied"))).append(")</span>");
      }
      out.append("</td><td class=\"num\">");
      if (e.interval() != null) {
        out.append(e.interval().low()).append("–").append(e.interval().high());
        if (!e.interval().distinguishable()) {
          out.append(" <span class=\"approx\" title=\"")
              .append(esc(t("html.approx")))
              .append("\">≈</span>");
        }
      }
      out.append("</td><td class=\"num\">").append(movement(e.movement())).append("</td>");
      out.append("<td>").append(esc(e.unitName())).append("</td>");
      out.append("<td>").append(esc(e.placeName() == null ? e.placeCode() : e.placeName()));
      out.append("</td>");
      for (String g : groups) {
        RankEntry.GroupResult gr =
            e.groups().stream().filter(x -> x.code().equals(g)).findFirst().orElse(null);
        out.append("<td class=\"num\">")
            .append(gr == null ? "" : esc(Formats.number(gr.points())))
            .append("</td><td>")
            .append(gr == null || gr.level() == 0 ? "" : esc(t("html.level", gr.level())))
            .append("</td>");
      }
      out.append("<td class=\"num\">").append(esc(Formats.number(e.points()))).append("</td>");
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
    chart(r, name);
    out.append("</section>\n");
  }

  private void th(String key, boolean numeric) {
    out.append(numeric ? "<th class=\"num\">" : "<th>").append(esc(t(key))).append("</th>");
  }

  private static String movement(Integer m) {
    if (m == null) {
      return "";
    }
    if (m > 0) {
      return "<span class=\"up\">▲ " + m + "</span>";
    }
    if (m < 0) {
      return "<span class=\"down\">▼ " + -m + "</span>";
    }
    return "0";
  }

  /** Bars of how many schools are at each level, per group, with the same figures as text. */
  private void chart(Ranking r, String name) {
    charts++;
    int[][] counts = new int[groups.size()][3];
    for (RankEntry e : r.entries()) {
      for (RankEntry.GroupResult g : e.groups()) {
        int i = groups.indexOf(g.code());
        if (i >= 0 && g.level() >= 1 && g.level() <= 3) {
          counts[i][g.level() - 1]++;
        }
      }
    }
    int max = 1;
    for (int[] c : counts) {
      for (int n : c) {
        max = Math.max(max, n);
      }
    }
    int groupWidth = 150;
    int width = 40 + Math.max(1, groups.size()) * groupWidth;
    int height = 250;
    int base = 190;
    int barMax = 150;
    String id = "chart-" + charts;
    String title = t("html.chart.title", name);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < groups.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(
          t(
              "html.chart.group",
              groupNames.getOrDefault(groups.get(i), groups.get(i)),
              counts[i][0],
              counts[i][1],
              counts[i][2]));
    }
    out.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\">\n<title id=\"")
        .append(id)
        .append("-t\">")
        .append(esc(title))
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-d\">")
        .append(esc(text.toString()))
        .append("</desc>\n");
    out.append("<line x1=\"20\" y1=\"")
        .append(base)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(base)
        .append("\" stroke=\"#333\"/>\n");
    for (int i = 0; i < groups.size(); i++) {
      int x0 = 30 + i * groupWidth;
      for (int level = 0; level < 3; level++) {
        int n = counts[i][level];
        int h = Math.round((float) n * barMax / max);
        int x = x0 + level * 42;
        out.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(base - h)
            .append("\" width=\"36\" height=\"")
            .append(h)
            .append("\" fill=\"")
            .append(LEVEL_COLOURS[level])
            .append("\" stroke=\"#333\" stroke-width=\"0.5\"/>")
            .append("<text x=\"")
            .append(x + 18)
            .append("\" y=\"")
            .append(base - h - 4)
            .append("\" font-size=\"12\" text-anchor=\"middle\">")
            .append(n)
            .append("</text>")
            .append("<text x=\"")
            .append(x + 18)
            .append("\" y=\"")
            .append(base + 14)
            .append("\" font-size=\"11\" text-anchor=\"middle\">M")
            .append(level + 1)
            .append("</text>\n");
      }
      out.append("<text x=\"")
          .append(x0 + 60)
          .append("\" y=\"")
          .append(base + 32)
          .append("\" font-size=\"12\" text-anchor=\"middle\">")
          .append(esc(groups.get(i)))
          .append("</text>\n");
    }
    for (int level = 0; level < 3; level++) {
      int x = 30 + level * 110;
      out.append("<rect x=\"")
          .append(x)
          .append("\" y=\"10\" width=\"12\" height=\"12\" fill=\"")
          .append(LEVEL_COLOURS[level])
          .append("\" stroke=\"#333\" stroke-width=\"0.5\"/>")
          .append("<text x=\"")
          .append(x + 16)
          .append("\" y=\"21\" font-size=\"12\">")
          .append(esc(t("html.level", level + 1)))
          .append("</text>\n");
    }
    out.append("</svg>\n<figcaption>")
        .append(esc(title))
        .append(". ")
        .append(esc(text.toString()))
        .append("</figcaption>\n</figure>\n");
  }

  private void improved(Ranking r) {
    out.append("<section>\n<h2>").append(esc(t("html.improved"))).append("</h2>\n");
    if (r.mostImproved().isEmpty()) {
      out.append("<p>").append(esc(t("html.improved.none"))).append("</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr>");
    th("html.col.school", false);
    th("html.col.previous", true);
    th("html.col.total", true);
    th("html.col.change", true);
    out.append("</tr></thead>\n<tbody>\n");
    for (Improvement i : r.mostImproved()) {
      out.append("<tr><td>")
          .append(esc(i.unitName()))
          .append("</td><td class=\"num\">")
          .append(esc(Formats.number(i.previousPoints())))
          .append("</td><td class=\"num\">")
          .append(esc(Formats.number(i.points())))
          .append("</td><td class=\"num up\">")
          .append(i.change() != null && i.change().signum() > 0 ? "+" : "")
          .append(esc(Formats.number(i.change())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void unranked(Ranking r) {
    out.append("<section>\n<h2>").append(esc(t("html.unranked"))).append("</h2>\n");
    if (r.unranked().isEmpty()) {
      out.append("<p>").append(esc(t("html.unranked.none"))).append("</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr>");
    th("html.col.school", false);
    th("html.col.school-level", false);
    th("html.col.reason", false);
    out.append("</tr></thead>\n<tbody>\n");
    for (Unranked u : r.unranked()) {
      out.append("<tr><td>")
          .append(esc(u.unitName()))
          .append("</td><td>")
          .append(u.level() == null ? "" : esc(u.level().label().vi()))
          .append("</td><td style=\"white-space:normal\">")
          .append(u.reason() == null ? "" : esc(u.reason().vi()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static String t(String key, Object... args) {
    return Texts.MESSAGES.text(key, args).vi();
  }

  /** Escapes text for HTML content and attribute values alike. */
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
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
