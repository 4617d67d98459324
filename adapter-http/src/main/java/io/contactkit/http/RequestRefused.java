package io.contactkit.http;

import java.util.List;
import java.util.Map;

/**
 * A request the HTTP layer itself turns away, before or beside the core: an unknown path, a wrong method, missing
 * credentials, an endpoint not available.
 */
final class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, List<String>> headers;

    private RequestRefused(int status, String detail, Map<String, List<String>> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.headers = headers;
    }

    static RequestRefused notFound(String path) {
        return new RequestRefused(404, "there is no resource at " + path, Map.of());
    }

    static RequestRefused methodNotAllowed(String method, List<String> allowed) {
        return new RequestRefused(405, method + " is not allowed here; use " + String.join(" or ", allowed),
                Map.of("Allow", List.of(String.join(", ", allowed))));
    }

    /** Deliberately the same words for a missing, malformed or wrong credential, user, password or app token. */
    static RequestRefused unauthenticated(List<String> challenges) {
        return new RequestRefused(401, "valid credentials are required", Map.of("WWW-Authenticate", challenges));
    }

    static RequestRefused notAcceptable(String accept) {
        return new RequestRefused(406, "nothing in 'Accept: " + (accept.length() <= 100 ? accept
                : accept.substring(0, 100) + "...") + "' can be produced; ask for application/json, text/json, "
                + "application/xml or text/xml", Map.of());
    }

    int status() {
        return status;
    }

    Map<String, List<String>> headers() {
        return headers;
    }
}
