package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.server.testing.RawHttp;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes behind one imagined load balancer, on one PostgreSQL, configured as the README says: one
 * from a --config file, one from the environment, the database password from a file, users and tokens by the
 * commands. What one node issues the other honours; what one node (or a command) ends, every node stops honouring
 * within the identity cache TTL (1 s here). The limit on wrong passwords is each node's own, as the README states.
 * No password, token or ticket is on any process's command line.
 */
class TwoNodesIT {

    private static final Pattern ADMIN_PASSWORD = Pattern.compile("Created user 'admin' with password (\\S+)");
    private static final String DB_PASSWORD = "db-pw-3c9a1e7f";
    private static final String RITA_PASSWORD = "rita-Secret-7";
    private static final String VICTOR_PASSWORD = "victor-Secret-4";
    /** Well beyond the 1 s TTL and the slowest of requests on a busy machine. */
    private static final Duration WITHIN_TTL = Duration.ofSeconds(10);

    @TempDir
    Path workingDirectory;

    private EmbeddedPostgresDatabase postgres;
    private final List<ServerJar> started = new ArrayList<>();
    private Map<String, String> databaseEnvironment;

    @BeforeEach
    void startDatabase() throws Exception {
        postgres = EmbeddedPostgresDatabase.start();
        Path passwordFile = Files.writeString(workingDirectory.resolve("db-password"), DB_PASSWORD + "\n");
        databaseEnvironment = Map.of("CONTACTKIT_DB_URL", postgres.jdbcUrl(), "CONTACTKIT_DB_USER", "postgres",
                "CONTACTKIT_DB_PASSWORD_FILE", passwordFile.toString());
    }

    @AfterEach
    void stopEverything() {
        started.forEach(ServerJar::close);
        postgres.close();
    }

    @Test
    void twoNodesShareUsersTokensAndSessionsAndEndThemTogether() throws Exception {
        Path config = Files.writeString(workingDirectory.resolve("node-a.properties"), String.join("\n",
                "port=0", "db-url=" + postgres.jdbcUrl(), "db-user=postgres",
                "db-password-file=" + workingDirectory.resolve("db-password"), "identity-cache-ttl=1",
                "auth-failure-limit=3"));
        ServerJar nodeA = node(Map.of(), "--config", config.toString());
        String adminPassword = nodeA.awaitMatch(ADMIN_PASSWORD);
        ApiClient a = new ApiClient(nodeA.awaitBaseUrl());
        ServerJar nodeB = node(databaseEnvironment, "--port", "0", "--identity-cache-ttl", "1",
                "--auth-failure-limit", "3");
        ApiClient b = new ApiClient(nodeB.awaitBaseUrl());

        assertFalse(nodeB.printed().contains("Created user"), "admin is created once: " + nodeB.printed());

        Map<String, Object> admin = a.asUser("admin", adminPassword).call("POST", "/api/v1/Authentication/SignIn")
                .send().json();
        String ticket = (String) admin.get("Ticket");
        String xsrf = (String) admin.get("XsrfToken");
        assertEquals(200, b.as("SoTicket " + ticket).get("/api/v1/Contact/default").status());
        Reply byCookieOnB = b.call("POST", "/api/v1/Contact")
                .header("Cookie", "ContactKitSession=" + ticket + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
                .body("{\"Name\":\"Signed in on A, saved on B\"}", "application/json").send();
        assertEquals(200, byCookieOnB.status(), byCookieOnB::toString);

        command(RITA_PASSWORD + "\n", "users", "add", "rita", "--role", "readonly");
        String token = command("", "tokens", "add", "ci", "--role", "admin").printed().strip();
        assertEquals(200, a.asUser("rita", RITA_PASSWORD).get("/api/v1/Contact/default").status());
        assertEquals(403, b.asUser("rita", RITA_PASSWORD).postJson("/api/v1/Contact", "{\"Name\":\"No\"}").status());
        assertEquals(200, a.as("Bearer " + token).get("/api/v1/Contact/default").status());
        assertEquals(200, b.as("Bearer " + token).get("/api/v1/Contact/default").status());

        String ritasTicket = (String) b.asUser("rita", RITA_PASSWORD).call("POST", "/api/v1/Authentication/SignIn")
                .send().json().get("Ticket");
        assertEquals(200, a.as("SoTicket " + ritasTicket).get("/api/v1/Contact/default").status());
        command("", "users", "remove", "rita");
        command("", "tokens", "remove", "ci");
        awaitStatus(401, () -> a.as("SoTicket " + ritasTicket).get("/api/v1/Contact/default"));
        awaitStatus(401, () -> b.as("SoTicket " + ritasTicket).get("/api/v1/Contact/default"));
        awaitStatus(401, () -> a.as("Bearer " + token).get("/api/v1/Contact/default"));
        assertEquals(401, a.asUser("rita", RITA_PASSWORD).get("/api/v1/Contact/default").status());
        assertEquals(401, b.asUser("rita", RITA_PASSWORD).get("/api/v1/Contact/default").status());

        assertEquals(204, b.as("SoTicket " + ticket).call("POST", "/api/v1/Authentication/SignOut").send().status());
        awaitStatus(401, () -> a.as("SoTicket " + ticket).get("/api/v1/Contact/default"));

        eachNodeLimitsWrongPasswordsByItself(nodeA.awaitBaseUrl(), nodeB.awaitBaseUrl());

        for (ServerJar node : List.of(nodeA, nodeB)) {
            String commandLine = node.commandLineAsOthersSeeIt();
            for (String secret : List.of(DB_PASSWORD, adminPassword, RITA_PASSWORD, token, ticket)) {
                assertFalse(commandLine.contains(secret), commandLine);
            }
        }
    }

    /**
     * Three wrong passwords for victor on node A: A refuses victor for a while, even with the right password from
     * another address; node B has counted none of them and lets him in.
     */
    private void eachNodeLimitsWrongPasswordsByItself(URI a, URI b) throws Exception {
        command(VICTOR_PASSWORD + "\n", "users", "add", "victor", "--role", "readonly");
        InetAddress guesser = InetAddress.getByName("127.0.0.9");
        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            guesses.add(RawHttp.send(a, guesser, RawHttp.get(a, "/api/v1/Contact/default",
                    ApiClient.basic("victor", "guess-" + i))).status());
        }

        assertEquals(List.of(401, 401, 401, 429), guesses);
        assertEquals(429, RawHttp.send(a, InetAddress.getByName("127.0.0.10"), RawHttp.get(a,
                "/api/v1/Contact/default", ApiClient.basic("victor", VICTOR_PASSWORD))).status());
        assertEquals(200, new ApiClient(b).asUser("victor", VICTOR_PASSWORD).get("/api/v1/Contact/default").status());
        assertEquals(401, new ApiClient(b).asUser("victor", "guess-on-b").get("/api/v1/Contact/default").status());
    }

    private ServerJar node(Map<String, String> environment, String... args) {
        ServerJar node = ServerJar.start(workingDirectory, environment, args);
        started.add(node);
        return node;
    }

    private ServerJar command(String stdin, String... args) throws Exception {
        ServerJar run = ServerJar.run(workingDirectory, stdin, databaseEnvironment, args);
        assertEquals(0, run.exitValue(), run::errors);
        return run;
    }

    private static void awaitStatus(int status, Supplier<Reply> request) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN_TTL.toNanos();
        Reply reply = request.get();
        while (reply.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reply = request.get();
        }
        assertEquals(status, reply.status(), reply::toString);
    }
}
