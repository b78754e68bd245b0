package vn.edudx.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class WebServletTest {

  private final WebServlet servlet =
      new WebServlet(new StaticFiles(WebServletTest.class.getClassLoader()::getResource));

  @Test
  void aPageCarriesTheSecurityHeadersAndItsBody() throws IOException {
    Answer a = get("/", null);
    assertThat(a.status).isEqualTo(200);
    assertThat(a.headers.get("Content-Security-Policy"))
        .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(a.headers).containsEntry("X-Content-Type-Options", "nosniff");
    assertThat(a.headers).containsEntry("Referrer-Policy", "no-referrer");
    assertThat(a.headers).containsEntry("Cache-Control", "no-cache");
    assertThat(a.contentType).isEqualTo("text/html; charset=utf-8");
    assertThat(a.body.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("<main");
  }

  @Test
  void anUnchangedFileAnswers304() throws IOException {
    String etag = get("/js/app.js", null).headers.get("ETag");
    Answer again = get("/js/app.js", etag);
    assertThat(again.status).isEqualTo(304);
    assertThat(again.body.size()).isZero();
  }

  @Test
  void anUnknownPathIs404WithTheHeadersToo() throws IOException {
    Answer a = get("/nothing/<script>.html", null);
    assertThat(a.status).isEqualTo(404);
    assertThat(a.headers).containsEntry("X-Content-Type-Options", "nosniff");
    assertThat(a.body.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<");
  }

  private static final class Answer {
    int status = 200;
    String contentType;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  /** Calls the servlet with a minimal request and a response that records what it is told. */
  private Answer get(String uri, String ifNoneMatch) throws IOException {
    Answer a = new Answer();
    HttpServletRequest request =
        proxy(
            HttpServletRequest.class,
            (name, args) ->
                switch (name) {
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  case "getHeader" -> "If-None-Match".equals(args[0]) ? ifNoneMatch : null;
                  default -> null;
                });
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            a.body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    java.io.PrintWriter writer =
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(a.body, java.nio.charset.StandardCharsets.UTF_8), true);
    HttpServletResponse response =
        proxy(
            HttpServletResponse.class,
            (name, args) -> {
              switch (name) {
                case "setHeader" -> a.headers.put((String) args[0], (String) args[1]);
                case "setStatus" -> a.status = (Integer) args[0];
                case "setContentType" -> a.contentType = (String) args[0];
                case "getOutputStream" -> {
                  return out;
                }
                case "getWriter" -> {
                  return writer;
                }
                default -> {}
              }
              return null;
            });
    servlet.doGet(request, response);
    writer.flush();
    return a;
  }

  private interface Call {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Call call) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, m, args) -> call.answer(m.getName(), args == null ? new Object[0] : args)));
  }
}
