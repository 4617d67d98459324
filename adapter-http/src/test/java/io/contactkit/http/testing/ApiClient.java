package io.contactkit.http.testing;

import io.contactkit.domain.testing.TestJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Talks to a running server over real HTTP, as a client application would. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;

    public ApiClient(URI base) {
        this(base, null);
    }

    private ApiClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same server, every request sent with this Authorization header. */
    public ApiClient as(String authorization) {
        return new ApiClient(base, authorization);
    }

    public ApiClient asUser(String name, String password) {
        return as(basic(name, password));
    }

    public static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI base() {
        return base;
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Reply get(String path) {
        return call("GET", path).send();
    }

    public Reply postJson(String path, String json) {
        return call("POST", path).body(json, "application/json").send();
    }

    /** One request being put together. */
    public final class Call {

        private final String method;
        private final String path;
        private final List<String[]> headers = new ArrayList<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            if (authorization != null) {
                headers.add(new String[] {"Authorization", authorization});
            }
        }

        public Call header(String name, String value) {
            headers.removeIf(header -> header[0].equalsIgnoreCase(name));
            headers.add(new String[] {name, value});
            return this;
        }

        public Call body(String text, String contentType) {
            return body(text.getBytes(StandardCharsets.UTF_8), contentType);
        }

        public Call body(byte[] bytes, String contentType) {
            this.body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return contentType == null ? this : header("Content-Type", contentType);
        }

        /** A body whose length is not declared up front (chunked). */
        public Call streamedBody(HttpRequest.BodyPublisher publisher, String contentType) {
            this.body = publisher;
            return header("Content-Type", contentType);
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body);
            headers.forEach(header -> request.header(header[0], header[1]));
            try {
                HttpResponse<String> response = HTTP.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response, read. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        public List<String> headerValues(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).toList();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public Map<String, Object> json() {
            return TestJson.parseObject(body);
        }

        /** The body as any JSON value: a list for an array. */
        public Object jsonValue() {
            return TestJson.parse(body);
        }

        @Override
        public String toString() {
            return status + " " + headers + System.lineSeparator() + body;
        }
    }
}
