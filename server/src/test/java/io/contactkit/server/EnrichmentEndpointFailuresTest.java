package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.enrichment.StubEndpoint.Answer;
import io.contactkit.enrichment.StubEndpoint;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * EnrichContactEntity over HTTP when the external enrichment endpoint misbehaves: each failure answers its status with
 * a problem body, and a save asked for in the same call changes nothing.
 */
class EnrichmentEndpointFailuresTest {

    private static final String CONTACT = "{\"Name\":\"Fjordlys\",\"OrgNr\":\"914778271\"}";

    @Test
    void unknownCompanyIsNotFound() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(404, ""))) {
            assertFailureLeavesContactUnchanged(endpoint, 404);
        }
    }

    @Test
    void malformedAnswerIsABadGateway() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(200, "{\"Name\": [1, 2"))) {
            assertFailureLeavesContactUnchanged(endpoint, 502);
        }
    }

    @Test
    void endpointFailingEveryRetryIsABadGateway() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.of(503, ""), Answer.of(503, ""), Answer.of(503, ""))) {
            assertFailureLeavesContactUnchanged(endpoint, 502);
        }
    }

    @Test
    void endpointTooSlowToAnswerIsAGatewayTimeout() throws IOException {
        try (StubEndpoint endpoint = new StubEndpoint(Answer.late(8_000))) {
            assertFailureLeavesContactUnchanged(endpoint, 504);
        }
    }

    private static void assertFailureLeavesContactUnchanged(StubEndpoint endpoint, int status) {
        try (RunningServer server = RunningServer.start(RunningServer.h2("enrich-failures-" + status + "-"
                + System.nanoTime()), "--enrichment-endpoint", endpoint.uri().toString())) {
            ApiClient admin = server.admin();
            int id = (Integer) admin.postJson("/api/v1/Contact", CONTACT).json().get("ContactId");
            String stored = admin.get("/api/v1/Contact/" + id).body();

            Reply refused = admin.postJson("/api/v1/Agents/Contact/EnrichContactEntity?save=true",
                    "{\"ContactEntity\":" + stored + ",\"EnrichId\":null}");

            assertEquals(status, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
            assertEquals(status, ((Number) refused.json().get("status")).intValue());
            assertEquals(stored, admin.get("/api/v1/Contact/" + id).body());
        }
    }
}
