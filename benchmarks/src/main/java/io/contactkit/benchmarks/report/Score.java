package io.contactkit.benchmarks.report;

/**
 * One benchmark's result from a JMH run.
 *
 * @param benchmark the benchmark's short name, {@code Class.method}
 * @param value     the mean score: operations per second, or time per operation for the latency benchmarks
 * @param error     the half-width of JMH's 99.9% confidence interval, NaN when JMH could not give one
 * @param unit      JMH's unit of the score, e.g. {@code ops/s} or {@code us/op}
 * @param p50       the median time per operation of a sampled-time benchmark, NaN for other modes
 * @param p99       the 99th percentile of a sampled-time benchmark, NaN for other modes
 */
public record Score(String benchmark, double value, double error, String unit, double p50, double p99) {

    /** A throughput score. */
    public Score(String benchmark, double value, double error) {
        this(benchmark, value, error, "ops/s", Double.NaN, Double.NaN);
    }
}
