package io.contactkit.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The requests' meter, {@code contactkit.requests}: a timer per endpoint, method and status with a latency histogram
 * (in Prometheus, {@code contactkit_requests_seconds_bucket{endpoint,method,status,le}} and its count and sum). Every
 * tag takes few values, so no client can grow the registry: a path no endpoint has counts as endpoint {@code none},
 * a method the API does not know as {@code OTHER}.
 */
final class RequestMeters {

    static final String NAME = "contactkit.requests";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    private record Key(Endpoint endpoint, String method, int status) {
    }

    /** @param registry where the meters go; null to keep none */
    RequestMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param endpoint what the request was routed to; null when its path is no endpoint's */
    void record(Endpoint endpoint, String method, int status, long elapsedNanos) {
        if (registry == null) {
            return;
        }
        Key key = new Key(endpoint, METHODS.contains(method) ? method : "OTHER", status);
        timers.computeIfAbsent(key, this::timer).record(elapsedNanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Key key) {
        return Timer.builder(NAME)
                .description("Contact API requests by endpoint, method and status")
                .tag("endpoint", key.endpoint() == null ? "none" : key.endpoint().name().toLowerCase(Locale.ROOT))
                .tag("method", key.method())
                .tag("status", String.valueOf(key.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
