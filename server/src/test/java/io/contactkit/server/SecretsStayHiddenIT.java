package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server jar, with users, tokens, an app token and a database password, put through every way of signing in
 * right and wrong, then stopped: no line it printed or logged and no answer it gave holds a password, token, ticket
 * or database password. Only a sign-in's own answer carries the ticket and XSRF token it issues. Every request is
 * logged (slow-request threshold 0), and failures are too.
 */
class SecretsStayHiddenIT {

    private static final String ADMIN_PASSWORD = "Adm1n-pw-7f3e9c";
    private static final String READER_PASSWORD = "Re4der-pw-2b8d1a";
    private static final String ADMIN_TOKEN = "admin-token-5c1e8f4a9b";
    private static final String READER_TOKEN = "reader-token-0d7a3e6c2f";
    private static final String APP_TOKEN = "app-token-9e4b1c7d3a";
    private static final String DB_PASSWORD = "db-pw-6a2f8e0c4d";

    @TempDir
    Path workingDirectory;

    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final List<Reply> answers = new ArrayList<>();
    private URI base;

    @Test
    void noAnswerAndNoLogLineHoldsAPasswordTokenOrTicket() throws Exception {
        secrets.putAll(Map.of("the admin's password", ADMIN_PASSWORD, "the reader's password", READER_PASSWORD,
                "the admin token", ADMIN_TOKEN, "the reader token", READER_TOKEN, "the app token", APP_TOKEN,
                "the database password", DB_PASSWORD));
        String admin = ApiClient.basic("ada", ADMIN_PASSWORD);
        secrets.put("the admin's Basic credentials", admin.substring(6));
        String log;
        try (ServerJar server = ServerJar.start(workingDirectory, "--port", "0", "--slow-ms", "0",
                "--user", "ada:" + ADMIN_PASSWORD + ":admin", "--user", "rita:" + READER_PASSWORD + ":readonly",
                "--token", ADMIN_TOKEN, "--token", READER_TOKEN + ":readonly", "--app-token", APP_TOKEN,
                "--db", "jdbc:h2:file:./db/contacts", "--db-user", "owner", "--db-password", DB_PASSWORD,
                "--enrichment-endpoint", "http://127.0.0.1:9/companies")) {
            base = server.awaitBaseUrl();

            useEveryEndpoint(admin);
            useTokensTicketsAndCookies();
            guessWrong();

            server.process().destroy();
            assertTrue(server.process().waitFor(60, TimeUnit.SECONDS));
            log = server.printed() + server.errors();
        }

        assertTrue(log.contains("slow request: POST /api/v1/Authentication/SignIn"), log);
        assertTrue(log.contains("failed attempts to authenticate"), log);
        secrets.forEach((what, secret) -> {
            assertFalse(log.contains(secret), () -> "the log holds " + what + ":" + System.lineSeparator() + log);
            answers.forEach(answer -> assertFalse(answer.toString().contains(secret),
                    () -> "an answer holds " + what + ": " + answer));
        });
        System.out.println("secrets: " + secrets.size() + " secrets absent from " + answers.size() + " answers and "
                + log.lines().count() + " lines of output");
    }

    private void useEveryEndpoint(String admin) {
        Reply created = expect(200, send("POST", "/api/v1/Contact", admin, "{\"Name\":\"Secretive\","
                + "\"OrgNr\":\"914778271\"}"));
        String contact = "/api/v1/Contact/" + created.json().get("ContactId");
        expect(200, send("GET", contact, admin, null));
        expect(200, send("GET", "/api/v1/Contact/default", admin, null));
        expect(200, send("PUT", contact, admin, "{\"Name\":\"Still secretive\"}"));
        expect(200, send("PATCH", contact, admin, "{\"Department\":\"Vault\"}"));
        expect(200, send("POST", "/api/v1/Agents/Contact/SaveContactEntity", admin, "{\"ContactId\":0,"
                + "\"Name\":\"Saved\"}"));
        expect(200, send("POST", "/api/v1/Agents/Contact/GetContactEntity?contactEntityId="
                + created.json().get("ContactId"), admin, null));
        expect(502, send("POST", "/api/v1/Agents/Contact/EnrichContactEntity", admin,
                "{\"ContactEntity\":null,\"EnrichId\":\"no-914778271\"}"));
        expect(400, send("POST", "/api/v1/Contact", admin, "{\"Name\":"));
        expect(204, send("DELETE", contact, admin, null));
    }

