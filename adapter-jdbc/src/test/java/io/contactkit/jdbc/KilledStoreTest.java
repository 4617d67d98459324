package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 store killed with SIGKILL while a write of many rows and many small commits run side by side, and opened again
 * on its files as a restarted server opens them: every write the store returned from is there, whole, to every
 * transaction that reads it.
 */
class KilledStoreTest {

    /**
     * A restarted H2 numbers its transactions from 1 again, and a row the killed process left half-written shows only
     * to the transaction that gets its writer's number: this many read at once, each under a number of its own.
     */
    private static final int READING_TRANSACTIONS = 16;
    private static final int ROUNDS_BEFORE_THE_KILL = 100;
    private static final Pattern ROUND = Pattern.compile("round-(\\d+)-\\d+@dare\\.example");

    /** Kept when the test fails, with the database and the writer's errors. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    @Test
    void everyWriteReturnedBeforeTheKillIsWholeToEveryTransactionAfterTheRestart() throws Exception {
        Map<Integer, Integer> rewrittenToRound = new HashMap<>();
        Map<Integer, String> inserted = new HashMap<>();
        Map<String, Integer> rewrittenIds = new HashMap<>();
        for (String line : killedUnderLoad()) {
            String[] words = line.split(" ", 3);
            switch (words[0]) {
                case "rewritten" -> rewrittenIds.put(words[1], Integer.valueOf(words[2]));
                case "round" -> rewrittenToRound.put(rewrittenIds.get(words[1]), Integer.valueOf(words[2]));
                default -> inserted.put(Integer.valueOf(words[1]), words[2]);
            }
        }

        try (JdbcStore store = JdbcStore.open(JdbcSettings.embedded(directory)
                .withPoolSize(READING_TRANSACTIONS))) {
            List<Handle> readers = new ArrayList<>();
            try {
                for (int i = 0; i < READING_TRANSACTIONS; i++) {
                    Handle reader = store.jdbi().open();
                    readers.add(reader);
                    reader.begin();
                    rewrittenToRound.forEach((id, round) -> assertOneRound(reader, id, round));
                    assertInserted(reader, inserted);
                }
            } finally {
                readers.forEach(reader -> reader.rollback().close());
            }
        }
    }

    /** Starts the writer, waits for its rounds and kills it; what it printed until then. */
    private List<String> killedUnderLoad() throws IOException, InterruptedException {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreUnderWriteLoad.class.getName(),
                directory.toString())
                .redirectError(directory.resolve("writer-errors.txt").toFile()).start();
        List<String> printed = new CopyOnWriteArrayList<>();
        Thread reading = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    printed.add(line);
                }
            } catch (IOException killed) {
                // the stream ends with the process; what it printed before is all there is
            }
        });
        reading.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (writer.isAlive() && rounds(printed) < ROUNDS_BEFORE_THE_KILL
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        boolean wasWriting = writer.isAlive();
        writer.destroyForcibly();
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        reading.join();
        assertTrue(wasWriting && rounds(printed) >= ROUNDS_BEFORE_THE_KILL,
                () -> "the writer did not get through " + ROUNDS_BEFORE_THE_KILL + " rounds; see " + directory);
        return printed;
    }

    /** The contact holds the addresses of one round: the last the store returned from, or a later one. */
    private void assertOneRound(Handle reader, int contactId, int lastRound) {
        List<String> emails = reader.createQuery("SELECT element_value FROM contact_element"
                        + " WHERE contact_id = :id AND kind = 'email'")
                .bind("id", contactId).mapTo(String.class).list();
        List<Integer> rounds = emails.stream().map(KilledStoreTest::round).distinct().toList();
        assertTrue(emails.size() == StoreUnderWriteLoad.EMAILS && rounds.size() == 1 && rounds.get(0) >= lastRound,
                () -> "contact " + contactId + " holds " + emails.size() + " addresses of rounds " + rounds
                        + " after round " + lastRound + " returned; the database is kept in " + directory);
    }

    private void assertInserted(Handle reader, Map<Integer, String> inserted) {
        Map<Integer, String> names = new HashMap<>();
        reader.createQuery("SELECT id, name FROM contact").map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .forEach(row -> names.put(row.getKey(), row.getValue()));
        inserted.forEach((id, name) -> assertEquals(name, names.get(id), () -> "inserted contact " + id
                + "; the database is kept in " + directory));
    }

    private static long rounds(List<String> printed) {
        return printed.stream().filter(line -> line.startsWith("round ")).count();
    }

    /** The round an address was written in, or -1 for one no round wrote. */
    private static int round(String email) {
        Matcher round = ROUND.matcher(email);
        return round.matches() ? Integer.parseInt(round.group(1)) : -1;
    }
}
