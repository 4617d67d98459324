package io.contactkit.benchmarks.report;

import io.contactkit.benchmarks.Samples;
import io.contactkit.benchmarks.patch.ContactKitPatching;
import io.contactkit.benchmarks.patch.JacksonTokenCopy;
import io.contactkit.benchmarks.patch.JsonToolsPatching;
import io.contactkit.benchmarks.patch.ParssonPatching;
import io.contactkit.benchmarks.patch.ZjsonpatchPatching;
import io.contactkit.benchmarks.serialization.ContactKitRoundTrip;
import io.contactkit.benchmarks.serialization.JacksonRoundTrip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private CpuTimeCheck() {
    }

    public static void main(String[] args) throws Exception {
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
        JacksonTokenCopy tokenCopy = new JacksonTokenCopy();

        Map<String, CpuTimeRuns.Job> jobs = new LinkedHashMap<>();
        jobs.put("jsonPatchContactKit", () -> ours.jsonPatch(contact, jsonPatch).length);
        jobs.put("jsonPatchZjsonpatch", () -> zjsonpatch.jsonPatch(contact, jsonPatch).length);
        jobs.put("jsonPatchJsonTools", () -> jsonTools.jsonPatch(contact, jsonPatch).length);
        jobs.put("jsonPatchParsson", () -> parsson.jsonPatch(contact, jsonPatch).length);
        jobs.put("tokenCopyJackson", () -> tokenCopy.copy(contact).length);
        jobs.put("mergePatchContactKit", () -> ours.mergePatch(contact, mergePatch).length);
        jobs.put("mergePatchJsonTools", () -> jsonTools.mergePatch(contact, mergePatch).length);
        jobs.put("mergePatchParsson", () -> parsson.mergePatch(contact, mergePatch).length);
        jobs.put("jsonContactKit", () -> oursRoundTrip.json(contact).length);
        jobs.put("jsonJackson", () -> jackson.json(contact).length);
        jobs.put("xmlContactKit", () -> oursRoundTrip.xml(xml).length);
        jobs.put("xmlJackson", () -> jackson.xml(xml).length);

        Map<String, List<Double>> rates = new LinkedHashMap<>();
        CpuTimeRuns.rounds(jobs, seconds, ROUNDS).forEach((name, rounds) -> rates.put(name,
                rounds.stream().map(CpuTimeRuns.Rate::perCpuSecond).toList()));

        System.out.println("| job | ops per CPU-second (rounds) |");
        System.out.println("| --- | --- |");
        rates.forEach((name, values) -> System.out.println("| " + name + " | " + values.stream()
                .map(CpuTimeRuns::format).toList() + " |"));
        System.out.println();
        System.out.println("| ratio | mean of rounds (lowest, highest) |");
        System.out.println("| --- | --- |");
        ratio(rates, "jsonPatchContactKit", "jsonPatchZjsonpatch");
        // the floor over the fastest peer: the most any patch built on Jackson's tokens can reach against it
        ratio(rates, "tokenCopyJackson", "jsonPatchZjsonpatch");
        ratio(rates, "mergePatchContactKit", "mergePatchJsonTools");
        ratio(rates, "mergePatchContactKit", "mergePatchParsson");
        ratio(rates, "jsonContactKit", "jsonJackson");
        ratio(rates, "xmlContactKit", "xmlJackson");
    }

    /** Ours over the peer, round by round (each round ran both within seconds of each other). */
    private static void ratio(Map<String, List<Double>> rates, String ours, String peer) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ratios.add(rates.get(ours).get(round) / rates.get(peer).get(round));
        }
        System.out.println("| " + ours + " / " + peer + " | " + CpuTimeRuns.summary(ratios) + " |");
    }
}
