package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.server.testing.DatabaseDump;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Who gets in, on the standalone server over real HTTP: every endpoint refuses missing and wrong credentials with
 * 401 and its challenges, a read-only user's and token's writes with 403, and none of it changes the database. The
 * limit on failed attempts is lifted here so that every refusal is a 401; {@code BruteForceThrottleTest} covers it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    private static final String DATABASE = "access-control";
    private static final String JDBC_URL = "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1";
    private static final List<String> CHALLENGES = List.of("Basic realm=\"ContactKit\", charset=\"UTF-8\"",
            "Bearer realm=\"ContactKit\"", "SoTicket realm=\"ContactKit\"");
    private static final String CONTACT = "{\"Name\":\"Intruder\"}";
    private static final String ENRICH = "{\"ContactEntity\":null,\"EnrichId\":\"no-914778271\"}";

    private RunningServer server;
    private ApiClient admin;
    private int contactId;
    private String signedOutTicket;

    /** An endpoint and a request to it that would succeed with the right credentials. */
    private record Endpoint(String method, String path, String contentType, String body, boolean writes) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void startServer() {
        server = RunningServer.start(RunningServer.h2(DATABASE), "--auth-failure-limit", "0");
        admin = server.admin();
        contactId = (Integer) admin.postJson("/api/v1/Contact", "{\"Name\":\"Guarded\",\"OrgNr\":\"914778271\"}")
                .json().get("ContactId");
        signedOutTicket = "SoTicket " + admin.call("POST", "/api/v1/Authentication/SignIn").send().json()
                .get("Ticket");
        ApiClient withTicket = server.anonymous().as(signedOutTicket);
        assertEquals(200, withTicket.get("/api/v1/Contact/default").status());
        assertEquals(204, withTicket.call("POST", "/api/v1/Authentication/SignOut").send().status());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private List<Endpoint> endpoints() {
        String contact = "/api/v1/Contact/" + contactId;
        return List.of(
                new Endpoint("POST", "/api/v1/Contact", "application/json", CONTACT, true),
                new Endpoint("GET", "/api/v1/Contact/default", null, null, false),
                new Endpoint("GET", contact, null, null, false),
                new Endpoint("PUT", contact, "application/json", CONTACT, true),
                new Endpoint("PATCH", contact, "application/merge-patch+json", "{\"Department\":\"x\"}", true),
                new Endpoint("DELETE", contact, null, null, true),
                new Endpoint("POST", "/api/v1/Agents/Contact/SaveContactEntity", "application/json",
                        "{\"ContactId\":" + contactId + ",\"Name\":\"Intruder\"}", true),
                new Endpoint("POST", "/api/v1/Agents/Contact/GetContactEntity?contactEntityId=" + contactId, null,
                        null, false),
                new Endpoint("POST", "/api/v1/Agents/Contact/EnrichContactEntity", "application/json", ENRICH, false),
                new Endpoint("POST", "/api/v1/Agents/Contact/EnrichContactEntity?save=true", "application/json",
                        "{\"ContactEntity\":" + admin.get(contact).body() + ",\"EnrichId\":null}", true),
                new Endpoint("POST", "/api/v1/Authentication/SignOut", null, null, false),
                new Endpoint("POST", "/api/v1/Authentication/SignIn", null, null, false),
                new Endpoint("GET", "/api/v1/NoSuchResource", null, null, false));
    }

    private Map<String, String> wrongCredentials() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("no credentials", null);
        wrong.put("a wrong password", ApiClient.basic(RunningServer.ADMIN, "not-" + RunningServer.ADMIN_PASSWORD));
        wrong.put("an unknown user", ApiClient.basic("mallory", RunningServer.ADMIN_PASSWORD));
        wrong.put("a Basic header that is no base64", "Basic %%%");
        wrong.put("an unknown token", "Bearer not-" + RunningServer.ADMIN_TOKEN);
        wrong.put("the start of a token", "Bearer " + RunningServer.ADMIN_TOKEN.substring(0, 10));
        wrong.put("a signed-out ticket", signedOutTicket);
        wrong.put("a made-up ticket", "SoTicket 7T:bm90LWEtdGlja2V0");
        wrong.put("a scheme the server does not know", "Digest username=\"" + RunningServer.ADMIN + "\"");
        return wrong;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesMissingAndWrongCredentialsWith401() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Endpoint> endpoints = endpoints();
        Map<String, String> credentials = wrongCredentials();
        int total = endpoints.size() * credentials.size();
        for (Endpoint endpoint : endpoints) {
            credentials.forEach((label, authorization) -> tests.add(DynamicTest.dynamicTest(String.format(
                    "401 %d of %d: %s with %s", tests.size() + 1, total, endpoint, label), () -> {
                        String before = DatabaseDump.of(JDBC_URL, "sa", "");

                        Reply refused = send(endpoint, authorization);

                        assertEquals(401, refused.status(), refused::toString);
                        assertEquals(CHALLENGES, refused.headerValues("WWW-Authenticate"), refused::toString);
                        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
                        assertEquals("valid credentials are required", refused.json().get("detail"));
                        assertEquals(before, DatabaseDump.of(JDBC_URL, "sa", ""), "the database changed");
                    })));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> readOnlyUserTokenAndTicketMayReadButNotWrite() {
        ApiClient anonymous = server.anonymous();
        Map<String, ApiClient> readers = Map.of(
                "the read-only user", server.reader(),
                "the read-only token", anonymous.as("Bearer " + RunningServer.READER_TOKEN),
                "a read-only user's ticket", anonymous.as("SoTicket " + server.reader()
                        .call("POST", "/api/v1/Authentication/SignIn").send().json().get("Ticket")));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().contains("/Authentication/") || endpoint.path().contains("NoSuch")) {
                continue;
            }
            readers.forEach((label, reader) -> tests.add(DynamicTest.dynamicTest(
                    (endpoint.writes() ? "403 for " : "200 for ") + endpoint + " by " + label, () -> {
                        String before = DatabaseDump.of(JDBC_URL, "sa", "");

                        Reply reply = send(reader, endpoint);

                        assertEquals(endpoint.writes() ? 403 : 200, reply.status(), reply::toString);
                        if (endpoint.writes()) {
                            assertTrue(reply.contentType().startsWith("application/problem+json"),
                                    reply::toString);
                        }
                        assertEquals(before, DatabaseDump.of(JDBC_URL, "sa", ""), "the database changed");
                    })));
        }
        return tests.stream();
    }

    /**
     * A refusal takes as long for a user name that does not exist as for a wrong password of one that does (both
     * run the slow hash), so the time of the answer does not tell which user names exist.
     */
    @Test
    void wrongPasswordsOfUnknownUsersTakeAsLongAsThoseOfKnownUsers() {
        List<Long> wrongPasswordNanos = new ArrayList<>();
        List<Long> unknownUserNanos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            timed(wrongPasswordNanos, ApiClient.basic(RunningServer.ADMIN, "wrong-" + i));
            timed(unknownUserNanos, ApiClient.basic("nobody-" + i, "wrong-" + i));
        }

        double ratio = (double) median(unknownUserNanos) / median(wrongPasswordNanos);

        assertTrue(ratio > 0.5 && ratio < 2, () -> "unknown user " + median(unknownUserNanos) / 1_000_000
                + " ms, wrong password " + median(wrongPasswordNanos) / 1_000_000 + " ms");
    }

    private void timed(List<Long> into, String authorization) {
        long started = System.nanoTime();
        Reply reply = server.anonymous().as(authorization).get("/api/v1/Contact/default");
        into.add(System.nanoTime() - started);
        assertEquals(401, reply.status(), reply::toString);
    }

    private Reply send(Endpoint endpoint, String authorization) {
        ApiClient client = authorization == null ? server.anonymous() : server.anonymous().as(authorization);
        return send(client, endpoint);
    }

    private static Reply send(ApiClient client, Endpoint endpoint) {
        ApiClient.Call call = client.call(endpoint.method(), endpoint.path());
        if (endpoint.body() != null) {
            call.body(endpoint.body(), endpoint.contentType());
        }
        return call.send();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
