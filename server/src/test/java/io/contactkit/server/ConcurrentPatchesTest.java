package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 32 HTTP clients patching one contact at once on PostgreSQL, through two servers on the same database (so that
 * writers race in the database, not only within one process): every change acknowledged with 200 is there at the
 * end, every refused one was answered 409 or 412 and left nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentPatchesTest {

    private static final int CLIENTS = 32;
    private static final int PATCHES_PER_CLIENT = 4;

    private EmbeddedPostgresDatabase postgres;
    private RunningServer first;
    private RunningServer second;

    @BeforeAll
    void startTwoServersOnOneDatabase() {
        postgres = EmbeddedPostgresDatabase.start();
        first = RunningServer.start(postgres.serverArgs());
        second = RunningServer.start(postgres.serverArgs());
        // the password hash is checked once per server; the clients then race on the contact only
        assertEquals(200, first.admin().get("/api/v1/Contact/default").status());
        assertEquals(200, second.admin().get("/api/v1/Contact/default").status());
    }

    @AfterAll
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, postgres}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void everyAcknowledgedAppendIsThereAndNoRefusedOne() throws Exception {
        int id = create("{\"Name\":\"Appended\"}");

        List<Outcome> outcomes = race(client -> {
            List<Outcome> mine = new ArrayList<>();
            for (int i = 0; i < PATCHES_PER_CLIENT; i++) {
                String email = "client" + client + "-" + i + "@dare.example";
                Reply reply = server(client).admin().call("PATCH", "/api/v1/Contact/" + id)
                        .body("[{\"op\":\"add\",\"path\":\"/Emails/-\",\"value\":{\"Value\":\"" + email + "\"}}]",
                                "application/json-patch+json").send();
                mine.add(new Outcome(reply.status(), email, reply));
            }
            return mine;
        });

        List<String> stored = emails(first.admin().get("/api/v1/Contact/" + id).json());
        System.out.println("concurrent appends: " + outcomes.size() + " writes checked, " + count(outcomes, 200)
                + " acknowledged");
        assertEquals(new HashSet<>(stored).size(), stored.size(), () -> "an append stored twice: " + stored);
        for (Outcome outcome : outcomes) {
            if (outcome.status() == 200) {
                assertTrue(stored.contains(outcome.value()), () -> "acknowledged but lost: " + outcome);
            } else {
                assertTrue(outcome.status() == 409 || outcome.status() == 412, outcome::toString);
                assertFalse(stored.contains(outcome.value()), () -> "refused but stored: " + outcome);
            }
        }
        assertEquals(count(outcomes, 200), stored.size());
    }

    @Test
    void everyAcknowledgedTestThenReplaceIncrementsTheCounterExactlyOnce() throws Exception {
        int id = create("{\"Name\":\"Counted\",\"Number1\":\"0\"}");
        String path = "/api/v1/Contact/" + id;

        List<Outcome> outcomes = race(client -> {
            List<Outcome> mine = new ArrayList<>();
            ApiClient admin = server(client).admin();
            for (int i = 0; i < PATCHES_PER_CLIENT; i++) {
                int seen = Integer.parseInt((String) admin.get(path).json().get("Number1"));
                String next = String.valueOf(seen + 1);
                Reply reply = admin.call("PATCH", path).body("[{\"op\":\"test\",\"path\":\"/Number1\",\"value\":\""
                        + seen + "\"},{\"op\":\"replace\",\"path\":\"/Number1\",\"value\":\"" + next + "\"}]",
                        "application/json-patch+json").send();
                mine.add(new Outcome(reply.status(), next, reply));
            }
            return mine;
        });

        int acknowledged = count(outcomes, 200);
        System.out.println("concurrent test-then-replace: " + outcomes.size() + " writes checked, " + acknowledged
                + " acknowledged");
        assertTrue(acknowledged > 0, "some increment must get through");
        Set<String> reached = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.status() == 200) {
                assertEquals(outcome.value(), outcome.reply().json().get("Number1"), outcome::toString);
                assertTrue(reached.add(outcome.value()), () -> "two increments to " + outcome.value());
            } else {
                assertTrue(outcome.status() == 409 || outcome.status() == 412, outcome::toString);
            }
        }
        assertEquals(String.valueOf(acknowledged), first.admin().get(path).json().get("Number1"));
    }

    /** What one patch was answered, and the value it meant to store. */
    private record Outcome(int status, String value, Reply reply) {

        @Override
        public String toString() {
            return value + ": " + reply;
        }
    }

    /** Runs every client at once, released together; half of them talk to each server. */
    private static List<Outcome> race(IntFunction<List<Outcome>> client) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Outcome>>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int number = i;
                running.add(clients.submit(() -> {
                    start.await();
                    return client.apply(number);
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<Outcome>> each : running) {
                outcomes.addAll(each.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            clients.shutdownNow();
        }
    }

    private RunningServer server(int client) {
        return client % 2 == 0 ? first : second;
    }

    private int create(String json) {
        Reply created = first.admin().postJson("/api/v1/Contact", json);
        assertEquals(200, created.status(), created::toString);
        return (Integer) created.json().get("ContactId");
    }

    private static List<String> emails(Map<String, Object> contact) {
        List<String> values = new ArrayList<>();
        for (Object element : (List<?>) contact.get("Emails")) {
            values.add((String) ((Map<?, ?>) element).get("Value"));
        }
        return values;
    }

    private static int count(List<Outcome> outcomes, int status) {
        return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
