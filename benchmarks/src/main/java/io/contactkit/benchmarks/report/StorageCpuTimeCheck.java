package io.contactkit.benchmarks.report;

import io.contactkit.benchmarks.Samples;
import io.contactkit.benchmarks.storage.Database;
import io.contactkit.benchmarks.storage.RawJdbcContacts;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.jdbc.JdbcStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The storage row's cross-check, like {@link CpuTimeCheck}: save and load of the ten-element contact, the store's
 * repository against {@code RawJdbcContacts}, each run in turn on one thread for a few rounds on each database.
 * Counted in operations per second of the measuring thread's CPU time, and per second of wall-clock time. On H2 the
 * database runs in the measuring thread, so its CPU time holds the whole job; a PostgreSQL server works in processes
 * of its own, so there the CPU figure counts only the client's share and the wall-clock one the round trips too.
 *
 * <p>Usage: {@code java -cp contactkit-benchmarks.jar io.contactkit.benchmarks.report.StorageCpuTimeCheck
 * [seconds [H2|POSTGRESQL ...]]}
 */
public final class StorageCpuTimeCheck {

    private static final int ROUNDS = 3;

    /** Where the jobs' results go, so that the JIT cannot drop the work. */
    private static volatile long consumed;

    private StorageCpuTimeCheck() {
    }

    public static void main(String[] args) throws SQLException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3;
        List<Database> databases = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            databases.add(Database.valueOf(args[i]));
        }
        if (databases.isEmpty()) {
            databases.addAll(List.of(Database.values()));
        }
        for (Database database : databases) {
            check(database, seconds);
        }
    }

    private static void check(Database database, long seconds) throws SQLException {
        ContactEntity contact = Samples.contactWithTenElements();
        try (Database.Running running = database.start();
             JdbcStore store = JdbcStore.open(running.settings());
             RawJdbcContacts raw = new RawJdbcContacts(running.settings())) {
            ContactRepository repository = store.contacts();
            int storedId = repository.insert(contact).entity().contactId();
            int rawId = raw.save(contact);
            Map<String, Job> jobs = new LinkedHashMap<>();
            jobs.put("saveContactKit", () -> repository.insert(contact).version());
            jobs.put("saveRawJdbc", () -> raw.save(contact));
            jobs.put("loadContactKit", () -> repository.find(storedId).orElseThrow().entity().emails().size());
            jobs.put("loadRawJdbc", () -> raw.load(rawId).emails().size());

            for (Job job : jobs.values()) {
                measure(job, seconds);
            }
            Map<String, List<Rate>> rates = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Job> job : jobs.entrySet()) {
                    rates.computeIfAbsent(job.getKey(), key -> new ArrayList<>()).add(measure(job.getValue(),
                            seconds));
                }
            }
            print(database, rates);
        }
    }

    private static void print(Database database, Map<String, List<Rate>> rates) {
        System.out.println("## " + database);
        System.out.println();
        System.out.println("| job | ops per CPU-second (rounds) | ops per wall-clock second (rounds) |");
        System.out.println("| --- | --- | --- |");
        rates.forEach((name, values) -> System.out.println("| " + name + " | "
                + values.stream().map(rate -> format(rate.perCpuSecond())).toList() + " | "
                + values.stream().map(rate -> format(rate.perWallSecond())).toList() + " |"));
        System.out.println();
        System.out.println("| ratio | by CPU time: mean of rounds (lowest, highest) | by wall-clock time |");
        System.out.println("| --- | --- | --- |");
        ratio(rates, "saveContactKit", "saveRawJdbc");
        ratio(rates, "loadContactKit", "loadRawJdbc");
        System.out.println();
    }

    /** Runs the job for the given CPU seconds of this thread; answers its rates. */
    private static Rate measure(Job job, long seconds) throws SQLException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long start = threads.getCurrentThreadCpuTime();
        long budget = seconds * 1_000_000_000L;
        long operations = 0;
        long sink = 0;
        long used;
        do {
            for (int i = 0; i < 20; i++) {
                sink += job.run();
            }
            operations += 20;
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < budget && System.nanoTime() - wallStart < 4 * budget);
        long wall = System.nanoTime() - wallStart;
        consumed += sink;
        return new Rate(operations * 1e9 / used, operations * 1e9 / wall);
    }

    /** Ours over raw JDBC, round by round (each round ran both within seconds of each other). */
    private static void ratio(Map<String, List<Rate>> rates, String ours, String raw) {
        List<Double> byCpu = new ArrayList<>();
        List<Double> byWall = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            byCpu.add(rates.get(ours).get(round).perCpuSecond() / rates.get(raw).get(round).perCpuSecond());
            byWall.add(rates.get(ours).get(round).perWallSecond() / rates.get(raw).get(round).perWallSecond());
        }
        System.out.println("| " + ours + " / " + raw + " | " + summary(byCpu) + " | " + summary(byWall) + " |");
    }

    private static String summary(List<Double> ratios) {
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double low = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(Locale.ROOT, "%.2f (%.2f, %.2f)", mean, low, high);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private record Rate(double perCpuSecond, double perWallSecond) {
    }

    @FunctionalInterface
    private interface Job {
        long run() throws SQLException;
    }
}
