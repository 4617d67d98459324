package io.contactkit.benchmarks.report;

import io.contactkit.benchmarks.Samples;
import io.contactkit.benchmarks.storage.Database;
import io.contactkit.benchmarks.storage.RawJdbcContacts;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.jdbc.JdbcStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    private StorageCpuTimeCheck() {
    }

    public static void main(String[] args) throws Exception {
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

    private static void check(Database database, long seconds) throws Exception {
        ContactEntity contact = Samples.contactWithTenElements();
        try (Database.Running running = database.start();
             JdbcStore store = JdbcStore.open(running.settings());
             RawJdbcContacts raw = new RawJdbcContacts(running.settings())) {
            ContactRepository repository = store.contacts();
            int storedId = repository.insert(contact).entity().contactId();
            int rawId = raw.save(contact);
            Map<String, CpuTimeRuns.Job> jobs = new LinkedHashMap<>();
            jobs.put("saveContactKit", () -> repository.insert(contact).version());
            jobs.put("saveRawJdbc", () -> raw.save(contact));
            jobs.put("loadContactKit", () -> repository.find(storedId).orElseThrow().entity().emails().size());
            jobs.put("loadRawJdbc", () -> raw.load(rawId).emails().size());

            Map<String, List<CpuTimeRuns.Rate>> rates = CpuTimeRuns.rounds(jobs, seconds, ROUNDS);
            print(database, rates);
        }
    }

    private static void print(Database database, Map<String, List<CpuTimeRuns.Rate>> rates) {
        System.out.println("## " + database);
        System.out.println();
        System.out.println("| job | ops per CPU-second (rounds) | ops per wall-clock second (rounds) |");
        System.out.println("| --- | --- | --- |");
        rates.forEach((name, values) -> System.out.println("| " + name + " | "
                + values.stream().map(rate -> CpuTimeRuns.format(rate.perCpuSecond())).toList() + " | "
                + values.stream().map(rate -> CpuTimeRuns.format(rate.perWallSecond())).toList() + " |"));
        System.out.println();
        System.out.println("| ratio | by CPU time: mean of rounds (lowest, highest) | by wall-clock time |");
        System.out.println("| --- | --- | --- |");
        ratio(rates, "saveContactKit", "saveRawJdbc");
        ratio(rates, "loadContactKit", "loadRawJdbc");
        System.out.println();
    }

    /** Ours over raw JDBC, round by round (each round ran both within seconds of each other). */
    private static void ratio(Map<String, List<CpuTimeRuns.Rate>> rates, String ours, String raw) {
        List<Double> byCpu = new ArrayList<>();
        List<Double> byWall = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            byCpu.add(rates.get(ours).get(round).perCpuSecond() / rates.get(raw).get(round).perCpuSecond());
            byWall.add(rates.get(ours).get(round).perWallSecond() / rates.get(raw).get(round).perWallSecond());
        }
        System.out.println("| " + ours + " / " + raw + " | " + CpuTimeRuns.summary(byCpu) + " | " + CpuTimeRuns.summary(byWall) + " |");
    }
}
