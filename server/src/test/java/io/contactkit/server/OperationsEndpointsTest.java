package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What operators and browsers ask of the server besides the API, over HTTP: health checks without credentials and
 * without details, Prometheus metrics of the requests, the pool and the JVM behind their token, and CORS for the
 * configured origin only. The server requires an app token too, which none of this needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndpointsTest {

    private static final String DATABASE = "jdbc:h2:mem:operations;DB_CLOSE_DELAY=-1";
    private static final String METRICS_TOKEN = "scrape-token-5e1f";
    private static final String APP_ORIGIN = "https://app.example.com";
    private static final String EVIL_ORIGIN = "https://evil.example.net";

    private RunningServer server;
    private ApiClient anonymous;

    @BeforeAll
    void start() {
        server = RunningServer.start(List.of("--db-url", DATABASE, "--db-user", "sa"), "--metrics-token",
                METRICS_TOKEN, "--cors-origin", APP_ORIGIN);
        anonymous = server.anonymous();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void healthChecksAnswerWithoutCredentialsAndWithoutDetails() {
        Reply live = anonymous.get("/health/live");
        Reply ready = anonymous.get("/health/ready");
        Reply posted = anonymous.call("POST", "/health/ready").send();
        Reply unknown = anonymous.get("/health/database");

        assertEquals(200, live.status(), live::toString);
        assertEquals("{\"status\":\"UP\"}", live.body());
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("{\"status\":\"UP\"}", ready.body());
        assertEquals("no-store", ready.header("Cache-Control").orElseThrow());
        assertEquals(405, posted.status(), posted::toString);
        assertEquals("GET, HEAD", posted.header("Allow").orElseThrow());
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown::toString);
    }

    @Test
    void readinessFailsWhileTheSchemaLacksTheNewestMigrationAndNamesNoReason() throws Exception {
        execute("CREATE TABLE schema_history_aside AS SELECT * FROM \"flyway_schema_history\""
                + " WHERE \"installed_rank\" = (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" IN"
                + " (SELECT \"installed_rank\" FROM schema_history_aside)");
        try {
            Reply notReady = awaitReadiness(503);

            assertEquals("{\"status\":\"DOWN\"}", notReady.body());
            assertEquals(200, anonymous.get("/health/live").status(), "alive all the same");
        } finally {
            execute("INSERT INTO \"flyway_schema_history\" SELECT * FROM schema_history_aside");
            execute("DROP TABLE schema_history_aside");
        }
        assertEquals(200, awaitReadiness(200).status());
    }

    @Test
    void metricsCountRequestsByEndpointMethodAndStatusWithLatencyBucketsBehindTheirToken() {
        server.admin().get("/api/v1/Contact/default");
        server.admin().get("/api/v1/Contact/999999");
        anonymous.get("/api/v1/Contact/default");

        Reply refused = anonymous.get("/metrics");
        Reply wrongToken = anonymous.as("Bearer not-" + METRICS_TOKEN).get("/metrics");
        Reply metrics = anonymous.as("Bearer " + METRICS_TOKEN).get("/metrics");

        assertEquals(401, refused.status(), refused::toString);
        assertEquals("Bearer realm=\"ContactKit metrics\"", refused.header("WWW-Authenticate").orElseThrow());
        assertEquals(401, wrongToken.status(), wrongToken::toString);
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.contentType().startsWith("text/plain; version=0.0.4"), metrics::toString);
        String text = metrics.body();
        assertHasSample(text, "contactkit_requests_seconds_count\\{endpoint=\"default_contact\",method=\"GET\","
                + "status=\"200\"\\} [1-9]");
        assertHasSample(text, "contactkit_requests_seconds_count\\{endpoint=\"default_contact\",method=\"GET\","
                + "status=\"401\"\\} [1-9]");
        assertHasSample(text, "contactkit_requests_seconds_count\\{endpoint=\"get_contact\",method=\"GET\","
                + "status=\"404\"\\} [1-9]");
        assertHasSample(text, "contactkit_requests_seconds_bucket\\{endpoint=\"get_contact\",method=\"GET\","
                + "status=\"404\",le=\"0\\.25\"\\}");
        assertHasSample(text, "hikaricp_connections_max\\{pool=\"contactkit\"\\} 10");
        assertHasSample(text, "jvm_memory_used_bytes\\{area=\"heap\"");
        assertHasSample(text, "jvm_threads_live_threads [1-9]");
        assertFalse(text.contains(RunningServer.ADMIN_PASSWORD) || text.contains(METRICS_TOKEN));
    }

    @Test
    void aScraperAskingForOpenMetricsGetsIt() {
        Reply metrics = anonymous.call("GET", "/metrics").header("Authorization", "Bearer " + METRICS_TOKEN)
                .header("Accept", "application/openmetrics-text; version=1.0.0,text/plain;q=0.5").send();

        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.contentType().startsWith("application/openmetrics-text"), metrics::toString);
        assertTrue(metrics.body().stripTrailing().endsWith("# EOF"), "OpenMetrics ends so");
    }

    @Test
    void aPreflightFromTheConfiguredOriginIsAnsweredWithCredentialsAndTheClientsHeaders() {
        Reply preflight = anonymous.call("OPTIONS", "/api/v1/Contact/1")
                .header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-xsrf-token,so-language")
                .send();

        assertEquals(200, preflight.status(), preflight::toString);
        assertEquals(APP_ORIGIN, preflight.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("true", preflight.header("Access-Control-Allow-Credentials").orElseThrow());
        assertTrue(csv(preflight, "Access-Control-Allow-Methods").contains("patch"), preflight::toString);
        assertTrue(csv(preflight, "Access-Control-Allow-Headers").containsAll(Set.of("authorization",
                "content-type", "x-xsrf-token", "so-language", "so-apptoken")), preflight::toString);
    }

    @Test
    void aRequestFromTheConfiguredOriginIsAnsweredForItsPage() {
        Reply read = server.admin().call("GET", "/api/v1/Contact/default").header("Origin", APP_ORIGIN).send();

        assertEquals(200, read.status(), read::toString);
        assertEquals(APP_ORIGIN, read.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("true", read.header("Access-Control-Allow-Credentials").orElseThrow());
        assertTrue(csv(read, "Access-Control-Expose-Headers").containsAll(Set.of("etag", "location",
                "retry-after")), read::toString);
        assertTrue(read.headerValues("Vary").stream().anyMatch(vary -> vary.contains("Origin")), read::toString);
    }

    @Test
    void everyOtherOriginIsRefusedBeforeTheApiSeesIt() {
        Reply preflight = anonymous.call("OPTIONS", "/api/v1/Contact").header("Origin", EVIL_ORIGIN)
                .header("Access-Control-Request-Method", "POST").send();
        Reply write = server.admin().call("POST", "/api/v1/Contact").header("Origin", EVIL_ORIGIN)
                .body("Name=Forged", "application/x-www-form-urlencoded").send();
        Reply lookalike = server.admin().call("GET", "/api/v1/Contact/default")
                .header("Origin", APP_ORIGIN + ".evil.example.net").send();

        for (Reply refused : List.of(preflight, write, lookalike)) {
            assertEquals(400, refused.status(), refused::toString);
            assertTrue(refused.header("Access-Control-Allow-Origin").isEmpty(), refused::toString);
        }
        assertTrue(write.contentType().startsWith("application/problem+json"), write::toString);
    }

    @Test
    void withoutConfiguredOriginsEveryBrowserOriginIsRefused() {
        try (RunningServer plain = RunningServer.start(RunningServer.h2("no-cors"))) {
            Reply preflight = plain.anonymous().call("OPTIONS", "/api/v1/Contact").header("Origin", APP_ORIGIN)
                    .header("Access-Control-Request-Method", "POST").send();
            Reply noOrigin = plain.admin().get("/api/v1/Contact/default");

            assertEquals(400, preflight.status(), preflight::toString);
            assertTrue(preflight.header("Access-Control-Allow-Origin").isEmpty());
            assertEquals(200, noOrigin.status(), "clients that are no browser page send no Origin");
        }
    }

    private Reply awaitReadiness(int status) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Reply reply = anonymous.get("/health/ready");
        while (reply.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reply = anonymous.get("/health/ready");
        }
        assertEquals(status, reply.status(), reply::toString);
        return reply;
    }

    private static Set<String> csv(Reply reply, String header) {
        return Set.of(reply.header(header).orElse("").toLowerCase().split("\\s*,\\s*"));
    }

    private static void assertHasSample(String metrics, String regex) {
        assertTrue(Pattern.compile("(?m)^" + regex).matcher(metrics).find(), () -> "no " + regex + " in\n"
                + metrics.lines().filter(line -> line.startsWith(regex.substring(0, 12))).toList());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
