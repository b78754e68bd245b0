package vn.edudx.collector.sectordb.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fetches one page of the export over HTTP with the JDK's {@link HttpURLConnection} (always there
 * in OSGi, no bundle to add): timeouts, an optional bearer token or API key, and a size limit
 * enforced while reading, so that a runaway source cannot fill the memory.
 */
final class HttpSource {

  /**
   * How to reach the source.
   *
   * @param url the export's address, without the cursor
   * @param pageSize the {@code limit} asked for
   * @param bearerToken sent as {@code Authorization: Bearer}, when not blank
   * @param apiKeyHeader the header that carries {@code apiKey}
   * @param apiKey sent when not blank
   * @param maxBytes a larger page is refused
   */
  record Settings(
      String url,
      int pageSize,
      Duration connectTimeout,
      Duration readTimeout,
      String bearerToken,
      String apiKeyHeader,
      String apiKey,
      long maxBytes) {}

  private final Settings settings;

  HttpSource(Settings settings) {
    this.settings = settings;
  }

  /**
   * The address of the page after {@code cursor} (empty: the first page).
   *
   * @throws SourceException when the configured url is not an http or https address
   */
  URI pageUri(String cursor) throws SourceException {
    String url = settings.url().strip();
    try {
      URI uri =
          URI.create(
              url
                  + (url.contains("?") ? "&" : "?")
                  + "since="
                  + URLEncoder.encode(cursor, StandardCharsets.UTF_8)
                  + "&limit="
                  + settings.pageSize());
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
        throw new SourceException("source.url", display(url), "not http or https");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      // The parser's message quotes the whole address, secrets included: name only the fault.
      throw new SourceException(e, "source.url", display(url), "not a valid address");
    }
  }

  /** Query parameters shown as they are; any other may carry a secret and is masked. */
  private static final java.util.Set<String> PLAIN_PARAMETERS = java.util.Set.of("since", "limit");

  /**
   * The configured address for people to read: without any user and password, and with every query
   * parameter but the cursor's masked. An address that cannot be parsed is cut before its query,
   * its user part removed.
   */
  static String display(String url) {
    try {
      return origin(URI.create(url.strip()));
    } catch (IllegalArgumentException e) {
      String cut = url.strip().replaceFirst("\\?.*$", "").replaceFirst("#.*$", "");
      return cut.replaceFirst("//[^/]*@", "//");
    }
  }

  /**
   * The page's address as provenance and in messages: no user or password, and the value of every
   * query parameter other than {@code since} and {@code limit} masked, since a source may take its
   * token in the query.
   */
  static String origin(URI uri) {
    StringBuilder out = new StringBuilder();
    if (uri.getScheme() != null) {
      out.append(uri.getScheme()).append("://");
    }
    if (uri.getHost() != null) {
      out.append(uri.getHost());
    }
    if (uri.getPort() >= 0) {
      out.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      out.append(uri.getRawPath());
    }
    String query = uri.getRawQuery();
    if (query != null) {
      out.append('?');
      String[] pairs = query.split("&", -1);
      for (int i = 0; i < pairs.length; i++) {
        int eq = pairs[i].indexOf('=');
        String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
        out.append(i == 0 ? "" : "&").append(name);
        if (eq >= 0) {
          out.append('=')
              .append(PLAIN_PARAMETERS.contains(name) ? pairs[i].substring(eq + 1) : "***");
        }
      }
    }
    return out.toString();
  }

  /** The body of the page after {@code cursor}, when the source answered 200 within the limits. */
  byte[] fetch(String cursor) throws SourceException {
    URI uri = pageUri(cursor);
    String where = origin(uri);
    HttpURLConnection http;
    try {
      http = (HttpURLConnection) uri.toURL().openConnection();
    } catch (IOException | IllegalArgumentException e) {
      throw new SourceException(e, "source.url", where, String.valueOf(e.getMessage()));
    }
    try {
      http.setConnectTimeout(millis(settings.connectTimeout()));
      http.setReadTimeout(millis(settings.readTimeout()));
      http.setUseCaches(false);
      // A redirect would carry the credentials to wherever it points: it is an error instead.
      http.setInstanceFollowRedirects(false);
      http.setRequestProperty("Accept", "application/json");
      if (!settings.bearerToken().isBlank()) {
        http.setRequestProperty("Authorization", "Bearer " + settings.bearerToken().strip());
      }
      if (!settings.apiKey().isBlank() && !settings.apiKeyHeader().isBlank()) {
        http.setRequestProperty(settings.apiKeyHeader().strip(), settings.apiKey().strip());
      }
      int status = http.getResponseCode();
      if (status != HttpURLConnection.HTTP_OK) {
        throw new SourceException("source.http", where, String.valueOf(status));
      }
      long declared = http.getContentLengthLong();
      if (declared > settings.maxBytes()) {
        throw new SourceException("source.too-large", where, kilobytes(settings.maxBytes()));
      }
      long deadline = System.nanoTime() + 2 * settings.readTimeout().toNanos();
      try (InputStream in = http.getInputStream()) {
        return readAtMost(in, settings.maxBytes(), where, deadline);
      }
    } catch (SocketTimeoutException e) {
      throw new SourceException(
          e, "source.timeout", where, String.valueOf(settings.readTimeout().toSeconds()));
    } catch (IOException e) {
      throw new SourceException(
          e, "source.unreachable", where, e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      http.disconnect();
    }
  }

  /** The page took longer than twice the read timeout in all. */
  private SourceException slow(String where) {
    return new SourceException(
        "source.timeout", where, String.valueOf(2 * settings.readTimeout().toSeconds()));
  }

  /**
   * The body, at most {@code max} bytes, read before the deadline: the read timeout bounds one
   * wait, so a source that trickles a byte at a time is stopped here.
   */
  private byte[] readAtMost(InputStream in, long max, String where, long deadline)
      throws IOException, SourceException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      if (System.nanoTime() - deadline > 0) {
        throw slow(where);
      }
      total += n;
      if (total > max) {
        throw new SourceException("source.too-large", where, kilobytes(max));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String kilobytes(long bytes) {
    return String.valueOf(bytes / 1024);
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }
}
