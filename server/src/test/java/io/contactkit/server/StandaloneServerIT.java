package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command: the shaded jar started as its own process in an empty directory, as on a fresh machine.
 */
class StandaloneServerIT {

    private static final Pattern PASSWORD = Pattern.compile("Created user 'admin' with password (\\S+)");

    @TempDir
    Path workingDirectory;

    private final List<ServerJar> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsStillRunning() {
        started.forEach(ServerJar::close);
    }

    @Test
    void helpPrintsTheOptions() throws Exception {
        ServerJar help = java("--help");

        assertEquals(0, help.exitValue());
        String printed = help.printed();
        for (String option : List.of("--port", "--bind", "--db", "--db-user", "--db-password", "--user", "--token",
                "--enrichment-data", "--slow-ms", "--max-body-bytes", "--auth-failure-limit")) {
            assertTrue(printed.contains(option + " "), printed);
        }
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        ServerJar wrong = java("--colour", "blue");

        assertEquals(2, wrong.exitValue());
        assertTrue(wrong.errors().contains("unknown option --colour"));
    }

    @Test
    void serverStartsOnItsEmbeddedStoreWithAGeneratedAdminAndStopsGracefullyOnSigterm() throws Exception {
        ServerJar server = java("--port", "0", "--slow-ms", "0");
        String password = server.awaitMatch(PASSWORD);
        URI base = server.awaitBaseUrl();
        ApiClient admin = new ApiClient(base).asUser("admin", password);

        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Persisted\"}");
        assertEquals(200, created.status(), created::toString);
        assertEquals(401, new ApiClient(base).asUser("admin", "guess").get("/api/v1/Contact/default").status());

        try (Socket inFlight = new Socket(base.getHost(), base.getPort())) {
            byte[] body = "{\"Name\":\"In flight\"}".getBytes(StandardCharsets.UTF_8);
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST /api/v1/Contact HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: "
                    + ApiClient.basic("admin", password) + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 8);
            out.flush();
            Thread.sleep(500);
            server.process().destroy(); // SIGTERM, while the request waits for the rest of its body
            Thread.sleep(500);
            out.write(body, 8, body.length - 8);
            out.flush();
            String response = new String(inFlight.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200 "), response);
            assertTrue(response.contains("\"Name\":\"In flight\""), response);
        }
        assertTrue(server.process().waitFor(60, TimeUnit.SECONDS));
        assertTrue(server.errors().contains("slow request: POST /api/v1/Contact took"), server::errors);
        assertTrue(server.errors().contains("ContactKit stopped"), server::errors);
        assertTrue(Files.isDirectory(workingDirectory.resolve("contactkit-data")));

        ServerJar again = java("--port", "0", "--user", "ada:second-start");
        ApiClient ada = new ApiClient(again.awaitBaseUrl()).asUser("ada", "second-start");
        Reply kept = ada.get("/api/v1/Contact/" + created.json().get("ContactId"));
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("Persisted", kept.json().get("Name"));
        assertFalse(again.printed().contains("Created user"), again::printed);
    }

    private ServerJar java(String... args) {
        ServerJar jar = ServerJar.start(workingDirectory, args);
        started.add(jar);
        return jar;
    }
}
