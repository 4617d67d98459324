package io.contactkit.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the CPU-time checks run a job and sum up their ratios: a job runs on the measuring thread until it has used
 * its budget of that thread's CPU time (or four times the budget of wall-clock time, for a job that mostly waits),
 * and is counted per CPU-second and per wall-clock second.
 */
final class CpuTimeRuns {

    private static final int BATCH = 20;

    /** Where the jobs' results go, so that the JIT cannot drop the work. */
    private static volatile long consumed;

    private CpuTimeRuns() {
    }

    /** One job's rates in one round. */
    record Rate(double perCpuSecond, double perWallSecond) {
    }

    /** One operation of a job; answers something of its result, so that the work cannot be dropped. */
    @FunctionalInterface
    interface Job {
        long run() throws Exception;
    }

    /**
     * Each job once to warm up, then the given rounds of each job in turn, so that the jobs of a round share the
     * machine's state; answers each job's rates by round.
     */
    static Map<String, List<Rate>> rounds(Map<String, Job> jobs, long seconds, int rounds) throws Exception {
        for (Job job : jobs.values()) {
            measure(job, seconds);
        }
        Map<String, List<Rate>> rates = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Job> job : jobs.entrySet()) {
                rates.computeIfAbsent(job.getKey(), key -> new ArrayList<>()).add(measure(job.getValue(), seconds));
            }
        }
        return rates;
    }

    private static Rate measure(Job job, long seconds) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long start = threads.getCurrentThreadCpuTime();
        long budget = seconds * 1_000_000_000L;
        long operations = 0;
        long sink = 0;
        long used;
        do {
            for (int i = 0; i < BATCH; i++) {
                sink += job.run();
            }
            operations += BATCH;
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < budget && System.nanoTime() - wallStart < 4 * budget);
        long wall = System.nanoTime() - wallStart;
        consumed += sink;
        return new Rate(operations * 1e9 / used, operations * 1e9 / wall);
    }

    /** Ratios of the rounds as {@code mean (lowest, highest)}. */
    static String summary(List<Double> ratios) {
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double low = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(Locale.ROOT, "%.2f (%.2f, %.2f)", mean, low, high);
    }

    static String format(double rate) {
        return String.format(Locale.ROOT, "%,.0f", rate);
    }
}
