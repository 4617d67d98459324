package io.contactkit.enrichment;

import io.contactkit.domain.failure.UpstreamFailureException;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.EnrichmentProvider;
import io.contactkit.domain.port.EnrichmentQuery;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks an external enrichment endpoint, by the contract in the package documentation: the query goes as JSON, a 200
 * answers the company, a 404 says the endpoint knows none. Thread-safe; one instance serves every request.
 */
public final class HttpEnrichmentProvider implements EnrichmentProvider {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final CompanyFormat ANSWER = new CompanyFormat(CompanyFormat.Unknown.IGNORE);

    /**
     * Where the endpoint is and how long to wait for it.
     *
     * @param endpoint       the absolute http or https URI queries are POSTed to
     * @param connectTimeout the longest wait for a connection
     * @param readTimeout    the longest wait for a whole answer, once connected
     * @param retries        how often an answer with a 5xx status is asked again (0 to 5)
     * @param retryPause     the pause before the first retry; each further one waits twice as long
     * @param maxAnswerBytes the largest answer body accepted
     * @param headers        sent with every query, such as {@code Authorization}
     * @throws IllegalArgumentException when a value is out of range, or a header is one the client sets itself
     */
    public record Settings(URI endpoint, Duration connectTimeout, Duration readTimeout, int retries,
                           Duration retryPause, int maxAnswerBytes, Map<String, String> headers) {

        private static final int MAX_RETRIES = 5;

        public Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!endpoint.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                    || endpoint.getHost() == null) {
                throw new IllegalArgumentException("the enrichment endpoint " + endpoint
                        + " is not an absolute http or https URI");
            }
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(readTimeout, "readTimeout");
            if (retries < 0 || retries > MAX_RETRIES) {
                throw new IllegalArgumentException("retries is " + retries + "; it must be 0 to " + MAX_RETRIES);
            }
            Objects.requireNonNull(retryPause, "retryPause");
            if (retryPause.isNegative()) {
                throw new IllegalArgumentException("retryPause must not be negative");
            }
            if (maxAnswerBytes <= 0) {
                throw new IllegalArgumentException("maxAnswerBytes must be positive");
            }
            headers = Map.copyOf(headers);
            // the client refuses headers it sets itself (Host, Content-Length): better now than at the first lookup
            HttpRequest.Builder check = HttpRequest.newBuilder(endpoint);
            headers.forEach(check::header);
        }

        /** The endpoint with the defaults: 2 s to connect, 5 s to answer, 2 retries from 200 ms, 1 MiB. */
        public static Settings of(URI endpoint) {
            return new Settings(endpoint, Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(200),
                    1 << 20, Map.of());
        }

        public Settings withTimeouts(Duration connect, Duration read) {
            return new Settings(endpoint, connect, read, retries, retryPause, maxAnswerBytes, headers);
        }

        public Settings withRetries(int count, Duration firstPause) {
            return new Settings(endpoint, connectTimeout, readTimeout, count, firstPause, maxAnswerBytes, headers);
        }

        public Settings withMaxAnswerBytes(int limit) {
            return new Settings(endpoint, connectTimeout, readTimeout, retries, retryPause, limit, headers);
        }

        public Settings withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Settings(endpoint, connectTimeout, readTimeout, retries, retryPause, maxAnswerBytes, more);
        }

        private static void requirePositive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration");
            }
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public HttpEnrichmentProvider(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<CompanyRecord> lookup(EnrichmentQuery query) {
        HttpRequest request = request(query);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> answer = exchange(request);
            int status = answer.statusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 500 && status <= 599 && attempt < settings.retries()) {
                pause(attempt);
                continue;
            }
            if (status != 200) {
                throw failure("answered HTTP " + status, false, null);
            }
            return Optional.of(company(answer.body()));
        }
    }

    private HttpRequest request(EnrichmentQuery query) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "EnrichId", query.enrichId());
        putIfPresent(body, "OrgNr", query.orgNr());
        if (!query.domains().isEmpty()) {
            body.put("Domains", query.domains());
        }
        putIfPresent(body, "Name", query.name());
        putIfPresent(body, "Country", query.countryCode());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        settings.headers().forEach(request::header);
        return request.build();
    }

    /**
     * One request and its whole answer. The client's own timeout ends the wait for the answer's head; this one also
     * ends an answer that arrives too slowly, body and all.
     */
    private HttpResponse<byte[]> exchange(HttpRequest request) {
        Duration deadline = settings.connectTimeout().plus(settings.readTimeout());
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request, info -> new BoundedAnswer(settings.maxAnswerBytes()));
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw failure("did not answer within " + deadline.toMillis() + " ms", true, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw failure("was not waited for: the request was interrupted", false, e);
        }
    }

    private static UpstreamFailureException failure(Throwable cause) {
        for (Throwable reason = cause; reason != null; reason = reason.getCause()) {
            if (reason instanceof HttpTimeoutException) {
                return failure("did not answer in time: " + reason.getMessage(), true, cause);
            }
            if (reason instanceof BoundedAnswer.TooLargeException) {
                return failure("sent " + reason.getMessage(), false, cause);
            }
        }
        String reason = cause instanceof ConnectException ? "cannot be reached"
                : cause instanceof IOException ? "broke off the exchange" : "failed";
        return failure(reason + ": " + cause, false, cause);
    }

    private CompanyRecord company(byte[] body) {
        try {
            return ANSWER.read(JSON.readValue(body, Object.class)).record();
        } catch (JacksonException e) {
            throw failure("answered something that is not JSON: " + e.getOriginalMessage(), false, e);
        } catch (MalformedCompanyException e) {
            throw failure("answered something that is not a company: " + e.getMessage(), false, e);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(settings.retryPause().multipliedBy(1L << attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was not retried: the request was interrupted", false, e);
        }
    }

    /** The message leaves the endpoint's address out: it may reach clients, who need not know it. */
    private static UpstreamFailureException failure(String what, boolean timedOut, Throwable cause) {
        return new UpstreamFailureException("the enrichment service " + what, timedOut, cause);
    }

    private static void putIfPresent(Map<String, Object> body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
