package io.contactkit.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health/live}: the process serves HTTP. {@code GET /health/ready}: it can serve the API, because its
 * database answers and has the schema this version needs; 503 otherwise. Both without credentials, as load balancers
 * and orchestrators ask, and so without anything an attacker could use: the answer is {@code {"status":"UP"}} or
 * {@code {"status":"DOWN"}}, never why. The database is asked at most once a second, however often the probes come.
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();
    private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOWN = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.US_ASCII);

    private final transient BooleanSupplier ready;
    private transient volatile Check last = new Check(false, System.nanoTime() - 2 * RECHECK_NANOS);

    /** @param ready whether the store can serve now; may take up to its connection timeout */
    HealthServlet(BooleanSupplier ready) {
        this.ready = ready;
    }

    private record Check(boolean ready, long atNanos) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the health checks answer GET and HEAD");
            return;
        }
        String path = request.getPathInfo();
        if ("/live".equals(path)) {
            answer(response, true, method);
        } else if ("/ready".equals(path)) {
            answer(response, isReady(), method);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "the health checks are /health/live and"
                    + " /health/ready");
        }
    }

    private boolean isReady() {
        Check check = last;
        long now = System.nanoTime();
        if (now - check.atNanos() >= RECHECK_NANOS) {
            check = new Check(ready.getAsBoolean(), System.nanoTime());
            last = check;
        }
        return check.ready();
    }

    private static void answer(HttpServletResponse response, boolean up, String method) throws IOException {
        byte[] body = up ? UP : DOWN;
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if (method.equals("GET")) {
            response.getOutputStream().write(body);
        }
    }
}
