package io.contactkit.serialization;

import io.contactkit.domain.failure.Violation;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem details object, with two extension members: {@code errors} (every property path at fault and
 * why) and {@code correlationId} (to find the failure in the server's log).
 *
 * @param type          a URI naming the problem type; {@code about:blank} when the status says it all
 * @param title         a short summary of the problem type
 * @param status        the HTTP status code
 * @param detail        what went wrong this time; may be null
 * @param instance      a URI naming this occurrence, usually the request path; may be null
 * @param errors        the violations, empty when there are none
 * @param correlationId the id the server logged the failure under; may be null
 */
public record ProblemDetails(String type, String title, int status, String detail, String instance,
                             List<Violation> errors, String correlationId) {

    public static final String ABOUT_BLANK = "about:blank";

    public ProblemDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of type {@code about:blank}. */
    public static ProblemDetails of(int status, String title, String detail) {
        return new ProblemDetails(ABOUT_BLANK, title, status, detail, null, List.of(), null);
    }

    public ProblemDetails withType(String newType) {
        return new ProblemDetails(newType, title, status, detail, instance, errors, correlationId);
    }

    public ProblemDetails withInstance(String newInstance) {
        return new ProblemDetails(type, title, status, detail, newInstance, errors, correlationId);
    }

    public ProblemDetails withErrors(List<Violation> newErrors) {
        return new ProblemDetails(type, title, status, detail, instance, newErrors, correlationId);
    }

    public ProblemDetails withCorrelationId(String newCorrelationId) {
        return new ProblemDetails(type, title, status, detail, instance, errors, newCorrelationId);
    }
}
