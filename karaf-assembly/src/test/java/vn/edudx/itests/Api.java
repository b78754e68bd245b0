package vn.edudx.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Calls the EduDX REST API over real HTTP, as any client would: anonymously, or with the bearer
 * token of a user who signed in through {@code POST /api/v1/auth/login}.
 */
public final class Api {

  /** An answer: the status and the JSON body. */
  public record Answer(int status, JsonNode json) {}

  /** An answer as bytes, with its headers. */
  public record Raw(int status, byte[] body, java.net.http.HttpHeaders headers) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** The demo users of Ngã Năm and their passwords (bundles/vn.edudx.demo, demo/users.csv). */
  public static final Map<String, String> DEMO_PASSWORDS =
      Map.of(
          "admin", "quan-tri-2025",
          "reviewer", "tham-dinh-2025",
          "leader", "lanh-dao-2025",
          "th01", "tieu-hoc-phuong-1",
          "th02", "tieu-hoc-phuong-2",
          "thcs04", "thcs-my-binh-2025");

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;
  private final String base;
  private final String token;

  public Api(int port) {
    this(port, null);
  }

  private Api(int port, String token) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port + "/api/v1/";
    this.token = token;
  }

  /** The same API called with another token (or a made-up one, to see it refused). */
  public Api withToken(String bearer) {
    return new Api(port, bearer);
  }

  /** The API without any token: an anonymous visitor. */
  public Api anonymous() {
    return new Api(port, null);
  }

  /** Signs a demo user in and answers the API called as that user. */
  public Api as(String username) {
    return as(username, DEMO_PASSWORDS.get(username));
  }

  public Api as(String username, String password) {
    Answer a = login(username, password);
    if (a.status() != 200) {
      throw new AssertionError(
          "login of " + username + " answered " + a.status() + ": " + a.json());
    }
    return withToken(a.json().path("token").asText());
  }

  public Answer login(String username, String password) {
    return send(
        "POST",
        "auth/login",
        MAPPER.createObjectNode().put("username", username).put("password", password));
  }

  public String token() {
    return token;
  }

  private HttpRequest.Builder request(String path, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  public Answer get(String path) {
    try {
      return answer(
          HTTP.send(
              request(path, Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return new Answer(-1, MAPPER.nullNode());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a body (a definition file) and reads the JSON answer. */
  public Answer post(String path, String contentType, byte[] body) {
    return call(
        request(path, Duration.ofSeconds(120))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** Sends JSON (or nothing, for {@code null}) with a method and reads the JSON answer. */
  public Answer send(String method, String path, JsonNode json) {
    try {
      byte[] body = json == null ? new byte[0] : MAPPER.writeValueAsBytes(json);
      HttpRequest.Builder b = request(path, Duration.ofSeconds(120));
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      return call(b.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * POSTs JSON with extra request headers (a school's {@code X-EduDX-Api-Key}), besides this API's
   * bearer token if it has one, and reads the JSON answer.
   */
  public Answer postWith(String path, JsonNode json, String... headers) {
    try {
      HttpRequest.Builder b =
          request(path, Duration.ofSeconds(120)).header("Content-Type", "application/json");
      for (int i = 0; i + 1 < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return call(
          b.POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(json))).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends JSON with a method, keeping the headers of the answer ({@code Location}, ETags). */
  public Raw sendRaw(String method, String path, JsonNode json) {
    try {
      HttpRequest.Builder b =
          request(path, Duration.ofSeconds(120)).header("Content-Type", "application/json");
      HttpResponse<byte[]> r =
          HTTP.send(
              b.method(
                      method,
                      HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(json)))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Raw(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET whose bytes and headers matter (ETags, downloads), with extra request headers. */
  public Raw raw(String path, String... headers) {
    try {
      HttpRequest.Builder b = request(path, Duration.ofSeconds(30)).GET();
      for (int i = 0; i + 1 < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Raw(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Answer call(HttpRequest request) {
    try {
      return answer(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Answer answer(HttpResponse<String> r) throws IOException {
    String body = r.body();
    JsonNode json =
        body.isEmpty()
            ? MAPPER.nullNode()
            : body.startsWith("{") || body.startsWith("[")
                ? MAPPER.readTree(body)
                : MAPPER.getNodeFactory().textNode(body);
    return new Answer(r.statusCode(), json);
  }

  /** The raw body of a GET that must answer 200 (rules as text, a workbook). */
  public byte[] bytes(String path) {
    Raw r = raw(path);
    if (r.status() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.status());
    }
    return r.body();
  }

  /** The body of a GET that must answer 200. */
  public JsonNode ok(String path) {
    Answer a = get(path);
    if (a.status() != 200) {
      throw new AssertionError("GET " + path + " answered " + a.status() + ": " + a.json());
    }
    return a.json();
  }

  /** A TCP port nothing listens on now, for a Karaf of the tests. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
