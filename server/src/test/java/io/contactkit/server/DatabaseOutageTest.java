package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.CapturedLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under write load and started again on the same data: while it is down every request fails
 * fast with a 503 problem, no write is left half done, and once it is back the same server (its connection pool)
 * serves again without a restart. Some clients create and patch contacts of their own, others all append to one
 * contact, whose updates queue up behind one another.
 */
class DatabaseOutageTest {

    private static final int CREATING_CLIENTS = 4;
    private static final int APPENDING_CLIENTS = 8;
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    /** Well under the client's own timeout of 60 s. */
    private static final Duration FAST = Duration.ofSeconds(8);
    private static final String PATCHED_EMAIL = "patched@dare.example";

    @TempDir
    Path dataDirectory;

    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private volatile Phase phase = Phase.BEFORE;
    private volatile boolean loading = true;

    private enum Phase { BEFORE, DOWN, BACK }

    /** One request under load: when it started, what it was answered and how long that took. */
    private record Outcome(String kind, String key, Phase phase, int status, Duration took, Reply reply) {

        @Override
        public String toString() {
            return kind + " " + key + " (started " + phase + ", took " + took.toMillis() + " ms): " + reply;
        }
    }

    @Test
    void writesFailFastWith503WhileTheDatabaseIsDownAndSucceedAgainOnceItIsBack() throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = postgres(port);
        RunningServer server = RunningServer.start(List.of("--db", jdbcUrl(port), "--db-user", "postgres",
                "--db-password", "postgres"));
        try {
            ApiClient admin = server.admin();
            int hot = (Integer) admin.postJson("/api/v1/Contact", "{\"Name\":\"Hot\"}").json().get("ContactId");
            ExecutorService clients = Executors.newFixedThreadPool(CREATING_CLIENTS + APPENDING_CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CREATING_CLIENTS; i++) {
                int client = i;
                running.add(clients.submit(() -> createAndPatch(admin, client)));
            }
            for (int i = 0; i < APPENDING_CLIENTS; i++) {
                int client = i;
                running.add(clients.submit(() -> appendTo(admin, hot, client)));
            }

            Reply readyBefore = server.anonymous().get("/health/ready");
            String log;
            Reply readyDuring;
            Reply liveDuring;
            try (CapturedLog captured = CapturedLog.start()) {
                Thread.sleep(2_000);
                postgres.close();
                phase = Phase.DOWN;
                Thread.sleep(OUTAGE.toMillis());
                readyDuring = server.anonymous().get("/health/ready");
                liveDuring = server.anonymous().get("/health/live");
                postgres = postgres(port);
                phase = Phase.BACK;
                Thread.sleep(3_000);
                loading = false;
                for (Future<?> client : running) {
                    client.get(2, TimeUnit.MINUTES);
                }
                clients.shutdown();
                log = captured.text();
            }

            assertEquals(200, readyBefore.status(), readyBefore::toString);
            assertEquals(503, readyDuring.status(), readyDuring::toString);
            assertEquals("{\"status\":\"DOWN\"}", readyDuring.body());
            assertEquals(200, liveDuring.status(), liveDuring::toString);
            assertEquals(200, server.anonymous().get("/health/ready").status(), "ready again");
            assertAnExpectedOutageIsLoggedWithoutStackTraces(log);
            assertEveryRefusalWasAFast503();
            assertTheServerServedAgainWithoutARestart(admin);
            assertEveryAcknowledgedWriteIsWholeAndNoRefusedOneIsThere(port, hot);
        } finally {
            server.close();
            postgres.close();
        }
    }

    /** Every 503 is a WARN line of its own; an outage is an expected event, not a bug to trace. */
    private static void assertAnExpectedOutageIsLoggedWithoutStackTraces(String log) {
        assertTrue(log.lines().anyMatch(line -> line.contains(" WARN ") && line.contains("answered 503")), log);
        List<String> traces = log.lines().filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"))
                .toList();
        assertEquals(List.of(), traces, log);
    }

    private void assertEveryRefusalWasAFast503() {
        Map<String, Integer> counts = new HashMap<>();
        Duration slowest = Duration.ZERO;
        for (Outcome outcome : outcomes) {
            slowest = outcome.took().compareTo(slowest) > 0 ? outcome.took() : slowest;
            counts.merge(outcome.phase() + " " + outcome.status(), 1, Integer::sum);
            assertTrue(outcome.took().compareTo(FAST) < 0, outcome::toString);
            if (outcome.status() != 200) {
                assertEquals(503, outcome.status(), outcome::toString);
                assertTrue(outcome.reply().contentType().startsWith("application/problem+json"), outcome::toString);
                assertEquals(503, outcome.reply().json().get("status"), outcome::toString);
            }
        }
        System.out.println("database outage: " + outcomes.size() + " requests under load, by phase and status "
                + counts + ", the slowest answered in " + slowest.toMillis() + " ms");
        assertTrue(counts.getOrDefault(Phase.DOWN + " 503", 0) > 0, counts::toString);
    }

    private void assertTheServerServedAgainWithoutARestart(ApiClient admin) {
        assertTrue(outcomes.stream().anyMatch(outcome -> outcome.phase() == Phase.BACK && outcome.status() == 200),
                "no write succeeded after the database came back");
        Reply afterwards = admin.postJson("/api/v1/Contact", "{\"Name\":\"After the outage\"}");
        assertEquals(200, afterwards.status(), afterwards::toString);
    }

    /** Read straight from the database: each contact is whole, with its patch whole or not at all. */
    private void assertEveryAcknowledgedWriteIsWholeAndNoRefusedOneIsThere(int port, int hot) throws SQLException {
        Map<String, String> departments = new HashMap<>();
        Set<String> hotEmails = new HashSet<>();
        List<String> hotEmailRows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            try (ResultSet contacts = statement.executeQuery("SELECT c.name, c.department,"
                    + " (SELECT COUNT(*) FROM contact_element e WHERE e.contact_id = c.id AND e.kind = 'email'),"
                    + " (SELECT COUNT(*) FROM contact_element e WHERE e.contact_id = c.id AND e.kind = 'email'"
                    + " AND e.element_value = '" + PATCHED_EMAIL + "')"
                    + " FROM contact c WHERE c.name LIKE 'load-%'")) {
                while (contacts.next()) {
                    String name = contacts.getString(1);
                    boolean patched = "patched".equals(contacts.getString(2));
                    assertEquals(patched ? 4 : 3, contacts.getInt(3), () -> name + " has a partial set of e-mails");
                    assertEquals(patched ? 1 : 0, contacts.getInt(4), () -> name + " has half its patch");
                    departments.put(name, contacts.getString(2));
                }
            }
            try (ResultSet emails = statement.executeQuery("SELECT element_value FROM contact_element"
                    + " WHERE kind = 'email' AND contact_id = " + hot)) {
                while (emails.next()) {
                    hotEmails.add(emails.getString(1));
                    hotEmailRows.add(emails.getString(1));
                }
            }
        }
        assertEquals(hotEmails.size(), hotEmailRows.size(), "an append stored twice");
        for (Outcome outcome : outcomes) {
            boolean acknowledged = outcome.status() == 200;
            switch (outcome.kind()) {
                case "create":
                    assertEquals(acknowledged, departments.containsKey(outcome.key()), outcome::toString);
                    break;
                case "patch":
                    assertEquals(acknowledged, "patched".equals(departments.get(outcome.key())), outcome::toString);
                    break;
                default:
                    assertEquals(acknowledged, hotEmails.contains(outcome.key()), outcome::toString);
            }
        }
    }

    private void createAndPatch(ApiClient admin, int client) {
        for (int i = 0; loading; i++) {
            String name = "load-" + client + "-" + i;
            Reply created = timed("create", name, () -> admin.postJson("/api/v1/Contact", "{\"Name\":\"" + name
                    + "\",\"Emails\":[{\"Value\":\"a@" + name + ".example\"},{\"Value\":\"b@dare.example\"},"
                    + "{\"Value\":\"c@dare.example\"}]}"));
            if (created.status() == 200) {
                String path = "/api/v1/Contact/" + created.json().get("ContactId");
                timed("patch", name, () -> admin.call("PATCH", path).body("[{\"op\":\"replace\",\"path\":"
                        + "\"/Department\",\"value\":\"patched\"},{\"op\":\"add\",\"path\":\"/Emails/-\",\"value\":"
                        + "{\"Value\":\"" + PATCHED_EMAIL + "\"}}]", "application/json-patch+json").send());
            }
        }
    }

    private void appendTo(ApiClient admin, int hot, int client) {
        for (int i = 0; loading; i++) {
            String email = "hot" + client + "-" + i + "@dare.example";
            timed("append", email, () -> admin.call("PATCH", "/api/v1/Contact/" + hot).body("[{\"op\":\"add\","
                    + "\"path\":\"/Emails/-\",\"value\":{\"Value\":\"" + email + "\"}}]", "application/json-patch+json")
                    .send());
        }
    }

    private Reply timed(String kind, String key, Supplier<Reply> request) {
        Phase startedIn = phase;
        long started = System.nanoTime();
        Reply reply = request.get();
        outcomes.add(new Outcome(kind, key, startedIn, reply.status(), Duration.ofNanos(System.nanoTime() - started),
                reply));
        return reply;
    }

    private EmbeddedPostgres postgres(int port) {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
