package io.contactkit.http;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import io.contactkit.serialization.Limits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** One request and its response, with what every endpoint reads from the one and writes to the other. */
final class Exchange {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final long startedNanos;
    private final Limits limits;
    private final QueryParameters query;
    private Endpoint endpoint;

    Exchange(HttpServletRequest request, HttpServletResponse response, long startedNanos, Limits limits) {
        this.request = request;
        this.response = response;
        this.startedNanos = startedNanos;
        this.limits = limits;
        this.query = new QueryParameters(request.getQueryString());
    }

    /** Records the endpoint the request was routed to, for the request meters. */
    void routedTo(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint the request was routed to; null while it is not, or when its path is no endpoint's. */
    Endpoint endpoint() {
        return endpoint;
    }

    HttpServletRequest request() {
        return request;
    }

    HttpServletResponse response() {
        return response;
    }

    String method() {
        return request.getMethod().toUpperCase(Locale.ROOT);
    }

    /** The path below the servlet context, so the servlet can be mapped at {@code /*}, {@code /api/*} or deeper. */
    String path() {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Scheme, host, port and context path: what {@code _Links} and {@code Location} start with. */
    String baseUrl() {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    String header(String name) {
        return request.getHeader(name);
    }

    Optional<String> queryParameter(String name) {
        return query.first(name);
    }

    /** The {@code $select} of the request, checked against the contact's property model. */
    Selection selection() {
        return Selection.parse(query.first("$select").orElse(null), ContactEntity.class);
    }

    long elapsedNanos() {
        return System.nanoTime() - startedNanos;
    }

    /**
     * The request body, limited to the configured size: a larger declared length is refused at once, a longer
     * stream as soon as it passes the limit ({@link io.contactkit.serialization.BodyTooLargeException}).
     *
     * @throws InvalidInputException when the request has no body; the operation needs one
     */
    InputStream body() {
        limits.requireBodyWithin(request.getContentLengthLong());
        if (!hasBody()) {
            throw InvalidInputException.of("", "the request body is empty; " + method() + " " + path()
                    + " needs one");
        }
        try {
            return limits.bounded(request.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the request announces a body that is not empty. */
    boolean hasBody() {
        long declared = request.getContentLengthLong();
        return declared > 0 || (declared < 0 && (!http1() || request.getHeader("Transfer-Encoding") != null));
    }

    /**
     * Reads and drops what the client is still sending of its body, up to a bound, so that it finishes sending and
     * reads the answer instead of finding the connection reset.
     *
     * @return whether the whole body was read; if not, the connection must close
     */
    boolean discardRestOfBody(long maxBytes) {
        byte[] buffer = new byte[8192];
        long left = maxBytes;
        try {
            InputStream in = request.getInputStream();
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
                left -= n;
            }
            return in.read() < 0;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** In HTTP/1 a body is announced by Content-Length or Transfer-Encoding; HTTP/2 frames need neither. */
    private boolean http1() {
        return request.getProtocol().startsWith("HTTP/1");
    }

    /** Sets the Server-Timing header: the last thing before a response is committed. */
    void stampServerTiming() {
        response.setHeader("Server-Timing", serverTiming(elapsedNanos()));
    }

    /** {@code app;dur=} and the milliseconds to one decimal, without a Formatter: it runs on every request. */
    static String serverTiming(long elapsedNanos) {
        long tenths = (elapsedNanos + 50_000) / 100_000;
        return "app;dur=" + tenths / 10 + "." + tenths % 10;
    }
}
