package io.contactkit.http;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import io.contactkit.serialization.Limits;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One request and its response, with what every endpoint reads from the one and writes to the other. */
final class Exchange {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final long startedNanos;
    private final LinkBase links;
    private final QueryParameters query;
    private Limits limits;
    private Endpoint endpoint;
    private boolean authenticated;
    private byte[] body;
    private BodyReading reading;
    private InputStream streamed;

    Exchange(HttpServletRequest request, HttpServletResponse response, long startedNanos, Limits limits,
             LinkBase links) {
        this.request = request;
        this.response = response;
        this.startedNanos = startedNanos;
        this.limits = limits;
        this.links = links;
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

    /** The method exactly as sent: methods are case-sensitive (RFC 9110, section 9.1). */
    String method() {
        return request.getMethod();
    }

    /** Whether the answer is the GET answer's head only. */
    boolean head() {
        return "HEAD".equals(request.getMethod());
    }

    /** The path below the servlet context, so the servlet can be mapped at {@code /*}, {@code /api/*} or deeper. */
    String path() {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Scheme, host, port and context path: what {@code _Links} and {@code Location} start with. */
    String baseUrl() {
        return links.of(request);
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

    /** From here on the bounds of the request body are these (sign-in reads a small form only). */
    void limitBody(Limits bodyLimits) {
        this.limits = bodyLimits;
    }

    Limits limits() {
        return limits;
    }

    /** The request proved who sends it: its answers may tell how long the work took. */
    void authenticated() {
        this.authenticated = true;
    }

    /** The body, read in full before the endpoint runs. */
    void bodyRead(byte[] bytes) {
        this.body = bytes;
    }

    /** The body is read asynchronously, and the exchange ends when the reading says so. */
    void readingBy(BodyReading bodyReading) {
        this.reading = bodyReading;
    }

    /** Whether the body is, or was, read asynchronously. */
    boolean readAsynchronously() {
        return reading != null;
    }

    /**
     * The request body, limited to the configured size: a larger declared length is refused at once, a longer
     * stream as soon as it passes the limit ({@link io.contactkit.serialization.BodyTooLargeException}). Read
     * beforehand where the container reads asynchronously; else from the request as the endpoint asks for it.
     *
     * @throws InvalidInputException when the request has no body; the operation needs one
     */
    InputStream body() {
        limits.requireBodyWithin(request.getContentLengthLong());
        if (!hasBody()) {
            throw InvalidInputException.of("", "the request body is empty; " + method() + " " + path()
                    + " needs one");
        }
        if (body != null) {
            return new ByteArrayInputStream(body);
        }
        try {
            streamed = request.getInputStream();
            return limits.bounded(streamed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body as UTF-8 text.
     *
     * @throws InvalidInputException when it cannot be read whole (the client stopped sending)
     */
    String bodyText() {
        try (InputStream in = body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BodyReading.cutShort(request);
        }
    }

    /** Whether the request announces a body that is not empty. */
    boolean hasBody() {
        long declared = request.getContentLengthLong();
        return declared > 0 || (declared < 0 && (!http1() || request.getHeader("Transfer-Encoding") != null));
    }

    /** Whether the request announced a body that was not read: its connection cannot carry another request. */
    boolean bodyUnread() {
        return hasBody() && body == null && !(streamed instanceof ServletInputStream in && in.isFinished());
    }

    /** In HTTP/1 a body is announced by Content-Length or Transfer-Encoding; HTTP/2 frames need neither. */
    private boolean http1() {
        return request.getProtocol().startsWith("HTTP/1");
    }

    /**
     * Sets the headers every answer gets, the last thing before it is committed: it is not to be kept by any cache
     * (an authenticated answer is private, and none is worth keeping unasked), and an authenticated one tells how
     * long the work took. An unauthenticated one does not, or the time would tell whether a password was checked.
     */
    void stampCommonHeaders() {
        response.setHeader("Cache-Control", "private, no-store");
        if (authenticated) {
            response.setHeader("Server-Timing", serverTiming(elapsedNanos()));
        }
    }

    /** Ends the asynchronous processing the body was read in, if it was, once the answer is out. */
    void complete() {
        if (reading != null) {
            reading.answered();
        }
    }

    /** {@code app;dur=} and the milliseconds to one decimal, without a Formatter: it runs on every request. */
    static String serverTiming(long elapsedNanos) {
        long tenths = (elapsedNanos + 50_000) / 100_000;
        return "app;dur=" + tenths / 10 + "." + tenths % 10;
    }
}
