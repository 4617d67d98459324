package io.contactkit.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.UpstreamFailureException;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.EnrichmentQuery;
import io.contactkit.enrichment.StubEndpoint.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpEnrichmentProviderTest {

    private static final EnrichmentQuery BY_ORG_NR = new EnrichmentQuery(null, "914778271",
            List.of("fjordlys.example"), "Fjordlys", "NO");
    private static final Duration QUICK = Duration.ofMillis(300);

    @Test
    void successAnswersTheCompanyAndTheQueryGoesAsJson() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(200, fixture("endpoint-answer.json")))) {
            HttpEnrichmentProvider provider = new HttpEnrichmentProvider(HttpEnrichmentProvider.Settings
                    .of(endpoint.uri()).withHeader("Authorization", "Bearer secret-token"));

            CompanyRecord company = provider.lookup(BY_ORG_NR).orElseThrow();

            assertEquals(new CompanyRecord("no-914778271", "Fjordlys Instrumenter AS", "914 778 271",
                    StructuredAddress.builder().address1("Postboks 120 Sentrum").zipcode("0102").city("Oslo").build(),
                    StructuredAddress.builder().address1("Brygga 4").zipcode("0150").city("Oslo").build(),
                    List.of("+47 22 40 11 00"), List.of("post@fjordlys.example"), List.of("fjordlys.example")),
                    company);
            StubEndpoint.Received request = endpoint.received().get(0);
            assertEquals("POST", request.method());
            assertTrue(request.contentType().startsWith("application/json"), request.contentType());
            assertEquals("Bearer secret-token", request.authorization());
            assertEquals("{\"OrgNr\":\"914778271\",\"Domains\":[\"fjordlys.example\"],\"Name\":\"Fjordlys\","
                    + "\"Country\":\"NO\"}", request.body());
        }
    }

    @Test
    void queryByEnrichIdSendsOnlyTheEnrichId() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(200, fixture("endpoint-answer.json")))) {
            provider(endpoint).lookup(new EnrichmentQuery("no-914778271", null, List.of(), null, null));

            assertEquals("{\"EnrichId\":\"no-914778271\"}", endpoint.received().get(0).body());
        }
    }

    @Test
    void notFoundAnswersNoCompany() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(404, ""))) {
            assertEquals(Optional.empty(), provider(endpoint).lookup(BY_ORG_NR));
            assertEquals(1, endpoint.received().size());
        }
    }

    @Test
    void serverErrorsAreRetriedUntilTheEndpointAnswers() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(503, "busy"), Answer.of(502, ""),
                Answer.of(200, fixture("endpoint-answer.json")))) {
            Optional<CompanyRecord> company = provider(endpoint).lookup(BY_ORG_NR);

            assertEquals("Fjordlys Instrumenter AS", company.orElseThrow().name());
            assertEquals(3, endpoint.received().size());
        }
    }

    @Test
    void retriesAreBoundedAndTheLastServerErrorIsAnUpstreamFailure() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(500, ""), Answer.of(500, ""), Answer.of(500, ""),
                Answer.of(200, fixture("endpoint-answer.json")))) {
            UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                    () -> provider(endpoint).lookup(BY_ORG_NR));

            assertFalse(failure.timedOut());
            assertTrue(failure.getMessage().contains("answered HTTP 500"), failure.getMessage());
            assertEquals(3, endpoint.received().size());
        }
    }

    @Test
    void clientErrorIsAnUpstreamFailureAndNotRetried() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(401, ""), Answer.of(200, "{}"))) {
            UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                    () -> provider(endpoint).lookup(BY_ORG_NR));

            assertTrue(failure.getMessage().contains("answered HTTP 401"), failure.getMessage());
            assertEquals(1, endpoint.received().size());
        }
    }

    @Test
    void endpointThatDoesNotAnswerInTimeIsATimedOutUpstreamFailure() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.late(5_000))) {
            long start = System.nanoTime();

            UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                    () -> provider(endpoint).lookup(BY_ORG_NR));

            assertTrue(failure.timedOut());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0);
        }
    }

    @Test
    void answerWhoseBodyStallsIsATimedOutUpstreamFailure() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(
                Answer.slowBody(fixture("endpoint-answer.json"), 5_000))) {
            long start = System.nanoTime();

            UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                    () -> provider(endpoint).lookup(BY_ORG_NR));

            assertTrue(failure.timedOut());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0);
        }
    }

    @Test
    void endpointThatIsDownIsAnUpstreamFailureThatDidNotTimeOut() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/enrich");
        }
        HttpEnrichmentProvider provider = new HttpEnrichmentProvider(HttpEnrichmentProvider.Settings.of(closed));

        UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                () -> provider.lookup(BY_ORG_NR));

        assertFalse(failure.timedOut());
        assertTrue(failure.getMessage().contains("cannot be reached"), failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "not JSON           | Fjordlys AS                        | not JSON",
        "not an object      | [\"Fjordlys AS\"]                   | a company is a JSON object",
        "no name            | {\"OrgNr\": \"914778271\"}          | Name: is required",
        "name not a string  | {\"Name\": 42}                       | Name: is not a string",
        "phones not a list  | {\"Name\": \"F\", \"Phones\": \"1\"} | Phones: is not a list",
        "bad country        | {\"Name\": \"F\", \"Country\": \"Norway\"} | Country: 'Norway' is not a two-letter",
        "name given twice   | {\"Name\": \"F\", \"NAME\": \"G\"}   | NAME: is given twice",
        "not an email       | {\"Name\": \"F\", \"Emails\": [\"a@f.example\", \"f.example\"]}"
            + " | Emails[1]: 'f.example' is not an email address",
        "empty body         | ``                                 | not JSON",
    })
    void malformedAnswerIsAnUpstreamFailure(String what, String body, String message) throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(200, body))) {
            UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                    () -> provider(endpoint).lookup(BY_ORG_NR));

            assertFalse(failure.timedOut());
            assertTrue(failure.getMessage().contains(message), failure.getMessage());
        }
    }

    @Test
    void answerLargerThanTheLimitIsRefused() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(200, fixture("endpoint-answer.json")))) {
            HttpEnrichmentProvider provider = new HttpEnrichmentProvider(HttpEnrichmentProvider.Settings
                    .of(endpoint.uri()).withMaxAnswerBytes(100));

            UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                    () -> provider.lookup(BY_ORG_NR));

            assertTrue(failure.getMessage().contains("larger than 100 bytes"), failure.getMessage());
        }
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThrows(IllegalArgumentException.class,
                () -> HttpEnrichmentProvider.Settings.of(URI.create("file:///etc/companies.json")));
        assertThrows(IllegalArgumentException.class,
                () -> HttpEnrichmentProvider.Settings.of(URI.create("enrichment.example/api")));
        HttpEnrichmentProvider.Settings settings = HttpEnrichmentProvider.Settings
                .of(URI.create("https://enrichment.example/api"));
        assertThrows(IllegalArgumentException.class, () -> settings.withHeader("Host", "elsewhere.example"));
        assertThrows(IllegalArgumentException.class, () -> settings.withRetries(6, Duration.ZERO));
    }

    private static HttpEnrichmentProvider provider(StubEndpoint endpoint) {
        return new HttpEnrichmentProvider(HttpEnrichmentProvider.Settings.of(endpoint.uri())
                .withTimeouts(QUICK, QUICK)
                .withRetries(2, Duration.ofMillis(10)));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HttpEnrichmentProviderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
