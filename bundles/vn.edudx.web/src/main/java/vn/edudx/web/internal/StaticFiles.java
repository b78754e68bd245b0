package vn.edudx.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps a request path to a file of the bundle, with its content type, cache policy and ETag: only
 * known file types under {@code web/} and the embedded WebJar files under {@code /webjars/}, so
 * that no class, manifest or directory of the bundle is ever served.
 */
final class StaticFiles {

  /** A file found: its bytes, read once (a bundle's files never change while it runs). */
  record Found(byte[] body, String contentType, String cacheControl, String etag) {}

  /** Segments of letters, digits, dot, dash and underscore, none starting with a dot. */
  private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

  static final String WEBJARS = "/webjars/";
  static final String REVALIDATE = "no-cache";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "txt", "text/plain; charset=utf-8");

  private final Function<String, URL> resources;
  private final Map<String, Optional<Found>> cache = new ConcurrentHashMap<>();

  StaticFiles(Function<String, URL> resources) {
    this.resources = resources;
  }

  /** The file for a request path ({@code /} is the index page), or empty: answer 404. */
  Optional<Found> find(String path) {
    String p = path == null || path.isEmpty() || path.equals("/") ? "/index.html" : path;
    if (p.length() > 300 || !SAFE.matcher(p).matches()) {
      return Optional.empty();
    }
    String type = TYPES.get(extension(p));
    if (type == null) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(p, k -> load(k, type));
  }

  private Optional<Found> load(String path, String type) {
    boolean webjar = path.startsWith(WEBJARS);
    String name = webjar ? "META-INF/resources" + path : "web" + path;
    URL url = resources.apply(name);
    if (url == null) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      byte[] body = in.readAllBytes();
      // A WebJar's path carries its version, so its files never change under one URL.
      return Optional.of(new Found(body, type, webjar ? IMMUTABLE : REVALIDATE, etag(body)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static String etag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(d, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
