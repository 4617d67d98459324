package io.contactkit.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command: the shaded jar started as its own process in an empty directory, as on a fresh machine.
 */
class StandaloneServerIT {

    private static final Pattern BASE_URL = Pattern.compile("ContactKit serves (http://\\S+)/api/v1");
    private static final Pattern PASSWORD = Pattern.compile("Created user 'admin' with password (\\S+)");

    @TempDir
    Path workingDirectory;

    private final List<Process> started = new ArrayList<>();

    /** A failed test must not leave a server running. */
    @AfterEach
    void stopWhatIsStillRunning() {
        started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }

    @Test
    void helpPrintsTheOptions() throws Exception {
        Process help = java("--help");

        assertTrue(help.waitFor(60, TimeUnit.SECONDS));
        String printed = outputOf(help).printed();
        assertEquals(0, help.exitValue());
        for (String option : List.of("--port", "--bind", "--db", "--db-user", "--db-password", "--user", "--token",
                "--enrichment-data", "--slow-ms", "--max-body-bytes", "--auth-failure-limit")) {
            assertTrue(printed.contains(option + " "), printed);
        }
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Process wrong = java("--colour", "blue");

        assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, wrong.exitValue());
        assertTrue(outputOf(wrong).errors().contains("unknown option --colour"));
    }

    @Test
    void serverStartsOnItsEmbeddedStoreWithAGeneratedAdminAndStopsGracefullyOnSigterm() throws Exception {
        Process server = java("--port", "0", "--slow-ms", "0");
        Output output = outputOf(server);
        String password = output.awaitMatch(PASSWORD);
        URI base = URI.create(output.awaitMatch(BASE_URL));
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
            server.destroy(); // SIGTERM, while the request waits for the rest of its body
            Thread.sleep(500);
            out.write(body, 8, body.length - 8);
            out.flush();
            String response = new String(inFlight.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200 "), response);
            assertTrue(response.contains("\"Name\":\"In flight\""), response);
        }
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        assertTrue(output.errors().contains("slow request: POST /api/v1/Contact took"), output::errors);
        assertTrue(output.errors().contains("ContactKit stopped"), output::errors);
        assertTrue(Files.isDirectory(workingDirectory.resolve("contactkit-data")));

        Process again = java("--port", "0", "--user", "ada:second-start");
        Output againOutput = outputOf(again);
        ApiClient ada = new ApiClient(URI.create(againOutput.awaitMatch(BASE_URL))).asUser("ada", "second-start");
        Reply kept = ada.get("/api/v1/Contact/" + created.json().get("ContactId"));
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("Persisted", kept.json().get("Name"));
        assertFalse(againOutput.printed().contains("Created user"), againOutput::printed);
    }

    /** The jar run in the working directory, its output going to files beside it. */
    private Process java(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("contactkit.server.jar")));
        command.addAll(List.of(args));
        int run = started.size();
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(workingDirectory.resolve("out-" + run + ".txt").toFile())
                .redirectError(workingDirectory.resolve("err-" + run + ".txt").toFile())
                .start();
        started.add(process);
        return process;
    }

    private Output outputOf(Process process) {
        int run = started.indexOf(process);
        return new Output(workingDirectory.resolve("out-" + run + ".txt"),
                workingDirectory.resolve("err-" + run + ".txt"));
    }

    /** A process's standard output and error, as written to files while it runs. */
    private record Output(Path printedFile, Path errorsFile) {

        String printed() {
            return read(printedFile);
        }

        String errors() {
            return read(errorsFile);
        }

        /** The first group of the pattern's first match in standard output, waiting up to a minute for it. */
        String awaitMatch(Pattern pattern) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = pattern.matcher(printed());
                if (matcher.find()) {
                    return matcher.group(1);
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no " + pattern + " in " + printed() + System.lineSeparator() + errors());
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
