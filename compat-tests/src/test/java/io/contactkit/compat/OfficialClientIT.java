package io.contactkit.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * SuperOffice's official TypeScript client, {@code @superoffice/webapi} as {@code src/test/node/package-lock.json}
 * pins it, installed with {@code npm ci} into this module's build folder, drives the real server jar through every
 * contact-entity call of {@code ContactRestApi} and {@code ContactAgent} ({@code src/test/node/compat.js}). The
 * script prints one line per call; any failed call fails the build. Where Node.js and npm are missing, it says so
 * and is skipped.
 */
class OfficialClientIT {

    private static final Pattern BASE_URL = Pattern.compile("ContactKit serves (http://\\S+)/api/v1");
    private static final String USER = "compat";
    private static final Duration INSTALL_TIME = Duration.ofMinutes(10);
    private static final Duration SUITE_TIME = Duration.ofMinutes(5);

    private final Path work = Path.of(System.getProperty("contactkit.work"));

    @Test
    void officialClientCompletesEveryContactEntityCall() throws Exception {
        requireTool("node");
        requireTool("npm");
        Path client = installClient();
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path serverDirectory = emptied(work.resolve("server"));
        Process server = new ProcessBuilder(List.of(java(), "-jar", System.getProperty("contactkit.server.jar"),
                "--port", "0", "--user", USER + ":" + password))
                .directory(serverDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(serverDirectory.resolve("server.log").toFile())
                .start();
        try {
            URI baseUrl = awaitBaseUrl(server, serverDirectory.resolve("server.log"));
            ProcessBuilder suite = new ProcessBuilder(List.of("node", "compat.js")).directory(client.toFile())
                    .redirectErrorStream(true);
            suite.environment().putAll(Map.of(
                    "COMPAT_URL", baseUrl + "/",
                    "COMPAT_USER", USER,
                    "COMPAT_PASSWORD", password,
                    "COMPAT_SEEDS", System.getProperty("contactkit.seeds")));
            int exit = run(suite, SUITE_TIME, true);
            assertEquals(0, exit, "a call of the official client failed (lines marked FAIL above)");
        } finally {
            stop(server);
        }
    }

    /** The client and the script in {@code target/compat/client}, installed exactly as the lock file pins them. */
    private Path installClient() throws IOException, InterruptedException {
        Path sources = Path.of(System.getProperty("contactkit.node.sources"));
        Path client = Files.createDirectories(work.resolve("client"));
        for (String file : List.of("package.json", "package-lock.json", "compat.js")) {
            Files.copy(sources.resolve(file), client.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        int exit = run(new ProcessBuilder(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"))
                .directory(client.toFile()).redirectErrorStream(true), INSTALL_TIME, false);
        assertEquals(0, exit, "npm ci could not install the pinned @superoffice/webapi (output above)");
        return client;
    }

    /** The folder, created or emptied: each run's server starts on a store of its own. */
    private static Path emptied(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /** Skips the suite, saying why, where a tool it needs is not on the PATH. */
    private static void requireTool(String tool) throws InterruptedException {
        boolean found;
        try {
            Process version = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            found = version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException notThere) {
            found = false;
        }
        if (!found) {
            String message = tool + " is not on the PATH: the compatibility suite with SuperOffice's official client"
                    + " (@superoffice/webapi) needs Node.js and npm, and is skipped";
            System.out.println(message);
        }
        Assumptions.assumeTrue(found, tool + " is not on the PATH");
    }

    /** Runs a process to its end, printing its output as it comes (every line, or only a failure's tail). */
    private static int run(ProcessBuilder builder, Duration limit, boolean printEveryLine)
            throws IOException, InterruptedException {
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(process, lines, printEveryLine), "compat-output");
        reader.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join();
            throw new AssertionError(String.join(" ", builder.command()) + " did not end within " + limit + ": "
                    + String.join(System.lineSeparator(), lines));
        }
        reader.join();
        if (process.exitValue() != 0 && !printEveryLine) {
            lines.forEach(System.out::println);
        }
        return process.exitValue();
    }

    private static void readLines(Process process, List<String> lines, boolean print) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (print) {
                    System.out.println(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI awaitBaseUrl(Process server, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            boolean alive = server.isAlive();
            Matcher matcher = BASE_URL.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return URI.create(matcher.group(1));
            }
            if (!alive) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server jar did not start: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** SIGTERM, which the server answers with a graceful stop; forcibly if it does not end. */
    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
