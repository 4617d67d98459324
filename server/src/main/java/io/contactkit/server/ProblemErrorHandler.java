package io.contactkit.server;

import io.contactkit.http.ContainerProblems;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
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

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        ContainerProblems.Answer answer = ContainerProblems.of(response.getStatus(), message(request),
                request.getHeaders().get(HttpHeader.ACCEPT), request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    private static String message(Request request) {
        Object servletMessage = request.getAttribute(SERVLET_ERROR_MESSAGE);
        return servletMessage != null ? servletMessage.toString() : (String) request.getAttribute(ERROR_MESSAGE);
    }
}
