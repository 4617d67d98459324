package io.contactkit.enrichment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An enrichment endpoint on a free loopback port that answers from a script and records what it was asked. */
public final class StubEndpoint implements AutoCloseable {

    /** A scripted answer: its status, its body, and how long to stall before (or, for a slow body, during) it. */
    public record Answer(int status, String body, long stallMillis, boolean stallMidBody) {

        public static Answer of(int status, String body) {
            return new Answer(status, body, 0, false);
        }

        public static Answer late(long stallMillis) {
            return new Answer(200, "{}", stallMillis, false);
        }

        public static Answer slowBody(String body, long stallMillis) {
            return new Answer(200, body, stallMillis, true);
        }
    }

    /** A request as the endpoint received it. */
    public record Received(String method, String contentType, String authorization, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StubEndpoint(Answer... answers) throws IOException {
        script.addAll(List.of(answers));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/enrich", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/enrich");
    }

    public List<Received> received() {
        return received;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            received.add(new Received(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Answer answer = script.remove();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            if (!answer.stallMidBody()) {
                stall(answer.stallMillis());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            OutputStream out = exchange.getResponseBody();
            if (answer.stallMidBody()) {
                out.write(body, 0, body.length / 2);
                out.flush();
                stall(answer.stallMillis());
                out.write(body, body.length / 2, body.length - body.length / 2);
            } else {
                out.write(body);
            }
        }
    }

    private static void stall(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
