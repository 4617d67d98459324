package io.contactkit.benchmarks.report;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file into the ratio tables of RESULTS.md: each throughput row compares ours with the
 * fastest of its baselines, each scale row the latency at a larger number of stored contacts with the latency at the
 * smallest, all measured in the same run. Rows whose benchmarks the run did not include are left out.
 *
 * <p>Usage: {@code java -cp contactkit-benchmarks.jar io.contactkit.benchmarks.report.RatioReport jmh.json}
 */
public final class RatioReport {

    /** What one row of the table compares. */
    record Comparison(String row, String ours, List<String> baselines, double target) {
    }

    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("patch: JSON Patch, 5 operations", "PatchBenchmark.jsonPatchContactKit",
                    List.of("PatchBenchmark.jsonPatchZjsonpatch", "PatchBenchmark.jsonPatchJsonTools",
                            "PatchBenchmark.jsonPatchParsson"), 1.5),
            new Comparison("ceiling of the JSON Patch row: Jackson token copy, nothing typed or patched",
                    "PatchBenchmark.tokenCopyJackson", List.of("PatchBenchmark.jsonPatchZjsonpatch"), 1.5),
            new Comparison("patch: merge patch, same effect", "PatchBenchmark.mergePatchContactKit",
                    List.of("PatchBenchmark.mergePatchJsonTools", "PatchBenchmark.mergePatchParsson"), 1.5),
            new Comparison("serialization: JSON read + write", "SerializationBenchmark.jsonContactKit",
                    List.of("SerializationBenchmark.jsonJackson"), 0.8),
            new Comparison("serialization: XML read + write", "SerializationBenchmark.xmlContactKit",
                    List.of("SerializationBenchmark.xmlJackson"), 0.8),
            new Comparison("storage: save on H2", "StorageBenchmark.saveContactKit:H2",
                    List.of("StorageBenchmark.saveRawJdbc:H2"), 0.7),
            new Comparison("storage: load on H2", "StorageBenchmark.loadContactKit:H2",
                    List.of("StorageBenchmark.loadRawJdbc:H2"), 0.8),
            new Comparison("storage: save on PostgreSQL", "StorageBenchmark.saveContactKit:POSTGRESQL",
                    List.of("StorageBenchmark.saveRawJdbc:POSTGRESQL"), 0.7),
            new Comparison("storage: load on PostgreSQL", "StorageBenchmark.loadContactKit:POSTGRESQL",
                    List.of("StorageBenchmark.loadRawJdbc:POSTGRESQL"), 0.8));

    /** A scale row: latency with many contacts stored over latency with few; lower is better. */
    record LatencyComparison(String row, String scaled, String baseline, double target) {
    }

    static final List<LatencyComparison> LATENCY_COMPARISONS = List.of(
            new LatencyComparison("scale: GET by id, 10^5 vs 10^3 contacts", "ScaleBenchmark.get:100000",
                    "ScaleBenchmark.get:1000", 1.5),
            new LatencyComparison("scale: GET by id, 10^6 vs 10^3 contacts", "ScaleBenchmark.get:1000000",
                    "ScaleBenchmark.get:1000", 1.5),
            new LatencyComparison("scale: PATCH, 10^5 vs 10^3 contacts", "ScaleBenchmark.patch:100000",
                    "ScaleBenchmark.patch:1000", 1.5),
            new LatencyComparison("scale: PATCH, 10^6 vs 10^3 contacts", "ScaleBenchmark.patch:1000000",
                    "ScaleBenchmark.patch:1000", 1.5),
            new LatencyComparison("search: 100th page by name vs the first, 10^6 contacts",
                    "ArchiveSearchBenchmark.hundredthPageByName:1000000",
                    "ArchiveSearchBenchmark.firstPageByName:1000000", 1.5));

    private RatioReport() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: RatioReport <jmh result json>");
            System.exit(2);
        }
        Map<String, Score> scores = read(JsonMapper.builder().build().readTree(new File(args[0])));
        print(scores, System.out);
    }

    /** The scores of a JMH JSON result, by {@code Class.method}, followed by {@code :value} for each parameter. */
    static Map<String, Score> read(JsonNode results) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            StringBuilder key = new StringBuilder(shortName(result.path("benchmark").asString()));
            for (JsonNode parameter : result.path("params")) {
                key.append(':').append(parameter.asString());
            }
            String name = key.toString();
            JsonNode metric = result.path("primaryMetric");
            JsonNode percentiles = metric.path("scorePercentiles");
            scores.put(name, new Score(name, metric.path("score").asDouble(),
                    metric.path("scoreError").asDouble(Double.NaN), metric.path("scoreUnit").asString("ops/s"),
                    percentiles.path("50.0").asDouble(Double.NaN), percentiles.path("99.0").asDouble(Double.NaN)));
        }
        return scores;
    }

    static void print(Map<String, Score> scores, PrintStream out) {
        List<String> rows = new ArrayList<>();
        for (Comparison comparison : COMPARISONS) {
            row(comparison, scores).ifPresent(rows::add);
        }
        if (!rows.isEmpty()) {
            out.println("| row | ours (ops/s) | baseline | baseline (ops/s) | ratio | target | verdict |");
            out.println("| --- | ---: | --- | ---: | ---: | ---: | --- |");
            rows.forEach(out::println);
            out.println();
        }
        List<String> latencyRows = new ArrayList<>();
        for (LatencyComparison comparison : LATENCY_COMPARISONS) {
            latencyRow(comparison, scores).ifPresent(latencyRows::add);
        }
        if (!latencyRows.isEmpty()) {
            out.println("| row | latency (µs) | p50 / p99 (µs) | baseline | baseline latency (µs) | baseline p50 / p99"
                    + " (µs) | ratio (mean) | ratio (p50) | target | verdict |");
            out.println("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |");
            latencyRows.forEach(out::println);
            out.println();
        }
        out.println("| benchmark | score | error (99.9%) | unit | p50 | p99 |");
        out.println("| --- | ---: | ---: | --- | ---: | ---: |");
        for (Score score : scores.values()) {
            out.println("| " + score.benchmark() + " | " + number(score.value()) + " | " + number(score.error())
                    + " | " + score.unit() + " | " + number(score.p50()) + " | " + number(score.p99()) + " |");
        }
    }

    static Optional<String> row(Comparison comparison, Map<String, Score> scores) {
        Score ours = scores.get(comparison.ours());
        List<Score> baselines = new ArrayList<>();
        for (String baseline : comparison.baselines()) {
            Optional.ofNullable(scores.get(baseline)).ifPresent(baselines::add);
        }
        if (ours == null || baselines.isEmpty()) {
            return Optional.empty();
        }
        Score fastest = baselines.stream().max(Comparator.comparingDouble(Score::value)).orElseThrow();
        Ratio ratio = Ratio.of(ours, fastest);
        return Optional.of("| " + comparison.row() + " | " + number(ours.value()) + " ± " + number(ours.error())
                + " | " + fastest.benchmark() + " | " + number(fastest.value()) + " ± " + number(fastest.error())
                + " | " + String.format(Locale.ROOT, "%.2f ± %.2f", ratio.value(), ratio.error()) + " | ≥ "
                + comparison.target() + " | " + ratio.verdict(comparison.target()) + " |");
    }

    /** Latency ratio, mean ± error and of the medians; the verdict goes by the mean, which has an error. */
    static Optional<String> latencyRow(LatencyComparison comparison, Map<String, Score> scores) {
        Score scaled = scores.get(comparison.scaled());
        Score baseline = scores.get(comparison.baseline());
        if (scaled == null || baseline == null) {
            return Optional.empty();
        }
        Ratio ratio = Ratio.of(scaled, baseline);
        return Optional.of("| " + comparison.row() + " | " + number(scaled.value()) + " ± " + number(scaled.error())
                + " | " + number(scaled.p50()) + " / " + number(scaled.p99()) + " | " + baseline.benchmark() + " | "
                + number(baseline.value()) + " ± " + number(baseline.error()) + " | " + number(baseline.p50()) + " / "
                + number(baseline.p99()) + " | " + String.format(Locale.ROOT, "%.2f ± %.2f", ratio.value(),
                ratio.error()) + " | " + String.format(Locale.ROOT, "%.2f", scaled.p50() / baseline.p50())
                + " | ≤ " + comparison.target() + " | " + ratio.verdictAtMost(comparison.target()) + " |");
    }

    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }
}
