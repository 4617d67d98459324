package io.contactkit.http;

import io.contactkit.serialization.ProblemDetails;
import io.contactkit.serialization.ResponseType;
import io.contactkit.serialization.WireFormat;
import java.io.ByteArrayOutputStream;

/**
 * What a servlet container refuses itself, before the servlet sees the request (a malformed request line, headers
 * or URI too large, an ambiguous path), as a problem like every other refusal of the API: for the container's error
 * handler, so that it answers neither an HTML page nor an empty body.
 */
public final class ContainerProblems {

    private static final WireFormat WIRE = new WireFormat();

    private ContainerProblems() {
    }

    /**
     * An answer's content type and body.
     *
     * @param contentType the Content-Type header's value
     * @param body        the problem in JSON or XML
     */
    public record Answer(String contentType, byte[] body) {
    }

    /**
     * The problem for a status the container answered.
     *
     * @param reason the container's reason: what was wrong with the request for a 4xx, shown as the detail; a 5xx's
     *               might say more than it should and is not shown
     * @param accept the request's Accept header, which picks JSON or XML; may be null
     * @param path   the request's path, the problem's instance; may be null
     */
    public static Answer of(int status, String reason, String accept, String path) {
        String title = StatusTitles.of(status);
        ProblemDetails problem = ProblemDetails.of(status, title, status < 500 && reason != null ? reason : title)
                .withInstance(path);
        ResponseType type = AcceptHeader.problem(accept);
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        WIRE.writeProblem(problem, type, body);
        return new Answer(type.contentType(), body.toByteArray());
    }
}
