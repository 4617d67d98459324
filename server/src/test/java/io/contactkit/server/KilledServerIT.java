package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server jar killed with SIGKILL (no shutdown hook, no flush) under write load on its embedded H2 file
 * database, and started again on the same files: every write it answered 200 is there. Two clients append to each
 * appended contact, so that its updates also wait for each other's turn.
 */
class KilledServerIT {

    private static final String USER = "ada";
    private static final String PASSWORD = "ada-Secret-1";
    private static final int CREATING_CLIENTS = 4;
    private static final int APPENDED_CONTACTS = 4;
    private static final int APPENDING_CLIENTS = 8;
    private static final Duration UNAVAILABLE_FOR_AT_MOST = Duration.ofSeconds(30);

    /** Kept when the test fails, with the database and both servers' output, for the failure to explain itself. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workingDirectory;

    /** A write answered 200: what it was, and the contact it went to. */
    private record Acknowledged(String kind, int contactId, String value) {
    }

    @Test
    void everyWriteAnswered200BeforeTheKillIsThereAfterTheRestart() throws Exception {
        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        try (ServerJar first = ServerJar.start(workingDirectory, "--port", "0", "--user", USER + ":" + PASSWORD)) {
            ApiClient admin = new ApiClient(first.awaitBaseUrl()).asUser(USER, PASSWORD);
            List<Integer> appendedTo = new ArrayList<>();
            for (int i = 0; i < APPENDED_CONTACTS; i++) {
                appendedTo.add((Integer) admin.postJson("/api/v1/Contact", "{\"Name\":\"Appended " + i + "\"}")
                        .json().get("ContactId"));
            }
            ExecutorService clients = Executors.newFixedThreadPool(CREATING_CLIENTS + APPENDING_CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CREATING_CLIENTS; i++) {
                int client = i;
                running.add(clients.submit(() -> create(admin, client, acknowledged)));
            }
            for (int i = 0; i < APPENDING_CLIENTS; i++) {
                int client = i;
                int contactId = appendedTo.get(i % APPENDED_CONTACTS);
                running.add(clients.submit(() -> append(admin, client, contactId, acknowledged)));
            }

            Thread.sleep(3_000);
            first.process().destroyForcibly();
            assertTrue(first.process().waitFor(30, TimeUnit.SECONDS));
            for (Future<?> client : running) {
                client.get(1, TimeUnit.MINUTES);
            }
            clients.shutdown();
        }

        try (ServerJar second = ServerJar.start(workingDirectory, "--port", "0", "--user", USER + ":" + PASSWORD)) {
            ApiClient admin = new ApiClient(second.awaitBaseUrl()).asUser(USER, PASSWORD);
            System.out.println("server killed under load: " + acknowledged.size() + " acknowledged writes checked"
                    + " after the restart");
            assertTrue(acknowledged.size() > 20, () -> "too little load to prove anything: " + acknowledged);
            List<String> unavailable = new ArrayList<>();
            for (Map.Entry<Integer, List<Acknowledged>> contact : acknowledged.stream()
                    .collect(Collectors.groupingBy(Acknowledged::contactId)).entrySet()) {
                Reply stored = readAfterRestart(admin, contact.getKey(), unavailable);
                assertEquals(200, stored.status(), () -> (stored.status() == 503 ? "unavailable for "
                        + UNAVAILABLE_FOR_AT_MOST.toSeconds() + " s after the restart, so not known to be kept: "
                        : "acknowledged, lost: ") + contact.getValue() + "; " + stored.body() + kept(second));
                Set<String> emails = emails(stored.json());
                for (Acknowledged write : contact.getValue()) {
                    if (write.kind().equals("create")) {
                        assertEquals(write.value(), stored.json().get("Name"), write::toString);
                    } else {
                        assertTrue(emails.contains(write.value()), () -> "acknowledged, lost: " + write + kept(second));
                    }
                }
            }
            assertEquals(List.of(), unavailable, () -> "nothing was lost, but the restarted server answered 503 before"
                    + " it served these: " + unavailable + kept(second));
        }
    }

    /**
     * The contact as the restarted server answers it. A 503 is not a loss: the contact is asked for again, for up to
     * {@link #UNAVAILABLE_FOR_AT_MOST}, and how long it was unavailable is noted.
     */
    private static Reply readAfterRestart(ApiClient admin, int contactId, List<String> unavailable)
            throws InterruptedException {
        long start = System.nanoTime();
        Reply reply = admin.get("/api/v1/Contact/" + contactId);
        boolean refused = reply.status() == 503;
        while (reply.status() == 503 && System.nanoTime() - start < UNAVAILABLE_FOR_AT_MOST.toNanos()) {
            Thread.sleep(250);
            reply = admin.get("/api/v1/Contact/" + contactId);
        }
        if (refused && reply.status() != 503) {
            unavailable.add("contact " + contactId + " for " + Duration.ofNanos(System.nanoTime() - start).toMillis()
                    + " ms");
        }
        return reply;
    }

    /** Where the failed run's files are kept, and what the restarted server logged. */
    private String kept(ServerJar restarted) {
        return System.lineSeparator() + "the database and both servers' output are kept in " + workingDirectory
                + "; the restarted server logged:" + System.lineSeparator() + restarted.errors();
    }

    /** Creates contacts until the server is gone, noting each one answered 200. */
    private static void create(ApiClient admin, int client, Queue<Acknowledged> acknowledged) {
        for (int i = 0; ; i++) {
            String name = "Created " + client + "-" + i;
            Reply reply = sent(() -> admin.postJson("/api/v1/Contact", "{\"Name\":\"" + name + "\"}"));
            if (reply == null) {
                return;
            }
            if (reply.status() == 200) {
                acknowledged.add(new Acknowledged("create", (Integer) reply.json().get("ContactId"), name));
            }
        }
    }

    /** Appends this client's e-mail addresses to the contact until the server is gone, noting each answered 200. */
    private static void append(ApiClient admin, int client, int contactId, Queue<Acknowledged> acknowledged) {
        for (int i = 0; ; i++) {
            String email = "appended-" + contactId + "-" + client + "-" + i + "@dare.example";
            Reply reply = sent(() -> admin.call("PATCH", "/api/v1/Contact/" + contactId).body("[{\"op\":\"add\","
                    + "\"path\":\"/Emails/-\",\"value\":{\"Value\":\"" + email + "\"}}]", "application/json-patch+json")
                    .send());
            if (reply == null) {
                return;
            }
            if (reply.status() == 200) {
                acknowledged.add(new Acknowledged("append", contactId, email));
            }
        }
    }

    /** The reply, or null once the server no longer answers. */
    private static Reply sent(java.util.function.Supplier<Reply> request) {
        try {
            return request.get();
        } catch (UncheckedIOException killed) {
            return null;
        }
    }

    private static Set<String> emails(Map<String, Object> contact) {
        return ((List<?>) contact.get("Emails")).stream().map(element -> (String) ((Map<?, ?>) element).get("Value"))
                .collect(Collectors.toSet());
    }
}
