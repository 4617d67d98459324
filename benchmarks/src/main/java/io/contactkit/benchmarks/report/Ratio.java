package io.contactkit.benchmarks.report;

/**
 * Ours divided by a baseline measured in the same run, with an error that combines both scores' relative errors
 * in quadrature (both are independent measurements).
 */
public record Ratio(double value, double error) {

    public static Ratio of(Score ours, Score baseline) {
        double value = ours.value() / baseline.value();
        double relative = Math.hypot(relativeError(ours), relativeError(baseline));
        return new Ratio(value, value * relative);
    }

    /** For a ratio that should reach the target: met when even the low end of the error band reaches it. */
    public String verdict(double target) {
        if (value - error >= target) {
            return "met";
        }
        if (value + error < target) {
            return "missed";
        }
        return value >= target ? "met (within error)" : "missed (within error)";
    }

    /** For a ratio that should stay within the target (of latencies): met when even the band's high end does. */
    public String verdictAtMost(double target) {
        if (value + error <= target) {
            return "met";
        }
        if (value - error > target) {
            return "missed";
        }
        return value <= target ? "met (within error)" : "missed (within error)";
    }

    private static double relativeError(Score score) {
        return Double.isNaN(score.error()) ? 0 : score.error() / score.value();
    }
}
