package io.contactkit.benchmarks.report;

import io.contactkit.benchmarks.Samples;
import io.contactkit.benchmarks.patch.ContactKitPatching;
import io.contactkit.benchmarks.patch.JsonToolsPatching;
import io.contactkit.benchmarks.patch.ParssonPatching;
import io.contactkit.benchmarks.patch.ZjsonpatchPatching;
import io.contactkit.benchmarks.serialization.ContactKitRoundTrip;
import io.contactkit.benchmarks.serialization.JacksonRoundTrip;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cross-check of the patch and serialization rows that a busy shared machine disturbs less than JMH's wall-clock
 * throughput: the same jobs, each run in turn on one thread for a few rounds, counted in operations per second of
 * that thread's CPU time. It does not replace the JMH figures (no forks, no blackholes); it tells whether their
 * ratios hold when other processes take turns on the cores.
 *
 * <p>Usage: {@code java -cp contactkit-benchmarks.jar io.contactkit.benchmarks.report.CpuTimeCheck [seconds]}
 */
public final class CpuTimeCheck {

    private static final int ROUNDS = 3;

    /** Where the jobs' results go, so that the JIT cannot drop the work. */
    private static volatile long consumed;

    private CpuTimeCheck() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 4;
        byte[] contact = Samples.storedContact();
        byte[] jsonPatch = Samples.jsonPatch();
        byte[] mergePatch = Samples.mergePatch();
        byte[] xml = Samples.storedContactXml();
        ContactKitPatching ours = new ContactKitPatching();
        ZjsonpatchPatching zjsonpatch = new ZjsonpatchPatching();
        JsonToolsPatching jsonTools = new JsonToolsPatching();
        ParssonPatching parsson = new ParssonPatching();
        ContactKitRoundTrip oursRoundTrip = new ContactKitRoundTrip();
        JacksonRoundTrip jackson = new JacksonRoundTrip();

        Map<String, Supplier<byte[]>> jobs = new LinkedHashMap<>();
        jobs.put("jsonPatchContactKit", () -> ours.jsonPatch(contact, jsonPatch));
        jobs.put("jsonPatchZjsonpatch", () -> zjsonpatch.jsonPatch(contact, jsonPatch));
        jobs.put("jsonPatchJsonTools", () -> jsonTools.jsonPatch(contact, jsonPatch));
        jobs.put("jsonPatchParsson", () -> parsson.jsonPatch(contact, jsonPatch));
        jobs.put("mergePatchContactKit", () -> ours.mergePatch(contact, mergePatch));
        jobs.put("mergePatchJsonTools", () -> jsonTools.mergePatch(contact, mergePatch));
        jobs.put("mergePatchParsson", () -> parsson.mergePatch(contact, mergePatch));
        jobs.put("jsonContactKit", () -> oursRoundTrip.json(contact));
        jobs.put("jsonJackson", () -> jackson.json(contact));
        jobs.put("xmlContactKit", () -> oursRoundTrip.xml(xml));
        jobs.put("xmlJackson", () -> jackson.xml(xml));

        jobs.values().forEach(job -> opsPerCpuSecond(job, seconds));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            jobs.forEach((name, job) -> rates.computeIfAbsent(name, key -> new ArrayList<>())
                    .add(opsPerCpuSecond(job, seconds)));
        }

        System.out.println("| job | ops per CPU-second (rounds) |");
        System.out.println("| --- | --- |");
        rates.forEach((name, values) -> System.out.println("| " + name + " | " + values.stream()
                .map(value -> String.format(Locale.ROOT, "%,.0f", value)).toList() + " |"));
        System.out.println();
        System.out.println("| ratio | mean of rounds (lowest, highest) |");
        System.out.println("| --- | --- |");
        ratio(rates, "jsonPatchContactKit", "jsonPatchZjsonpatch");
        ratio(rates, "mergePatchContactKit", "mergePatchJsonTools");
        ratio(rates, "mergePatchContactKit", "mergePatchParsson");
        ratio(rates, "jsonContactKit", "jsonJackson");
        ratio(rates, "xmlContactKit", "xmlJackson");
    }

    /** Runs the job for the given CPU seconds of this thread; answers its operations per CPU-second. */
    private static double opsPerCpuSecond(Supplier<byte[]> job, long seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long budget = seconds * 1_000_000_000L;
        long operations = 0;
        long sink = 0;
        long used;
        do {
            for (int i = 0; i < 100; i++) {
                sink += job.get().length;
            }
            operations += 100;
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < budget);
        consumed += sink;
        return operations * 1e9 / used;
    }

    /** Ours over the peer, round by round (each round ran both within seconds of each other). */
    private static void ratio(Map<String, List<Double>> rates, String ours, String peer) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ratios.add(rates.get(ours).get(round) / rates.get(peer).get(round));
        }
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double low = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        System.out.println(String.format(Locale.ROOT, "| %s / %s | %.2f (%.2f, %.2f) |", ours, peer, mean, low,
                high));
    }
}
