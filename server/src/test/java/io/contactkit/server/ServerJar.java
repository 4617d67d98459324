package io.contactkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shaded server jar (system property {@code contactkit.server.jar}, set by failsafe) run as a process of its own
 * in a working directory, as on a fresh machine; its standard output and error go to files there.
 */
final class ServerJar implements AutoCloseable {

    private static final Pattern BASE_URL = Pattern.compile("ContactKit serves (http://\\S+)/api/v1");

    private final Process process;
    private final Path printedFile;
    private final Path errorsFile;

    private ServerJar(Process process, Path printedFile, Path errorsFile) {
        this.process = process;
        this.printedFile = printedFile;
        this.errorsFile = errorsFile;
    }

    /** Starts {@code java -jar contactkit-server.jar ARGS}; each run in a directory writes files of its own. */
    static ServerJar start(Path workingDirectory, String... args) {
        return start(workingDirectory, Map.of(), args);
    }

    /** The same, with these variables in its environment besides the test's own. */
    static ServerJar start(Path workingDirectory, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("contactkit.server.jar")));
        command.addAll(List.of(args));
        try {
            int run = 0;
            while (Files.exists(workingDirectory.resolve("out-" + run + ".txt"))) {
                run++;
            }
            Path printed = workingDirectory.resolve("out-" + run + ".txt");
            Path errors = workingDirectory.resolve("err-" + run + ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(printed.toFile()).redirectError(errors.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ServerJar(process, printed, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command of the jar ({@code users add ...}) to its end, with the text on its standard input.
     *
     * @return the finished run, for its exit value and output
     */
    static ServerJar run(Path workingDirectory, String stdin, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        ServerJar jar = start(workingDirectory, environment, args);
        try (var in = jar.process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        jar.exitValue();
        return jar;
    }

    Process process() {
        return process;
    }

    /** The command line the process runs with, as ps shows it to every user of the machine. */
    String commandLineAsOthersSeeIt() {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end by itself. */
    int exitValue() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not end within a minute: " + errors());
        }
        return process.exitValue();
    }

    String printed() {
        return read(printedFile);
    }

    String errors() {
        return read(errorsFile);
    }

    /** Where the server answers, once it printed that it does. */
    URI awaitBaseUrl() throws InterruptedException {
        return URI.create(awaitMatch(BASE_URL));
    }

    /** The first group of the pattern's first match in standard output, waiting up to a minute for it. */
    String awaitMatch(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            boolean alive = process.isAlive();
            Matcher matcher = pattern.matcher(printed());
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (!alive) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + pattern + " in " + printed() + System.lineSeparator() + errors());
    }

    /** A failed test must not leave a server running. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
