package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The users and tokens commands against an H2 file database, then the server on it: what the commands did is what
 * the server admits. Passwords come from standard input or a named environment variable, never from the arguments.
 */
class IdentityCommandsTest {

    @TempDir
    Path directory;

    private final Map<String, String> environment = Map.of("RITA_PASSWORD", "rita-from-env-1");
    private String printed;
    private String complained;

    @Test
    void usersAddedListedChangedAndRemovedAreWhatTheServerAdmits() {
        assertEquals(0, run("ada-Secret-1\n", "users", "add", "ada", "--role", "admin"), complained);
        assertEquals(0, run("", "users", "add", "rita", "--role", "readonly", "--associate", "7",
                "--password-env", "RITA_PASSWORD"), complained);
        assertEquals(0, run("", "users", "list"), complained);
        List<String> listed = printed.lines().toList();

        assertEquals(List.of("NAME                           ROLE      ASSOCIATE",
                "ada                            admin     1",
                "rita                           readonly  7"), listed);
        try (RunningServer server = server()) {
            assertEquals(200, server.anonymous().asUser("ada", "ada-Secret-1").get("/api/v1/Contact/default")
                    .status());
            assertEquals(403, server.anonymous().asUser("rita", "rita-from-env-1").postJson("/api/v1/Contact",
                    "{\"Name\":\"Refused\"}").status());
            assertFalse(server.printed().contains("Created user"), "users exist: no admin is created");
        }

        assertEquals(0, run("ada-Secret-2\n", "users", "passwd", "ada"), complained);
        assertEquals(0, run("", "users", "remove", "rita"), complained);
        try (RunningServer server = server()) {
            ApiClient anonymous = server.anonymous();
            assertEquals(401, anonymous.asUser("ada", "ada-Secret-1").get("/api/v1/Contact/default").status());
            assertEquals(200, anonymous.asUser("ada", "ada-Secret-2").get("/api/v1/Contact/default").status());
            assertEquals(401, anonymous.asUser("rita", "rita-from-env-1").get("/api/v1/Contact/default").status());
        }
    }

    @Test
    void aTokenIsPrintedOnceAndWorksUntilRemoved() {
        assertEquals(0, run("", "tokens", "add", "deploy", "--role", "readonly"), complained);
        String token = printed.strip();
        assertEquals(0, run("", "tokens", "list"), complained);
        String listed = printed;

        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertTrue(listed.contains("deploy") && listed.contains("readonly"), listed);
        assertFalse(listed.contains(token), "the list shows the start of the digest, never the token");
        try (RunningServer server = server("--user", "ada:ada-Secret-1")) {
            assertEquals(200, server.anonymous().as("Bearer " + token).get("/api/v1/Contact/default").status());
        }
        assertEquals(0, run("", "tokens", "remove", "deploy"), complained);
        try (RunningServer server = server()) {
            assertEquals(401, server.anonymous().as("Bearer " + token).get("/api/v1/Contact/default").status());
        }
    }

    @Test
    void mistakesAreRefusedAndChangeNothing() {
        assertEquals(2, run("", "users", "add", "ada"));
        assertTrue(complained.startsWith("users add needs --role admin or --role readonly"), complained);
        assertEquals(2, run("", "users", "rename", "ada"));
        assertTrue(complained.startsWith("unknown command users rename"), complained);
        assertEquals(2, run("", "users", "add", "ada", "--role", "owner"));
        assertEquals(1, run("short\n", "users", "add", "ada", "--role", "admin"));
        assertTrue(complained.contains("at least 8 characters"), complained);
        assertEquals(1, run("", "users", "add", "ada", "--role", "admin", "--password-env", "UNSET_VARIABLE"));
        assertEquals(1, run("", "users", "add", "a:b", "--role", "admin", "--password-env", "RITA_PASSWORD"));
        assertTrue(complained.contains("cannot hold ':'"), complained);
        assertEquals(1, run("", "users", "remove", "nobody"));
        assertEquals("no user named nobody", complained.strip());
        assertEquals(0, run("", "users", "list"));

        assertEquals(List.of("NAME                           ROLE      ASSOCIATE"), printed.lines().toList());
    }

    @Test
    void aNameCannotBeAddedTwice() {
        assertEquals(0, run("first-password\n", "users", "add", "ada", "--role", "admin"));
        assertEquals(1, run("second-password\n", "users", "add", "ada", "--role", "readonly"));
        assertEquals("a user named ada exists already", complained.strip());
        assertEquals(0, run("", "tokens", "add", "ci", "--role", "admin"));
        assertEquals(1, run("", "tokens", "add", "ci", "--role", "admin"));
        assertEquals("", printed, "no second token is shown");
    }

    private int run(String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--db-url", databaseUrl()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new IdentityCommands(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment).run(command.toArray(String[]::new));
        printed = out.toString(StandardCharsets.UTF_8);
        complained = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private RunningServer server(String... more) {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--db-url", databaseUrl()));
        args.addAll(List.of(more));
        return RunningServer.startExactly(args);
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + directory.resolve("contactkit").toAbsolutePath();
    }
}
