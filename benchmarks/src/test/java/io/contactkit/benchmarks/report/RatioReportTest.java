package io.contactkit.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RatioReportTest {

    @Test
    void ratioErrorCombinesBothRelativeErrors() {
        Ratio ratio = Ratio.of(new Score("ours", 300, 30), new Score("peer", 100, 10));

        assertEquals(3.0, ratio.value(), 1e-9);
        assertEquals(3.0 * Math.sqrt(0.02), ratio.error(), 1e-9);
    }

    @Test
    void verdictSaysWhenTheErrorBandStraddlesTheTarget() {
        assertEquals("met", new Ratio(2.0, 0.1).verdict(1.5));
        assertEquals("missed", new Ratio(1.0, 0.1).verdict(1.5));
        assertEquals("met (within error)", new Ratio(1.55, 0.1).verdict(1.5));
        assertEquals("missed (within error)", new Ratio(1.45, 0.1).verdict(1.5));
    }

    @Test
    void latencyVerdictWantsTheRatioAtOrBelowTheTarget() {
        assertEquals("met", new Ratio(1.2, 0.1).verdictAtMost(1.5));
        assertEquals("missed", new Ratio(2.0, 0.1).verdictAtMost(1.5));
        assertEquals("met (within error)", new Ratio(1.45, 0.1).verdictAtMost(1.5));
        assertEquals("missed (within error)", new Ratio(1.55, 0.1).verdictAtMost(1.5));
    }

    @Test
    void scaleRowDividesTheLatencyWithManyContactsByTheLatencyWithFew() {
        Map<String, Score> scores = RatioReport.read(JsonMapper.builder().build().readTree("["
                + sampled("ScaleBenchmark.get", "1000", 500, 50, 400, 2000) + ","
                + sampled("ScaleBenchmark.get", "1000000", 600, 60, 480, 3000) + "]"));
        RatioReport.LatencyComparison comparison = RatioReport.LATENCY_COMPARISONS.stream()
                .filter(row -> row.scaled().equals("ScaleBenchmark.get:1000000")).findFirst().orElseThrow();

        String row = RatioReport.latencyRow(comparison, scores).orElseThrow();

        assertTrue(row.contains("| 600 ± 60 | 480 / 3,000 | ScaleBenchmark.get:1000 | 500 ± 50 | 400 / 2,000 |"
                + " 1.20 ± 0.17 | 1.20 | ≤ 1.5 | met |"), row);
    }

    @Test
    void scaleRowIsLeftOutWhenTheRunDidNotMeasureTheSmallestScale() {
        Map<String, Score> scores = RatioReport.read(JsonMapper.builder().build().readTree("["
                + sampled("ScaleBenchmark.patch", "100000", 600, 60, 480, 3000) + "]"));

        assertTrue(RatioReport.LATENCY_COMPARISONS.stream()
                .allMatch(comparison -> RatioReport.latencyRow(comparison, scores).isEmpty()));
    }

    @Test
    void rowComparesOursWithTheFastestBaselineOfTheRun() {
        Map<String, Score> scores = RatioReport.read(JsonMapper.builder().build().readTree("["
                + result("a.b.Bench.ours", 300, 3) + "," + result("a.b.Bench.slow", 100, 1) + ","
                + result("a.b.Bench.fast", 200, 2) + "]"));
        RatioReport.Comparison comparison = new RatioReport.Comparison("row", "Bench.ours",
                List.of("Bench.slow", "Bench.fast", "Bench.notRun"), 1.5);

        Optional<String> row = RatioReport.row(comparison, scores);

        assertTrue(row.orElseThrow().contains("| Bench.fast | 200 ± 2 | 1.50 ± 0.02 |"), row.get());
    }

    @Test
    void parametersSetApartTheScoresOfOneBenchmark() {
        Map<String, Score> scores = RatioReport.read(JsonMapper.builder().build().readTree("["
                + "{\"benchmark\":\"a.Bench.save\",\"params\":{\"database\":\"H2\"},"
                + "\"primaryMetric\":{\"score\":10,\"scoreError\":1}},"
                + "{\"benchmark\":\"a.Bench.save\",\"params\":{\"database\":\"POSTGRESQL\"},"
                + "\"primaryMetric\":{\"score\":20,\"scoreError\":2}}]"));

        assertEquals(10, scores.get("Bench.save:H2").value());
        assertEquals(20, scores.get("Bench.save:POSTGRESQL").value());
    }

    @Test
    void rowIsLeftOutWhenTheRunDidNotIncludeOurs() {
        Map<String, Score> scores = Map.of("Bench.fast", new Score("Bench.fast", 200, 2));

        assertTrue(RatioReport.row(new RatioReport.Comparison("row", "Bench.ours", List.of("Bench.fast"), 1),
                scores).isEmpty());
    }

    private static String sampled(String benchmark, String contacts, double mean, double error, double p50,
                                  double p99) {
        return "{\"benchmark\":\"io.contactkit.benchmarks.scale." + benchmark + "\",\"mode\":\"sample\","
                + "\"params\":{\"storedContacts\":\"" + contacts + "\"},\"primaryMetric\":{\"score\":" + mean
                + ",\"scoreError\":" + error + ",\"scoreUnit\":\"us/op\",\"scorePercentiles\":{\"0.0\":1,"
                + "\"50.0\":" + p50 + ",\"99.0\":" + p99 + ",\"100.0\":" + (p99 * 2) + "}}}";
    }

    private static String result(String benchmark, double score, double error) {
        return "{\"benchmark\":\"" + benchmark + "\",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":"
                + error + "}}";
    }
}
