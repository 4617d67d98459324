package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.ContactService;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.failure.UpstreamFailureException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import io.contactkit.http.authentication.Authenticator;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.CapturedLog;
import io.contactkit.http.testing.ServletServer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The servlet as an embedding application uses it: its own contact service, authenticator and context path. */
class ContactApiServletTest {

    /** An embedder's authenticator: whoever names themselves in X-User is that user, with every right. */
    private static final Authenticator TRUSTING = new Authenticator() {
        @Override
        public Optional<Principal> authenticate(HttpServletRequest request) {
            return Optional.ofNullable(request.getHeader("X-User")).map(name -> Principal.administrator(name, 1));
        }

        @Override
        public List<String> challenges() {
            return List.of("X-User realm=\"embedder\"");
        }
    };

    @Test
    void servletUnderAContextPathRoutesBelowItAndItsLinksIncludeIt() {
        try (ServletServer server = ServletServer.start("/crm", servlet(new InMemoryContactRepository()).build())) {
            ApiClient client = server.client();

            Reply created = client.call("POST", "/crm/api/v1/Contact").header("X-User", "embedded")
                    .body("{\"Name\":\"Embedded\"}", "application/json").send();

            assertEquals(200, created.status(), created::toString);
            String self = client.base() + "/crm/api/v1/contact/1";
            assertEquals(self, created.header("Location").orElseThrow());
            assertEquals(self, ((Map<?, ?>) created.json().get("_Links")).get("Self"));
        }
    }

    @Test
    void embeddersAuthenticatorDecidesWhoCallsAndItsChallengeIsSent() {
        try (ServletServer server = ServletServer.start("/", servlet(new InMemoryContactRepository()).build())) {
            Reply refused = server.client().get("/api/v1/Contact/default");
            Reply admitted = server.client().call("GET", "/api/v1/Contact/default").header("X-User", "eve").send();

            assertEquals(401, refused.status(), refused::toString);
            assertEquals(List.of("X-User realm=\"embedder\""), refused.headerValues("WWW-Authenticate"));
            assertEquals(200, admitted.status(), admitted::toString);
        }
    }

    /** An outage is expected to happen: the log says what and where in one line, without a stack trace. */
    @Test
    void storageOutageIsServiceUnavailableWithACorrelationIdTheLogNamesInOneLine() {
        Reply reply;
        String log;
        try (CapturedLog captured = CapturedLog.start();
             ServletServer server = ServletServer.start("/", servlet(failing(
                     () -> new StorageUnavailableException("connection refused",
                             new java.sql.SQLException("the database is gone")))).build())) {
            reply = server.client().call("GET", "/api/v1/Contact/1").header("X-User", "eve").send();
            log = captured.text();
        }

        assertEquals(503, reply.status(), reply::toString);
        String correlationId = (String) reply.json().get("correlationId");
        assertEquals(correlationId, reply.header("X-Correlation-Id").orElseThrow());
        List<String> lines = log.lines().filter(line -> line.contains(correlationId)).toList();
        assertEquals(1, lines.size(), log);
        assertTrue(lines.get(0).contains("WARN") && lines.get(0).contains("GET /api/v1/Contact/1 answered 503"),
                log);
        assertFalse(log.contains("\tat ") || log.contains("SQLException"), log);
    }

    @Test
    void requestsAreTimedByEndpointMethodAndStatusInTheGivenRegistry() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (ServletServer server = ServletServer.start("/", servlet(new InMemoryContactRepository())
                .meterRegistry(meters).build())) {
            ApiClient client = server.client();
            client.call("POST", "/api/v1/Contact").header("X-User", "eve")
                    .body("{\"Name\":\"Timed\"}", "application/json").send();
            client.call("GET", "/api/v1/Contact/1").header("X-User", "eve").send();
            client.call("GET", "/api/v1/Contact/2").header("X-User", "eve").send();
            client.call("GET", "/api/v1/Contact/1").send();
            client.call("BREW", "/api/v1/Contact/1").header("X-User", "eve").send();
            client.call("GET", "/api/v1/Coffee/1").header("X-User", "eve").send();
        }

