package vn.edudx.web.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The web pages: serves this bundle's static files (and the one ECharts file embedded from its
 * WebJar) as the whiteboard's default servlet at {@code /}, so that {@code /api/*}, the more
 * specific pattern, stays Jersey's and the pages call the API from the same origin.
 */
@Component(
    service = Servlet.class,
    property = {
      "osgi.http.whiteboard.servlet.pattern=/",
      "osgi.http.whiteboard.servlet.name=edudx-web"
    })
public class WebServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient StaticFiles files;

  /** Reads the files from this bundle's class path, where the build put them. */
  public WebServlet() {
    this(new StaticFiles(WebServlet.class.getClassLoader()::getResource));
  }

  WebServlet(StaticFiles files) {
    this.files = files;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    SecurityHeaders.apply(response);
    StaticFiles.Found found = files.find(path).orElse(null);
    if (found == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain; charset=utf-8");
      response.setHeader("Cache-Control", "no-store");
      if (body) {
        response.getWriter().write("404 Không tìm thấy / Not found: " + safe(path) + "\n");
      }
      return;
    }
    response.setHeader("ETag", found.etag());
    response.setHeader("Cache-Control", found.cacheControl());
    response.setContentType(found.contentType());
    String match = request.getHeader("If-None-Match");
    if (match != null && match.contains(found.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(found.body().length);
    if (body) {
      response.getOutputStream().write(found.body());
    }
  }

  /** The path as plain printable ASCII, so that the 404 text cannot carry anything else. */
  private static String safe(String path) {
    String p = path.length() > 200 ? path.substring(0, 200) : path;
    return p.replaceAll("[^A-Za-z0-9._/-]", "?");
  }
}
