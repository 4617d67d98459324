package io.contactkit.server;

import io.contactkit.serialization.ProblemDetails;
import io.contactkit.serialization.ResponseType;
import io.contactkit.serialization.WireFormat;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before the servlet sees it (a malformed request line, headers or URI too large, an
 * ambiguous path such as {@code /Contact/%2e%2e}) with a problem, like every other refusal of the API, instead of
 * Jetty's HTML page or an empty body.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final String SERVLET_ERROR_MESSAGE = "jakarta.servlet.error.message";

    private final WireFormat wire = new WireFormat();

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        ResponseType type = wire.negotiateProblem(request.getHeaders().get(HttpHeader.ACCEPT));
        ProblemDetails problem = problem(status, message(request)).withInstance(request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, body(problem, type), callback);
        return true;
    }

    /** Jetty's reason for a 4xx says what was wrong with the request; a 5xx's might say more than it should. */
    private static ProblemDetails problem(int status, String reason) {
        String detail = status < 500 && reason != null ? reason : HttpStatus.getMessage(status);
        return ProblemDetails.of(status, HttpStatus.getMessage(status), detail);
    }

    private static String message(Request request) {
        Object servletMessage = request.getAttribute(SERVLET_ERROR_MESSAGE);
        return servletMessage != null ? servletMessage.toString() : (String) request.getAttribute(ERROR_MESSAGE);
    }

    private ByteBuffer body(ProblemDetails problem, ResponseType type) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        wire.writeProblem(problem, type, body);
        return ByteBuffer.wrap(body.toByteArray());
    }
}
