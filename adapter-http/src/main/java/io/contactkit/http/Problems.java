package io.contactkit.http;

import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.ForbiddenException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.PreconditionFailedException;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.failure.UpstreamFailureException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.http.authentication.TooManyFailedAttemptsException;
import io.contactkit.serialization.BodyTooLargeException;
import io.contactkit.serialization.ProblemDetails;
import io.contactkit.serialization.UnsupportedMediaTypeException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping from failures to HTTP answers. Every answer is an RFC 9457 problem; none carries a stack trace.
 * Every 5xx is logged under a fresh correlation id that the answer names, so an operator can find it.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(ContactApiServlet.class);

    private Problems() {
    }

    /**
     * A failure as the client is told it.
     *
     * @param headers extra response headers (Allow, WWW-Authenticate)
     */
    record Answer(ProblemDetails problem, Map<String, List<String>> headers) {
    }

    static Answer answerFor(Throwable failure, String method, String path) {
        Answer answer = classify(failure);
        ProblemDetails problem = answer.problem().withInstance(path);
        if (problem.status() >= 500) {
            String correlationId = UUID.randomUUID().toString();
            problem = problem.withCorrelationId(correlationId);
            if (problem.status() == 500) {
                LOG.error("{} {} failed unexpectedly [correlation id {}]", method, path, correlationId, failure);
            } else {
                // an outage of the store or an upstream, which the adapter that met it has logged: no trace here
                LOG.warn("{} {} answered {}: {} [correlation id {}]", method, path, problem.status(),
                        failure.getMessage(), correlationId);
                LOG.debug("{} {} answered {} [correlation id {}]", method, path, problem.status(), correlationId,
                        failure);
            }
        }
        return new Answer(problem, answer.headers());
    }

    private static Answer classify(Throwable failure) {
        if (failure instanceof RequestRefused) {
            RequestRefused refused = (RequestRefused) failure;
            return new Answer(problem(refused.status(), refused.getMessage()), refused.headers());
        }
        if (failure instanceof TooManyFailedAttemptsException) {
            long seconds = ((TooManyFailedAttemptsException) failure).retryAfterSeconds();
            return new Answer(problem(429, failure.getMessage()),
                    Map.of("Retry-After", List.of(String.valueOf(seconds))));
        }
        if (failure instanceof InvalidInputException) {
            List<Violation> violations = ((InvalidInputException) failure).violations();
            return plain(problem(400, "the request is invalid; see errors").withErrors(violations));
        }
        if (failure instanceof NotFoundException) {
            return plain(problem(404, failure.getMessage()));
        }
        if (failure instanceof ConflictException) {
            ConflictException conflict = (ConflictException) failure;
            ProblemDetails problem = problem(409, conflict.getMessage());
            return plain(conflict.path().isEmpty() ? problem
                    : problem.withErrors(List.of(new Violation(conflict.path(), conflict.getMessage()))));
        }
        if (failure instanceof PreconditionFailedException) {
            return plain(problem(412, failure.getMessage()));
        }
        if (failure instanceof ForbiddenException) {
            return plain(problem(403, failure.getMessage()));
        }
        if (failure instanceof UnsupportedMediaTypeException) {
            return plain(problem(415, failure.getMessage()));
        }
        if (failure instanceof BodyTooLargeException) {
            return plain(problem(413, failure.getMessage()));
        }
        if (failure instanceof StorageUnavailableException) {
            return plain(problem(503, "the contact store is unavailable; nothing was changed, try again later"));
        }
        if (failure instanceof UpstreamFailureException) {
            boolean timedOut = ((UpstreamFailureException) failure).timedOut();
            return plain(problem(timedOut ? 504 : 502, failure.getMessage()));
        }
        return plain(problem(500, "the server failed unexpectedly; nothing is known to have changed"));
    }

    private static Answer plain(ProblemDetails problem) {
        return new Answer(problem, Map.of());
    }

    private static ProblemDetails problem(int status, String detail) {
        return ProblemDetails.of(status, StatusTitles.of(status), detail);
    }
}