    private void useTokensTicketsAndCookies() {
        expect(200, send("GET", "/api/v1/Contact/default", "Bearer " + ADMIN_TOKEN, null));
        expect(403, send("POST", "/api/v1/Contact", "Bearer " + READER_TOKEN, "{\"Name\":\"Refused\"}"));
        Map<String, Object> session = signIn(send("POST", "/api/v1/Authentication/SignIn",
                ApiClient.basic("ada", ADMIN_PASSWORD), null));
        Map<String, Object> formSession = signIn(call("POST", "/api/v1/Authentication/SignIn", null)
                .body("UserName=rita&Password=" + READER_PASSWORD, "application/x-www-form-urlencoded").send());
        String ticket = (String) session.get("Ticket");
        expect(200, send("GET", "/api/v1/Contact/default", "SoTicket " + ticket, null));
        expect(200, send("GET", "/api/v1/Contact/default", "SoTicket " + formSession.get("Ticket"), null));
        String cookies = "ContactKitSession=" + ticket + "; XSRF-TOKEN=" + session.get("XsrfToken");
        expect(403, record(call("POST", "/api/v1/Contact", null).header("Cookie", cookies)
                .body("{\"Name\":\"Forged\"}", "application/json").send()));
        expect(200, record(call("POST", "/api/v1/Contact", null).header("Cookie", cookies)
                .header("X-XSRF-TOKEN", (String) session.get("XsrfToken"))
                .body("{\"Name\":\"By cookie\"}", "application/json").send()));
        expect(204, send("POST", "/api/v1/Authentication/SignOut", "SoTicket " + ticket, null));
        expect(401, send("GET", "/api/v1/Contact/default", "SoTicket " + ticket, null));
    }

    /** Wrong secrets of every kind, then a burst of wrong passwords that the limit on failures cuts short. */
    private void guessWrong() {
        secrets.put("a wrong token", "wrong-" + ADMIN_TOKEN);
        expect(401, send("GET", "/api/v1/Contact/default", "Bearer wrong-" + ADMIN_TOKEN, null));
        secrets.put("a wrong app token", "wrong-" + APP_TOKEN);
        expect(401, record(new ApiClient(base).call("GET", "/api/v1/Contact/default")
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("SO-AppToken", "wrong-" + APP_TOKEN)
                .send()));
        secrets.put("a wrong password in a form", "wrong-" + READER_PASSWORD);
        expect(401, record(call("POST", "/api/v1/Authentication/SignIn", null)
                .body("UserName=rita&Password=wrong-" + READER_PASSWORD, "application/x-www-form-urlencoded")
                .send()));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String guess = "guess-" + i + "-" + ADMIN_PASSWORD.substring(3);
            secrets.put("wrong password " + i, guess);
            statuses.add(send("GET", "/api/v1/Contact/default", ApiClient.basic("ada", guess), null).status());
        }
        assertEquals(429, statuses.get(statuses.size() - 1), statuses::toString);
    }

    /**
     * A sign-in's answer holds the ticket and XSRF token it issues, and no other secret; from then on they are
     * secrets too.
     */
    private Map<String, Object> signIn(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        answers.remove(reply);
        secrets.values().forEach(secret -> assertFalse(reply.toString().contains(secret), reply::toString));
        Map<String, Object> session = reply.json();
        int number = secrets.size();
        secrets.put("ticket " + number, (String) session.get("Ticket"));
        secrets.put("XSRF token " + number, (String) session.get("XsrfToken"));
        return session;
    }

    private Reply send(String method, String path, String authorization, String json) {
        ApiClient.Call call = call(method, path, authorization);
        if (json != null) {
            call.body(json, "application/json");
        }
        return record(call.send());
    }

    private ApiClient.Call call(String method, String path, String authorization) {
        ApiClient client = authorization == null ? new ApiClient(base) : new ApiClient(base).as(authorization);
        return client.call(method, path).header("SO-AppToken", APP_TOKEN);
    }

    private Reply record(Reply reply) {
        answers.add(reply);
        return reply;
    }

    private static Reply expect(int status, Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        return reply;
    }
}
