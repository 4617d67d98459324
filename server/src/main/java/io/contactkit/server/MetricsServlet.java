package io.contactkit.server;

import io.contactkit.http.authentication.Secrets;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /metrics}: every meter of the registry in the Prometheus text format, or in OpenMetrics when the scraper
 * asks for it. Behind a Bearer token when one is configured; open otherwise, as Prometheus scrapes by default.
 */
final class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";
    private static final String OPEN_METRICS = "application/openmetrics-text";
    /** The formats' content types, as the Prometheus client's writers give them. */
    private static final String OPEN_METRICS_TYPE = OPEN_METRICS + "; version=1.0.0; charset=utf-8";
    private static final String PROMETHEUS_TEXT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient PrometheusMeterRegistry registry;
    private final transient Optional<String> token;

    MetricsServlet(PrometheusMeterRegistry registry, Optional<String> token) {
        this.registry = registry;
        this.token = token;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getMethod().equals("GET")) {
            response.setHeader("Allow", "GET");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "/metrics answers GET");
            return;
        }
        if (token.isPresent() && !bears(request.getHeader("Authorization"), token.get())) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ContactKit metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "/metrics needs its Bearer token");
            return;
        }
        String accept = request.getHeader("Accept");
        String contentType = accept != null && accept.contains(OPEN_METRICS) ? OPEN_METRICS_TYPE
                : PROMETHEUS_TEXT_TYPE;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setHeader("Cache-Control", "no-store");
        registry.scrape(response.getOutputStream(), contentType);
    }

    private static boolean bears(String authorization, String token) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && Secrets.sameText(authorization.substring(BEARER.length()).trim(), token);
    }
}
