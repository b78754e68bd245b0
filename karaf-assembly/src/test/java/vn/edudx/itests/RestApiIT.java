package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import vn.edudx.api.indicator.IndicatorSetRegistry;

/** The REST API of the running distribution, on the Ngã Năm demo data. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RestApiIT extends EduDxTestSupport {

  @Inject
  @Filter(timeout = 180_000)
  private IndicatorSetRegistry registry;

  private Api api;

  @Before
  public void demoLoaded() {
    api = admin(); // here, not in a field: the class is also instantiated outside Karaf
    awaitDemoData();
  }

  @Test
  public void healthReportsTheDatabaseTheCamelContextAndTheCompiledRuleBase() {
    JsonNode health = api.ok("health");

    assertEquals("UP", health.path("status").asText());
    Set<String> parts = new HashSet<>();
    health
        .path("parts")
        .forEach(
            p -> {
              parts.add(p.path("name").asText());
              assertEquals(p.toString(), "UP", p.path("status").asText());
            });
    assertEquals(Set.of("database", "camel", "rules", "security"), parts);
    assertTrue(health.toString().contains("moet-4725-2022@1"));
    assertTrue(health.toString().contains("file.inbox.inbox"));
    // The same rule base is a service inside Karaf.
    assertTrue(registry.find("moet-4725-2022").isPresent());
  }

  @Test
  public void theRegisterListsAboutThirtyDemoSchoolsAndFiltersByTypeAndLevel() {
    JsonNode schools = api.ok("units?type=SCHOOL");
    assertTrue(schools.path("count").asInt() >= 28);
    assertTrue(schools.path("notice").path("vi").asText().contains("giả lập"));
    assertEquals(2, api.ok("units?type=school&level=THPT").path("count").asInt());
    assertEquals("Trường THPT Ngã Năm", api.ok("units/NN-THPT-01").path("name").asText());
  }

  @Test
  public void theRankingListsTheDemoSchoolsWithBothGroupsPointsAndLevelsAndPreschoolsApart() {
    JsonNode ranking = api.ok("rankings?period=2024-2025");

    assertEquals("total", ranking.path("by").asText());
    assertTrue(ranking.path("notice").path("en").asText().contains("Synthetic"));
    assertTrue(ranking.path("method").path("vi").asText().contains("1, 2, 2, 4"));
    JsonNode entries = ranking.path("entries");
    assertTrue(entries.size() >= 22);
    double previous = Double.MAX_VALUE;
    int index = 0;
    for (JsonNode e : entries) {
      index++;
      double points = e.path("points").asDouble();
      assertTrue("ordered by points", points <= previous);
      previous = points;
      assertTrue("competition rank", e.path("rank").asInt() <= index);
      assertEquals(2, e.path("groups").size());
      for (JsonNode g : e.path("groups")) {
        int level = g.path("level").asInt();
        assertTrue(level >= 1 && level <= 3);
        assertTrue(g.path("levelName").path("vi").asText().startsWith("Mức " + level));
      }
      assertFalse(e.path("place").path("name").asText().isEmpty());
    }
    JsonNode unranked = ranking.path("unranked");
    assertEquals(8, unranked.size());
    unranked.forEach(
        u -> {
          assertEquals("MN", u.path("unit").path("level").asText());
          assertTrue(u.path("reason").path("vi").asText().contains("4725"));
        });
  }

  @Test
  public void rankingsFilterByLevelAndRankOnOneGroup() {
    JsonNode primary = api.ok("rankings?period=2024-2025&level=TH");
    assertTrue(primary.path("count").asInt() >= 10);
    primary.path("entries").forEach(e -> assertEquals("TH", e.path("unit").path("level").asText()));

    JsonNode byG1 = api.ok("rankings?period=2024-2025&by=G1");
    double first = byG1.path("entries").get(0).path("points").asDouble();
    double firstG1 = byG1.path("entries").get(0).path("groups").get(0).path("points").asDouble();
    assertEquals(firstG1, first, 0.001);
  }

  @Test
  public void aScoreExplainsEachPointByItsRuleItsInputAndTheFileAndRowTheInputCameFrom() {
    // The demo school that has not issued its online-teaching regulation (criterion 1.2).
    JsonNode score = api.ok("scores?period=2024-2025&unit=NN-THCS-04");

    assertEquals("moet-4725-2022", score.path("indicatorSet").path("id").asText());
    JsonNode g1 = score.path("groups").get(0);
    assertEquals("G1", g1.path("code").asText());
    assertEquals(1, g1.path("level").asInt());
    assertEquals("1.2", g1.path("failedMandatory").get(0).asText());
    assertTrue(g1.path("points").asDouble() >= 50);
    assertTrue(g1.path("levelExplanation").path("vi").asText().contains("1.2"));
    JsonNode c12 = g1.path("criteria").get(1);
    assertEquals("1.2", c12.path("code").asText());
    assertEquals("FAILED", c12.path("outcome").asText());
    assertEquals("moet-4725-2022@1 1.2 failed", c12.path("rule").asText());
    JsonNode source = c12.path("inputs").get(0).path("source");
    assertEquals("observations-2024-2025.csv", source.path("file").asText());
    assertTrue(source.path("row").asInt() > 1);
    assertEquals(2, score.path("groups").size());
  }

  @Test
  public void badRequestsAnswerWithAJsonProblemSayingWhatWhereAndHowToFix() {
    Api.Answer missing = api.get("scores?unit=NN-TH-01");
    assertEquals(400, missing.status());
    JsonNode p = missing.json().path("problems").get(0);
    assertEquals("period", p.path("field").asText());
    assertFalse(p.path("message").path("vi").asText().isEmpty());
    assertFalse(p.path("hint").path("en").asText().isEmpty());

    assertEquals(400, api.get("rankings?period=2024-2026").status());
    assertEquals(400, api.get("rankings?period=2024-2025&level=KINDERGARTEN").status());
    assertEquals(400, api.get("rankings?period=2024-2025&by=G9").status());
    Api.Answer multi = api.get("rankings?period=2024-2025&level=TH_THCS");
    assertEquals(400, multi.status());
    assertTrue(multi.json().toString().contains("level=THCS"));
    assertEquals(404, api.get("scores?period=2024-2025&unit=NOPE").status());
    Api.Answer notANumber = api.get("imports?limit=many");
    assertEquals(400, notANumber.status());
    assertEquals("limit", notANumber.json().path("problems").get(0).path("field").asText());
    Api.Answer noPath = api.get("no-such-thing");
    assertEquals(404, noPath.status());
    assertTrue(noPath.json().toString().contains("/api/v1/no-such-thing"));
  }

  /**
   * The year-end evaluation of the Ngã Năm plan on the demo values of 2025. Figures checked by hand
   * against the demo file observations-2025.csv: learners with the means to learn online 6,418 of
   * 12,080 = 53.13 % (target 50 %: met); schools with a management system 29 of 30 = 96.67 %
   * (target 100 %, due: at risk).
   */
  @Test
  public void theTownPlanIsEvaluatedForItsFinalYear() {
    JsonNode plans = api.ok("plans").path("items");
    assertEquals("ngan-nam-plan-2023", plans.get(0).path("id").asText());
    JsonNode evaluation = api.ok("plans/ngan-nam-plan-2023/evaluations/2025");
    Map<String, JsonNode> byCode = new HashMap<>();
    evaluation.path("targets").forEach(t -> byCode.put(t.path("code").asText(), t));
    JsonNode students = byCode.get("ONL-STU");
    assertEquals(6418, students.path("town").path("numerator").asInt());
    assertEquals(12080, students.path("town").path("denominator").asInt());
    assertEquals(53.13, students.path("town").path("value").asDouble(), 1e-9);
    assertEquals("MET", students.path("status").path("status").asText());
    JsonNode sms = byCode.get("SMS");
    assertEquals(96.67, sms.path("town").path("value").asDouble(), 1e-9);
    assertEquals("AT_RISK", sms.path("status").path("status").asText());
    // Every status says which rule decided it, in both languages.
    evaluation
        .path("targets")
        .forEach(
            t -> {
              assertFalse(
                  t.toString(), t.path("status").path("rule").path("vi").asText().isEmpty());
              assertFalse(
                  t.toString(), t.path("status").path("rule").path("en").asText().isEmpty());
            });
    // The report the office hands to the People's Committee, and its data appendix.
    Api.Raw report = api.raw("plans/ngan-nam-plan-2023/evaluations/2025/report.html");
    assertEquals(200, report.status());
    assertTrue(report.text().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assertTrue(report.text().contains("BÁO CÁO"));
    assertTrue(report.text(), report.text().contains("53,13%"));
    byte[] appendix = api.bytes("plans/ngan-nam-plan-2023/evaluations/2025/report.xlsx");
    assertEquals('P', appendix[0]);
    assertEquals('K', appendix[1]);
    // The schools' unpublished values are the office's: a school may not read them.
    assertEquals(403, signedIn("th01").get("plans/ngan-nam-plan-2023/evaluations/2025").status());
    assertEquals(401, api().get("plans/ngan-nam-plan-2023/evaluations/2025").status());
  }

  /**
   * The PDF of the 2025 report, read back with PDFBox, holds the report's sections and, for every
   * target, the code and the town value that the JSON evaluation gives, in the Vietnamese form.
   */
  @Test
  public void theReportPdfSaysWhatTheEvaluationSays() throws IOException {
    JsonNode evaluation = api.ok("plans/ngan-nam-plan-2023/evaluations/2025");
    Api.Raw pdf = api.raw("plans/ngan-nam-plan-2023/evaluations/2025/report.pdf");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      PDFTextStripper stripper = new PDFTextStripper();
      text = stripper.getText(doc).replaceAll("\\s+", " ");
    }
    assertTrue(text, text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    int at = 0;
    for (String section : new String[] {"I. KẾT QUẢ THỰC HIỆN", "II. ", "III. ", "IV. ", "V. "}) {
      at = text.indexOf(section, at);
      assertTrue(section + " in " + text, at >= 0);
    }
    assertTrue(text, text.contains("năm 2025"));
    int targets = 0;
    for (JsonNode t : evaluation.path("targets")) {
      targets++;
      String code = t.path("code").asText();
      assertTrue(code, text.replace(" ", "").contains(code));
      JsonNode town = t.path("town");
      if (town.hasNonNull("value")) {
        String value = vietnamese(town.path("value").decimalValue()) + "%";
        assertTrue(code + " " + value, text.contains(value));
      }
    }
    assertEquals(18, targets);
    JsonNode summary = evaluation.path("summary");
    String counts =
        String.format(
            "Tổng số %d chỉ tiêu: đạt %d; đúng lộ trình %d; có nguy cơ không đạt %d; chệch hướng %d;"
                + " chưa có dữ liệu %d.",
            targets,
            summary.path("MET").asInt(),
            summary.path("ON_TRACK").asInt(),
            summary.path("AT_RISK").asInt(),
            summary.path("OFF_TRACK").asInt(),
            summary.path("NO_DATA").asInt());
    assertTrue(counts + " in " + text, text.contains(counts));
    // The tasks of section III, counted as the evaluation counts them (demo: 8 done, 4 in
    // progress, 2 not started, 1 not reported; docs/plans.md).
    JsonNode tasks = evaluation.path("taskSummary");
    assertEquals(8, tasks.path("DONE").asInt());
    assertEquals(4, tasks.path("IN_PROGRESS").asInt());
    assertEquals(2, tasks.path("NOT_STARTED").asInt());
    assertEquals(1, tasks.path("NO_DATA").asInt());
    assertTrue(text, text.contains("2. Các nhiệm vụ, giải pháp (mục III của Kế hoạch)"));
    assertTrue(
        text,
        text.contains(
            String.format(
                "Tổng số 15 nhiệm vụ: đã hoàn thành %d; đang thực hiện %d; chưa thực hiện %d;"
                    + " chưa có số liệu %d;",
                tasks.path("DONE").asInt(),
                tasks.path("IN_PROGRESS").asInt(),
                tasks.path("NOT_STARTED").asInt(),
                tasks.path("NO_DATA").asInt())));
  }

  /**
   * Another town's plan is another file: the office uploads it, EduDX checks it against the
   * indicator set it names, stores it once and evaluates it over the same data.
   */
  @Test
  public void anOfficeUploadsAnotherTownsPlanAndItIsEvaluated() {
    String plan =
        """
        {
          "id": "vinh-chau-plan-2024",
          "version": 1,
          "title": {"vi": "Kế hoạch chuyển đổi số giáo dục Vĩnh Châu", "en": "Vĩnh Châu plan"},
          "legalBasis": "Kế hoạch thử nghiệm",
          "indicatorSet": "ngan-nam-plan-2023",
          "baselineYear": 2022,
          "finalYear": 2025,
          "horizonYear": 2030,
          "targets": [
            {
              "code": "ONL-STU",
              "name": {"vi": "Học sinh học trực tuyến", "en": "Learners online"},
              "planText": "40% học sinh có đủ điều kiện học trực tuyến.",
              "metric": {
                "kind": "RATIO",
                "numerator": "plan.learners-online-means",
                "denominator": "plan.learners"
              },
              "unitTypes": ["SCHOOL"],
              "schoolLevels": ["MN", "TH", "THCS", "THPT", "GDTX", "TH_THCS", "THCS_THPT",
                "TH_THCS_THPT"],
              "finalTarget": FINAL_TARGET,
              "horizonTarget": 90
            }
          ]
        }
        """;
    Api.Answer stored =
        api.post(
            "plans?file=vinh-chau.json",
            "application/json",
            plan.replace("FINAL_TARGET", "40").getBytes(StandardCharsets.UTF_8));
    assertEquals(stored.json().toString(), 201, stored.status());
    assertEquals("vinh-chau-plan-2024", stored.json().path("id").asText());
    String checksum = stored.json().path("checksum").asText();
    assertEquals(64, checksum.length());
    // The same file again is stored once.
    Api.Answer again =
        api.post(
            "plans?file=vinh-chau.json",
            "application/json",
            plan.replace("FINAL_TARGET", "40").getBytes(StandardCharsets.UTF_8));
    assertEquals(201, again.status());
    assertEquals(checksum, again.json().path("checksum").asText());
    assertEquals(1, api.ok("plans/vinh-chau-plan-2024/versions").path("items").size());
    // Other content under the stored version is refused: a version never changes.
    Api.Answer changed =
        api.post(
            "plans?file=vinh-chau.json",
            "application/json",
            plan.replace("FINAL_TARGET", "45").getBytes(StandardCharsets.UTF_8));
    assertEquals(changed.json().toString(), 409, changed.status());
    assertEquals(
        "plan.version.frozen", changed.json().path("problems").get(0).path("code").asText());
    // A broken file: every problem located, nothing stored.
    Api.Answer broken =
        api.post(
            "plans?file=broken.json",
            "application/json",
            plan.replace("FINAL_TARGET", "40")
                .replace("\"RATIO\"", "\"RATION\"")
                .replace("vinh-chau-plan-2024", "broken-plan")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(broken.json().toString(), 400, broken.status());
    JsonNode problem = broken.json().path("problems").get(0);
    assertTrue(problem.toString(), problem.path("message").path("vi").asText().contains("RATION"));
    assertEquals(problem.toString(), 16, problem.path("row").asInt());
    assertEquals("targets[0].metric.kind", problem.path("field").asText());
    assertEquals(404, api.get("plans/broken-plan/versions").status());
    // Evaluated over the same data as the town's own plan: 6,418 of 12,080 learners.
    JsonNode evaluation = api.ok("plans/vinh-chau-plan-2024/evaluations/2025");
    JsonNode target = evaluation.path("targets").get(0);
    assertEquals(53.13, target.path("town").path("value").asDouble(), 1e-9);
    assertEquals("MET", target.path("status").path("status").asText());
  }

  /** 6418 → 6.418; 53.125 → 53,13: as a Vietnamese document writes numbers. */
  private static String vietnamese(BigDecimal n) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(n);
  }
}