        assertEquals(1, count(meters, "create_contact", "POST", "200"));
        assertEquals(1, count(meters, "get_contact", "GET", "200"));
        assertEquals(1, count(meters, "get_contact", "GET", "404"));
        assertEquals(1, count(meters, "get_contact", "GET", "401"));
        assertEquals(1, count(meters, "none", "OTHER", "405"), "a made-up method is no tag value of its own");
        assertEquals(1, count(meters, "none", "GET", "404"), "nor is a made-up path");
        Timer timer = meters.get("contactkit.requests").tag("endpoint", "get_contact").tag("status", "200").timer();
        assertTrue(timer.totalTime(TimeUnit.NANOSECONDS) > 0);
    }

    @Test
    void upstreamFailureIsBadGatewayAndItsTimeoutIsGatewayTimeout() {
        try (ServletServer broken = ServletServer.start("/", servlet(failing(
                     () -> new UpstreamFailureException("provider answered nonsense", false, null))).build());
             ServletServer slow = ServletServer.start("/", servlet(failing(
                     () -> new UpstreamFailureException("provider timed out", true, null))).build())) {
            Reply badGateway = broken.client().call("GET", "/api/v1/Contact/1").header("X-User", "eve").send();
            Reply timeout = slow.client().call("GET", "/api/v1/Contact/1").header("X-User", "eve").send();

            assertEquals(502, badGateway.status(), badGateway::toString);
            assertEquals(504, timeout.status(), timeout::toString);
            assertTrue(timeout.json().containsKey("correlationId"));
        }
    }

    @Test
    void unexpectedFailureIsAnInternalErrorWithoutAStackTraceButLoggedWithOne() {
        Reply reply;
        String log;
        try (CapturedLog captured = CapturedLog.start();
             ServletServer server = ServletServer.start("/", servlet(failing(
                     () -> new IllegalStateException("secret internals"))).build())) {
            reply = server.client().call("GET", "/api/v1/Contact/1").header("X-User", "eve").send();
            log = captured.text();
        }

        assertEquals(500, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertFalse(reply.body().contains("secret internals"), reply::toString);
        assertFalse(reply.body().contains("at io.contactkit"), reply::toString);
        String correlationId = (String) reply.json().get("correlationId");
        assertTrue(log.contains(correlationId) && log.contains("secret internals")
                && log.contains("at io.contactkit"), log);
    }

    @Test
    void slowRequestsAreLoggedAtWarnWithMethodPathAndDuration() {
        String log;
        try (CapturedLog captured = CapturedLog.start()) {
            try (ServletServer server = ServletServer.start("/", servlet(new InMemoryContactRepository())
                    .slowRequestThreshold(Duration.ZERO).build())) {
                server.client().call("GET", "/api/v1/Contact/default").header("X-User", "eve").send();
            }
            log = captured.text(); // read once the server stopped: the line is written after the response
        }

        assertTrue(log.matches("(?s).*WARN.*slow request: GET /api/v1/Contact/default took \\d+ ms.*"), log);
    }

    @Test
    void requestsFasterThanTheThresholdAreNotLoggedAsSlow() {
        String log;
        try (CapturedLog captured = CapturedLog.start()) {
            try (ServletServer server = ServletServer.start("/", servlet(new InMemoryContactRepository()).build())) {
                server.client().call("GET", "/api/v1/Contact/default").header("X-User", "eve").send();
            }
            log = captured.text();
        }

        assertFalse(log.contains("slow request"), log);
    }

    @Test
    void knownAppTokensAreRequiredOnceConfigured() {
        try (ServletServer server = ServletServer.start("/", servlet(new InMemoryContactRepository())
                .appTokens(List.of("partner-app-1")).build())) {
            ApiClient client = server.client();

            Reply missing = client.call("GET", "/api/v1/Contact/default").header("X-User", "eve").send();
            Reply unknown = client.call("GET", "/api/v1/Contact/default").header("X-User", "eve")
                    .header("SO-AppToken", "partner-app-2").send();
            Reply known = client.call("GET", "/api/v1/Contact/default").header("X-User", "eve")
                    .header("SO-AppToken", "partner-app-1").send();

            assertEquals(401, missing.status(), missing::toString);
            assertEquals(401, unknown.status(), unknown::toString);
            assertEquals(missing.json().get("detail"), unknown.json().get("detail"));
            assertEquals(200, known.status(), known::toString);
        }
    }

    @Test
    void appTokenIsAcceptedAndIgnoredWhenNoneAreConfigured() {
        try (ServletServer server = ServletServer.start("/", servlet(new InMemoryContactRepository()).build())) {
            Reply reply = server.client().call("GET", "/api/v1/Contact/default").header("X-User", "eve")
                    .header("SO-AppToken", "anything").send();

            assertEquals(200, reply.status(), reply::toString);
        }
    }

    @Test
    void bodyLimitIsConfigurableAndHoldsForUndeclaredLengthsToo() {
        try (ServletServer server = ServletServer.start("/", servlet(new InMemoryContactRepository())
                .maxBodyBytes(64).build())) {
            String body = "{\"Name\":\"" + "x".repeat(100) + "\"}";
            Reply declared = server.client().call("POST", "/api/v1/Contact").header("X-User", "eve")
                    .body(body, "application/json").send();
            Reply streamed = server.client().call("POST", "/api/v1/Contact").header("X-User", "eve")
                    .streamedBody(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))), "application/json")
                    .send();
            Reply small = server.client().call("POST", "/api/v1/Contact").header("X-User", "eve")
                    .body("{\"Name\":\"Small\"}", "application/json").send();

            assertEquals(413, declared.status(), declared::toString);
            assertEquals(413, streamed.status(), streamed::toString);
            assertEquals(200, small.status(), small::toString);
        }
    }

    private static ContactApiServlet.Builder servlet(ContactRepository repository) {
        ContactService contacts = new ContactService(repository, new SampleLists(), CustomFieldCatalog.open(),
                Clock.systemUTC());
        return ContactApiServlet.builder(contacts).authenticator(TRUSTING);
    }

    /** A store that fails every call with the given failure. */
    private static ContactRepository failing(Supplier<RuntimeException> failure) {
        return new ContactRepository() {
            @Override
            public Optional<StoredContact> find(int contactId) {
                throw failure.get();
            }

            @Override
            public StoredContact insert(ContactEntity contact) {
                throw failure.get();
            }

            @Override
            public StoredContact update(ContactEntity contact, long expectedVersion) {
                throw failure.get();
            }

            @Override
            public void delete(int contactId, long expectedVersion) {
                throw failure.get();
            }
        };
    }

    private static long count(SimpleMeterRegistry meters, String endpoint, String method, String status) {
        Timer timer = meters.find("contactkit.requests").tag("endpoint", endpoint).tag("method", method)
                .tag("status", status).timer();
        return timer == null ? 0 : timer.count();
    }
}
