package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.CapturedLog;
import io.contactkit.server.testing.RawHttp;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clients that announce a body and then send it slowly, or not at all, against the standalone server with its
 * default 16 threads: what is refused is refused on its headers at once, without waiting for the body, and what is
 * read is read without a thread waiting for it, so others are served meanwhile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowClientsTest {

    private static final int SLOW_CLIENTS = 100;
    private static final Duration AT_ONCE = Duration.ofSeconds(5);

    private RunningServer server;
    private URI base;
    private String authorization;
    private String contact;

    @BeforeAll
    void startServer() {
        server = RunningServer.start(RunningServer.h2("slow-clients"));
        base = server.anonymous().base();
        authorization = ApiClient.basic(RunningServer.ADMIN, RunningServer.ADMIN_PASSWORD);
        contact = server.admin().postJson("/api/v1/Contact", "{\"Name\":\"Patient AS\"}").header("Location")
                .orElseThrow();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * A quarter each: unauthenticated posts that announce a body and send none, sign-in forms trickling in a byte at
     * a time, authenticated posts that stop after a few bytes, and authenticated puts trickling.
     */
    @Test
    void aGetIsAnsweredWithinASecondWhileAHundredSlowOrStalledBodiesAreOpen() throws Exception {
        List<RawHttp.Connection> slow = new ArrayList<>();
        List<RawHttp.Connection> trickling = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                RawHttp.Connection connection = RawHttp.open(base, slowRequest(i));
                slow.add(connection);
                if (i % 2 == 1) {
                    trickling.add(connection);
                }
            }
            trickle.scheduleAtFixedRate(() -> trickling.forEach(connection -> connection.write("a")), 200, 200,
                    TimeUnit.MILLISECONDS);
            Thread.sleep(500);

            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                ApiClient.Reply got = server.admin().get(contact);
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

                assertEquals(200, got.status(), got::toString);
                assertTrue(millis.get(i) < 1000, "GETs took " + millis + " ms with " + SLOW_CLIENTS
                        + " slow bodies open");
            }
            System.out.println("slow clients: with " + SLOW_CLIENTS + " slow or stalled bodies open, GETs took "
                    + millis + " ms");
        } finally {
            trickle.shutdownNow();
            slow.forEach(RawHttp.Connection::close);
        }
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedOnItsHeaderAtOnce() {
        try (RawHttp.Connection connection = RawHttp.open(base, "POST /api/v1/Contact HTTP/1.1\r\nHost: "
                + base.getAuthority() + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n")) {
            RawHttp.Reply refused = connection.reply(AT_ONCE);

            assertEquals(413, refused.status(), refused::toString);
            assertEquals(413, refused.json().get("status"));
            assertTrue(connection.closedByServerWithin(AT_ONCE), "the connection of an unread body stays open");
        }
    }

    @Test
    void anUnauthenticatedBodyIsRefusedUnreadAndItsConnectionClosed() {
        try (RawHttp.Connection connection = RawHttp.open(base, "POST /api/v1/Contact HTTP/1.1\r\nHost: "
                + base.getAuthority() + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")) {
            RawHttp.Reply refused = connection.reply(AT_ONCE);

            assertEquals(401, refused.status(), refused::toString);
            assertEquals("close", refused.header("Connection"), refused::toString);
            assertTrue(connection.closedByServerWithin(AT_ONCE), "the connection of an unread body stays open");
        }
    }

    /**
     * A body has 10 s, and a second per KiB it announces, to arrive: a client trickling in a byte every 200 ms is
     * told so when that is over, however long it would keep on, and its connection is closed.
     */
    @Test
    void aBodyThatTricklesInPastItsDeadlineIsRefusedAsTooSlow() throws Exception {
        try (RawHttp.Connection connection = RawHttp.open(base, "PUT " + URI.create(contact).getPath()
                + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"Name\":\"")) {
            long started = System.nanoTime();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            trickle.scheduleAtFixedRate(() -> connection.write("a"), 200, 200, TimeUnit.MILLISECONDS);
            RawHttp.Reply refused;
            try {
                refused = connection.reply(Duration.ofSeconds(20));
            } finally {
                trickle.shutdownNow();
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            assertEquals(408, refused.status(), refused::toString);
            assertTrue(seconds >= 10 && seconds < 15, seconds + " s");
            assertTrue(connection.closedByServerWithin(AT_ONCE), "the connection of a body too slow stays open");
        }
        assertEquals("Patient AS", server.admin().get(contact).json().get("Name"));
    }

    /** The client half-closes its side after part of the form: a bad request, not a failure of the server. */
    @Test
    void aSignInFormCutShortIsABadRequestWithoutATraceInTheLog() {
        RawHttp.Reply refused;
        String log;
        try (CapturedLog captured = CapturedLog.start();
             RawHttp.Connection connection = RawHttp.open(base, "POST /api/v1/Authentication/SignIn HTTP/1.1\r\n"
                     + "Host: " + base.getAuthority() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     + "Content-Length: 60\r\n\r\nUserName=ada&Pass")) {
            connection.halfClose();
            refused = connection.reply(AT_ONCE);
            log = captured.text();
        }

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(400, refused.json().get("status"));
        assertFalse(log.contains("ERROR"), log);
        assertFalse(log.contains("\tat "), log);
    }

    private String slowRequest(int i) {
        String host = "Host: " + base.getAuthority() + "\r\n";
        String auth = "Authorization: " + authorization + "\r\n";
        switch (i % 4) {
            case 0:
                return "POST /api/v1/Contact HTTP/1.1\r\n" + host
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
            case 1:
                return "POST /api/v1/Authentication/SignIn HTTP/1.1\r\n" + host
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nUserName=";
            case 2:
                return "POST /api/v1/Contact HTTP/1.1\r\n" + host + auth
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"Name\":";
            default:
                return "PUT " + URI.create(contact).getPath() + " HTTP/1.1\r\n" + host + auth
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"Name\":\"";
        }
    }
}
