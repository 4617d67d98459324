package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first steps on the embedded store, with a restart in between: the admin created at the first start,
 * a user and a token added by the commands while the server was stopped, and a session signed in before the stop
 * all work after it, and no second admin is made. The log is one format throughout.
 */
class IdentitiesSurviveRestartIT {

    private static final Pattern ADMIN_PASSWORD = Pattern.compile("Created user 'admin' with password (\\S+)");
    private static final String RITA_PASSWORD = "rita-Secret-9";

    @TempDir
    Path workingDirectory;

    @Test
    void aRestartKeepsEveryUserTokenAndSession() throws Exception {
        String adminPassword;
        Map<String, Object> session;
        try (ServerJar first = ServerJar.start(workingDirectory, "--port", "0")) {
            adminPassword = first.awaitMatch(ADMIN_PASSWORD);
            ApiClient anonymous = new ApiClient(first.awaitBaseUrl());
            Reply signedIn = anonymous.asUser("admin", adminPassword).call("POST", "/api/v1/Authentication/SignIn")
                    .send();
            assertEquals(200, signedIn.status(), signedIn::toString);
            session = signedIn.json();
            stop(first);
        }
        ServerJar addRita = ServerJar.run(workingDirectory, RITA_PASSWORD + "\n", Map.of(), "users", "add", "rita",
                "--role", "readonly");
        ServerJar addToken = ServerJar.run(workingDirectory, "", Map.of(), "tokens", "add", "ci", "--role", "admin");
        assertEquals(0, addRita.exitValue(), addRita::errors);
        assertEquals(0, addToken.exitValue(), addToken::errors);
        String token = addToken.printed().strip();

        try (ServerJar again = ServerJar.start(workingDirectory, "--port", "0", "--user", "demo:demo-Secret-5")) {
            URI base = again.awaitBaseUrl();
            ApiClient anonymous = new ApiClient(base);
            String ticket = (String) session.get("Ticket");
            String xsrf = (String) session.get("XsrfToken");

            Reply byPassword = anonymous.asUser("admin", adminPassword).get("/api/v1/Contact/default");
            Reply byTicket = anonymous.as("SoTicket " + ticket).postJson("/api/v1/Contact", "{\"Name\":\"Ticketed\"}");
            Reply byCookie = anonymous.call("POST", "/api/v1/Contact")
                    .header("Cookie", "ContactKitSession=" + ticket + "; XSRF-TOKEN=" + xsrf)
                    .header("X-XSRF-TOKEN", xsrf).body("{\"Name\":\"Cookied\"}", "application/json").send();
            Reply reader = anonymous.asUser("rita", RITA_PASSWORD).postJson("/api/v1/Contact", "{\"Name\":\"No\"}");
            Reply byToken = anonymous.as("Bearer " + token).get("/api/v1/Contact/default");
            Reply demo = anonymous.asUser("demo", "demo-Secret-5").get("/api/v1/Contact/default");

            assertEquals(200, byPassword.status(), byPassword::toString);
            assertEquals(200, byTicket.status(), byTicket::toString);
            assertEquals(200, byCookie.status(), byCookie::toString);
            assertEquals(403, reader.status(), "rita is known, and read-only: " + reader);
            assertEquals(200, byToken.status(), byToken::toString);
            assertEquals(200, demo.status(), demo::toString);
            stop(again);
            String log = again.errors();
            assertFalse(again.printed().contains("Created user"), again::printed);
            assertTrue(Pattern.compile("schema version [1-9][0-9]*, 0 migration\\(s\\) applied").matcher(log).find(),
                    "a start that migrates nothing names the schema's version: " + log);
            assertTrue(log.contains("WARN io.contactkit.server.ContactKitServer - --user on the command line is"
                    + " visible to every user of this machine"), log);
            assertOneLogFormat(log);
        }
    }

    /** Every line SLF4J's format (time, thread, level, logger), Hibernate Validator's java.util.logging too. */
    private static void assertOneLogFormat(String log) {
        Pattern slf4j = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"
                + " \\[[^]]+] (INFO|WARN|ERROR) \\S+ - .*");
        assertTrue(log.lines().anyMatch(line -> line.contains("org.hibernate.validator") && line.contains("HV000001")),
                log);
        log.lines().forEach(line -> assertTrue(slf4j.matcher(line).matches(), () -> "not SLF4J's format: " + line
                + System.lineSeparator() + log));
    }

    private static void stop(ServerJar server) throws InterruptedException {
        server.process().destroy();
        assertTrue(server.process().waitFor(60, TimeUnit.SECONDS));
    }
}
