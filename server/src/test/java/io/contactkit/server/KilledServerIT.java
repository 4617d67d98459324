package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * The server jar killed with SIGKILL (no shutdown hook, no flush) under write load on its embedded H2 file
 * database, and started again on the same files: every write it answered 200 is there. Two clients append to each
 * appended contact, so that its updates queue up and are stored in batches.
 */
class KilledServerIT {

    private static final String USER = "ada";
    private static final String PASSWORD = "ada-Secret-1";
    private static final int CREATING_CLIENTS = 4;
    private static final int APPENDED_CONTACTS = 4;
    private static final int APPENDING_CLIENTS = 8;

    @TempDir
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
            for (Map.Entry<Integer, List<Acknowledged>> contact : acknowledged.stream()
                    .collect(Collectors.groupingBy(Acknowledged::contactId)).entrySet()) {
                Reply stored = admin.get("/api/v1/Contact/" + contact.getKey());
                assertEquals(200, stored.status(), () -> "acknowledged, lost: " + contact.getValue());
                Set<String> emails = emails(stored.json());
                for (Acknowledged write : contact.getValue()) {
                    if (write.kind().equals("create")) {
                        assertEquals(write.value(), stored.json().get("Name"), write::toString);
                    } else {
                        assertTrue(emails.contains(write.value()), () -> "acknowledged, lost: " + write);
                    }
                }
            }
        }
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
