package io.contactkit.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
        String printed = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, help.exitValue());
        for (String option : List.of("--port", "--bind", "--db", "--db-user", "--db-password", "--user", "--token",
                "--enrichment-data", "--slow-ms", "--max-body-bytes")) {
            assertTrue(printed.contains(option + " "), printed);
        }
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Process wrong = java("--colour", "blue");

        assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, wrong.exitValue());
        assertTrue(new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                .contains("unknown option --colour"));
    }

    @Test
    void serverStartsOnItsEmbeddedStoreWithAGeneratedAdminAndStopsGracefullyOnSigterm() throws Exception {
        Process server = java("--port", "0", "--slow-ms", "0");
        Output output = Output.of(server);
        String password = output.awaitMatch(PASSWORD);
        URI base = URI.create(output.awaitMatch(BASE_URL));
        ApiClient admin = new ApiClient(base).asUser("admin", password);

        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Persisted\"}");
        assertEquals(200, created.status(), created::toString);
        assertEquals(401, new ApiClient(base).asUser("admin", "guess").get("/api/v1/Contact/default").status());

        PipedOutputStream bodyWriter = new PipedOutputStream();
        PipedInputStream bodyReader = new PipedInputStream(bodyWriter);
        CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> admin.call("POST", "/api/v1/Contact")
                .streamedBody(HttpRequest.BodyPublishers.ofInputStream(() -> bodyReader), "application/json")
                .send());
        write(bodyWriter, "{\"Name\":");
        Thread.sleep(500);
        server.destroy(); // SIGTERM
        Thread.sleep(500);
        write(bodyWriter, "\"In flight\"}");
        bodyWriter.close();

        Reply finished = inFlight.get(60, TimeUnit.SECONDS);
        assertEquals(200, finished.status(), finished::toString);
        assertEquals("In flight", finished.json().get("Name"));
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        assertTrue(output.errors().contains("slow request: POST /api/v1/Contact took"), output::errors);
        assertTrue(output.errors().contains("ContactKit stopped"), output::errors);
        assertTrue(Files.isDirectory(workingDirectory.resolve("contactkit-data")));

        Process again = java("--port", "0", "--user", "ada:second-start");
        Output againOutput = Output.of(again);
        ApiClient ada = new ApiClient(URI.create(againOutput.awaitMatch(BASE_URL))).asUser("ada", "second-start");
        Reply kept = ada.get("/api/v1/Contact/" + created.json().get("ContactId"));
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("Persisted", kept.json().get("Name"));
        assertFalse(againOutput.printed().contains("Created user"), againOutput::printed);
    }

    private Process java(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("contactkit.server.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        started.add(process);
        return process;
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A process's standard output and error, collected as it runs. */
    private static final class Output {

        private final StringBuffer printed = new StringBuffer();
        private final StringBuffer errors = new StringBuffer();

        static Output of(Process process) {
            Output output = new Output();
            collect(process.getInputStream(), output.printed);
            collect(process.getErrorStream(), output.errors);
            return output;
        }

        String printed() {
            return printed.toString();
        }

        String errors() {
            return errors.toString();
        }

        /** The first group of the pattern's first match in standard output, waiting up to a minute for it. */
        String awaitMatch(Pattern pattern) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = pattern.matcher(printed);
                if (matcher.find()) {
                    return matcher.group(1);
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no " + pattern + " in " + printed + System.lineSeparator() + errors);
        }

        private static void collect(InputStream stream, StringBuffer into) {
            Thread reader = new Thread(() -> {
                try {
                    byte[] buffer = new byte[4096];
                    for (int n; (n = stream.read(buffer)) > 0; ) {
                        into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    into.append(e);
                }
            });
            reader.setDaemon(true);
            reader.start();
        }
    }
}
