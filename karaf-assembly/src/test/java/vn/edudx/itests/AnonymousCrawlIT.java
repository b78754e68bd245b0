package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * An anonymous visitor follows every public link there is: the publications, each of their rankings
 * (every level and group), every school page they name, their exports, and the plan's published
 * years with their reports, and every public link those answers carry. Everything answers 200, and
 * nothing unpublished shows: every school year that appears belongs to a public publication (the
 * demo's current 2024-2025, scored but never published, never appears), and no account name is ever
 * shown.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AnonymousCrawlIT extends EduDxTestSupport {

  private static final Pattern SCHOOL_YEAR = Pattern.compile("\\b(20\\d\\d)[-–/](20\\d\\d)\\b");
  private static final Pattern PUBLIC_LINK = Pattern.compile("/api/v1/(public/[^\"'\\s<>]+)");

  /** At most this many answers are read: the demo has a few hundred. */
  private static final int MAX_VISITS = 3_000;

  private Api anonymous;

  @Before
  public void demoLoaded() {
    awaitDemoData();
    anonymous = api();
  }

  @Test
  public void everyPublicLinkAnswersAndShowsOnlyPublishedSchoolYearsAndNoAccount() {
    // The demo publishes 2023-2024 once its approvals are done, after the data are scored.
    JsonNode publications =
        Poll.until(
            "the demo's publication public",
            BOOT,
            () -> anonymous.ok("public/publications"),
            list -> list.toString().contains("\"2023-2024\""));
    Set<String> published = new TreeSet<>();
    Deque<String> queue = new ArrayDeque<>();
    for (JsonNode p : publications.path("items")) {
      published.add(p.path("period").asText());
      String id = p.path("id").asText();
      queue.add("public/publications/" + id);
      queue.add("public/publications/" + id + "/rankings");
      queue.add("public/publications/" + id + "/export.csv");
      queue.add("public/publications/" + id + "/export.html");
      queue.add("public/publications/" + id + "/export.xlsx");
    }
    assertTrue("the demo publishes 2023-2024: " + published, published.contains("2023-2024"));
    assertFalse("nobody published 2024-2025", published.contains("2024-2025"));
    for (JsonNode p : anonymous.ok("public/plan-evaluations").path("items")) {
      String id = p.path("id").asText();
      queue.add("public/plan-evaluations/" + id);
      queue.add("public/plan-evaluations/" + id + "/report.html");
      queue.add("public/plan-evaluations/" + id + "/report.xlsx");
    }
    // The live scores of the unpublished year exist: a leak would have something to show.
    assertTrue(admin().ok("rankings?period=2024-2025").path("count").asInt() > 0);

    Set<String> seen = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    while (!queue.isEmpty() && seen.size() < MAX_VISITS) {
      String path = queue.poll();
      if (!seen.add(path)) {
        continue;
      }
      Api.Raw r = anonymous.raw(path);
      if (r.status() != 200) {
        problems.add(path + " answered " + r.status());
        continue;
      }
      String type = String.valueOf(r.header("Content-Type"));
      if (type.contains("spreadsheetml")) {
        continue; // a zip: its figures are those of the JSON and CSV of the same snapshot
      }
      String text = r.text();
      Matcher year = SCHOOL_YEAR.matcher(text);
      while (year.find()) {
        String period = year.group(1) + "-" + year.group(2);
        if (!published.contains(period)) {
          problems.add(path + " shows the unpublished school year " + year.group());
        }
      }
      Matcher link = PUBLIC_LINK.matcher(text);
      while (link.find()) {
        queue.add(link.group(1).replace("&amp;", "&"));
      }
      if (type.contains("json")) {
        JsonNode json = json(r);
        accounts(path, json, problems);
        follow(path, json, queue);
      }
    }
    assertTrue(
        "the crawl read the school pages: " + seen,
        seen.stream().anyMatch(p -> p.endsWith("/units/NN-TH-01"))
            && seen.stream().anyMatch(p -> p.contains("&level=TH")));
    assertTrue("the crawl ended: " + seen.size() + " read", queue.isEmpty());
    assertEquals(String.join("\n", problems), List.of(), problems);
  }

  /**
   * The links a publication implies: each of its rankings (every category and figure it holds), and
   * the page of every school they rank. An unranked school has no page of its own.
   */
  private static void follow(String path, JsonNode json, Deque<String> queue) {
    Matcher publication = Pattern.compile("^public/publications/([^/?]+)$").matcher(path);
    if (!publication.find()) {
      return;
    }
    String base = path;
    for (JsonNode ranking : json.path("rankings")) {
      String level = ranking.path("level").asText("");
      String by = ranking.path("by").asText("total");
      queue.add(
          base
              + "/rankings?by="
              + by
              + (level.isEmpty() || level.equals("null") ? "" : "&level=" + level));
      for (JsonNode entry : ranking.path("entries")) {
        queue.add(base + "/units/" + entry.path("unitCode").asText());
      }
    }
  }

  /** Every text value that is a demo account's name is a leak of who did what. */
  private static void accounts(String path, JsonNode node, List<String> problems) {
    if (node.isTextual() && Api.DEMO_PASSWORDS.containsKey(node.asText())) {
      problems.add(path + " shows the account " + node.asText());
    }
    for (JsonNode child : node) {
      accounts(path, child, problems);
    }
  }

  private static JsonNode json(Api.Raw r) {
    try {
      return Api.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
