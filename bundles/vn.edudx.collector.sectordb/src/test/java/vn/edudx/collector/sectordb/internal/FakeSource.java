package vn.edudx.collector.sectordb.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A sector-database export served by a real HTTP server on a free port: five units in pages of two,
 * or whatever answer a test sets, recording what it was asked.
 */
final class FakeSource implements AutoCloseable {

  /** One answer: a status and a body, sent chunked (no length) when {@code chunked}. */
  record Answer(int status, String body, boolean chunked) {
    static Answer ok(String body) {
      return new Answer(200, body, false);
    }
  }

  /** The pages of the export, by the cursor they follow. */
  static final Map<String, String> PAGES =
      Map.of(
          "", page("c2", true, item("NN-TH-01", 1), item("NN-TH-02", 2)),
          "c2", page("c4", true, item("NN-TH-03", 3), item("NN-TH-04", 4)),
          "c4", page("c5", false, item("NN-TH-05", 5)),
          "c5", page("c5", false));

  final List<String> asked = new CopyOnWriteArrayList<>();
  final List<String> authorization = new CopyOnWriteArrayList<>();
  final List<String> apiKeys = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile Function<String, Answer> answer = since -> Answer.ok(PAGES.get(since));

  FakeSource() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/export", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/export";
  }

  /** From now on, answers with {@code answer} for the cursor asked. */
  void answer(Function<String, Answer> answer) {
    this.answer = answer;
  }

  /** Back to serving the export. */
  void up() {
    answer(since -> Answer.ok(PAGES.get(since)));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    String since = "";
    for (String pair : query.split("&")) {
      if (pair.startsWith("since=")) {
        since = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    asked.add(since);
    authorization.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Key")));
    Answer a = answer.apply(since);
    byte[] body = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(a.status(), a.chunked() ? 0 : body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static String item(String unit, int n) {
    return String.format(
        "{\"unitCode\":\"%s\",\"period\":\"2024-2025\",\"updatedAt\":\"2025-05-3%dT08:00:00Z\","
            + "\"students\":{\"total\":%d,\"digitalRecord\":%d},"
            + "\"staff\":{\"teachers\":%d,\"digitalRecord\":%d},"
            + "\"records\":{\"eTranscript\":true,\"syncsWithSectorDb\":false}}",
        unit, n % 2, 100 * n, 90 * n, 10 * n, 9 * n);
  }

  static String page(String next, boolean more, String... items) {
    return "{\"items\":["
        + String.join(",", items)
        + "],\"nextCursor\":\""
        + next
        + "\",\"hasMore\":"
        + more
        + "}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
