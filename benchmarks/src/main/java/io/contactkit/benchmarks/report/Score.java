package io.contactkit.benchmarks.report;

/**
 * One benchmark's result from a JMH run.
 *
 * @param benchmark the benchmark's short name, {@code Class.method}
 * @param value     the mean score (throughput: operations per second)
 * @param error     the half-width of JMH's 99.9% confidence interval, NaN when JMH could not give one
 */
public record Score(String benchmark, double value, double error) {
}
