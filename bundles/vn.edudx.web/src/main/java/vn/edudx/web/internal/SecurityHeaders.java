package vn.edudx.web.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * The headers every page and file carries: a Content-Security-Policy that allows scripts, styles,
 * images and API calls from this origin only (no inline script, no eval), no MIME sniffing, no
 * referrer to other sites, and no framing.
 */
final class SecurityHeaders {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
  }
}
