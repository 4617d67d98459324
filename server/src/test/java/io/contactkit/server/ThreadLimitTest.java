package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.http.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThreadLimitTest {

    private static final int CLIENTS = 40;

    @Test
    void requestsBeyondTheThreadLimitWaitTheirTurnAndAreAllAnswered() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (RunningServer server = RunningServer.start(RunningServer.h2("thread-limit"), "--threads", "8")) {
            ApiClient admin = server.anonymous().as("Bearer " + RunningServer.ADMIN_TOKEN);
            String created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Queued AS\"}").header("Location")
                    .orElseThrow();
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                replies.add(clients.submit(() -> admin.get(created)));
            }
            for (Future<ApiClient.Reply> reply : replies) {
                assertEquals("Queued AS", reply.get().json().get("Name"), reply.get()::toString);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
