package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as it runs: Tomcat on a random port, the Contact API at /api/v1/, its contacts in the application's
 * PostgreSQL database (a real server here), its user signed in by Spring Security. Everything goes over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ContactApiInTheApplicationTest {

    private static final String USER = "clerk";
    /** Made for this run; the application is given only its hash, as it would be in production. */
    private static final String PASSWORD = randomPassword();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The application's database: a PostgreSQL server, started before the application, which closes after this
     * class (@DirtiesContext); the server stops when the test JVM exits (its shutdown hook).
     */
    private static EmbeddedPostgres postgres;

    @LocalServerPort
    private int port;

    @Autowired
    private DataSource applicationDatabase;

    @DynamicPropertySource
    static void applicationSettings(DynamicPropertyRegistry properties) throws IOException {
        postgres = EmbeddedPostgres.start();
        String passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        properties.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "");
        properties.add("crm.user.name", () -> USER);
        properties.add("crm.user.password-hash", () -> passwordHash);
    }

    @Test
    void contactIsCreatedReadAndPatchedOverHttpAndKeptInTheApplicationsDatabase() throws Exception {
        HttpResponse<String> created = send(signedIn("POST", "/api/v1/Contact",
                "{\"Name\":\"Dare Group\",\"Department\":\"Sales\"}", "application/json"));
        assertEquals(200, created.statusCode(), created::body);
        int id = JSON.readTree(created.body()).get("ContactId").asInt();
        assertEquals(base() + "/api/v1/contact/" + id, created.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> read = send(signedIn("GET", "/api/v1/Contact/" + id, null, null));
        assertEquals(200, read.statusCode(), read::body);
        JsonNode contact = JSON.readTree(read.body());
        assertEquals("Dare Group", contact.get("Name").asString());
        assertEquals("Sales", contact.get("Department").asString());

        HttpResponse<String> patched = send(signedIn("PATCH", "/api/v1/Contact/" + id,
                "[{\"op\":\"replace\",\"path\":\"/Department\",\"value\":\"Support\"}]", "application/json-patch+json"));
        assertEquals(200, patched.statusCode(), patched::body);
        assertEquals("Support", JSON.readTree(patched.body()).get("Department").asString());

        HttpResponse<String> reread = send(signedIn("GET", "/api/v1/Contact/" + id, null, null));
        assertEquals("Support", JSON.readTree(reread.body()).get("Department").asString());
        assertEquals(USER, JSON.readTree(reread.body()).get("UpdatedBy").get("UserName").asString());
        assertEquals("Support", new JdbcTemplate(applicationDatabase)
                .queryForObject("SELECT department FROM contact WHERE id = ?", String.class, id));
    }

    @Test
    void formBodyReachesTheApiPastSpringMvc() throws Exception {
        HttpResponse<String> created = send(signedIn("POST", "/api/v1/Contact", "{\"Name\":\"Form\"}",
                "application/json"));
        int id = JSON.readTree(created.body()).get("ContactId").asInt();

        HttpResponse<String> replaced = send(signedIn("PUT", "/api/v1/Contact/" + id,
                "Name=Replaced+by+a+form&Department=Desk", "application/x-www-form-urlencoded"));

        assertEquals(200, replaced.statusCode(), replaced::body);
        assertEquals("Replaced by a form", JSON.readTree(replaced.body()).get("Name").asString());
    }

    @Test
    void requestWithoutSignInIsAnsweredByTheApisOwnProblem() throws Exception {
        HttpResponse<String> refused = send(request("GET", "/api/v1/Contact/1", null, null));

        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> refused.headers().toString());
        assertEquals(401, JSON.readTree(refused.body()).get("status").asInt());
        assertEquals("Basic realm=\"crm\"", refused.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void wrongPasswordIsRefusedBySpringSecurity() throws Exception {
        HttpResponse<String> refused = send(request("GET", "/api/v1/Contact/1", null, null)
                .header("Authorization", basic(USER, PASSWORD + "x")));

        assertEquals(401, refused.statusCode());
        assertEquals("Basic realm=\"crm\"", refused.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    private HttpRequest.Builder signedIn(String method, String path, String body, String contentType) {
        return request(method, path, body, contentType).header("Authorization", basic(USER, PASSWORD));
    }

    private HttpRequest.Builder request(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return contentType == null ? request : request.header("Content-Type", contentType);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
