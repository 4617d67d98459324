package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.testing.SeedSamples;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each seed page's sample request, sent as the page shows it (only its Basic credentials replaced by a configured
 * user), is answered 400 naming exactly the placeholder values the rules refuse; the same request with those values
 * made valid is answered 200. What is refused besides the placeholder emails follows from the embedded store's
 * starting lists: interest 474 is not one of them, and custom field {@code SuperOffice:2} is defined as a number.
 * The EnrichContactEntity sample breaks no rule but names a company no dataset holds (EnrichId {@code non}): 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedSamplesContract {

    /** The highest ContactId a sample updates (SaveContactEntity's), so that every sample's contact exists. */
    private static final int HIGHEST_SAMPLE_ID = 667;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunningServer server;
    private ApiClient admin;

    abstract List<String> databaseArgs();

    void stopDatabase() {
    }

    @BeforeAll
    void startServer() {
        server = RunningServer.start(databaseArgs());
        admin = server.admin();
        int id = 0;
        while (id < HIGHEST_SAMPLE_ID) {
            Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Filler\"}");
            assertEquals(200, created.status(), created::toString);
            id = (Integer) created.json().get("ContactId");
        }
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
        stopDatabase();
    }

    @Test
    void postContactSampleIsRefusedForItsPlaceholderEmailsAndAcceptedWithRealOnes() {
        Map<String, Object> sample = SeedSamples.requestTree(SeedSamples.POST_CONTACT);

        Reply asIs = send(SeedSamples.POST_CONTACT, null, sample);
        Reply valid = send(SeedSamples.POST_CONTACT, null, withValidEmails(sample));

        assertEquals(400, asIs.status(), asIs::toString);
        assertEquals(List.of("Emails[0].Value", "Emails[1].Value"), ContactApiContract.errorPaths(asIs));
        assertEquals(200, valid.status(), valid::toString);
        assertEquals(sample.get("Name"), valid.json().get("Name"));
    }

    @Test
    void putContactSampleIsRefusedForItsPlaceholderEmailsAndAcceptedWithRealOnes() {
        Map<String, Object> sample = SeedSamples.requestTree(SeedSamples.PUT_CONTACT);
        String id = String.valueOf(sample.get("ContactId"));

        Reply asIs = send(SeedSamples.PUT_CONTACT, id, sample);
        Map<String, Object> valid = withValidEmails(sample);
        valid.put("UserDefinedFields", Map.of("SuperOffice:1", "Travis Weissnat", "SuperOffice:2", "1075984316"));
        Reply accepted = send(SeedSamples.PUT_CONTACT, id, valid);

        assertEquals(400, asIs.status(), asIs::toString);
        assertEquals(List.of("CustomFields.SuperOffice:2", "Emails[0].Value", "Emails[1].Value"),
                ContactApiContract.errorPaths(asIs));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(sample.get("Name"), admin.get("/api/v1/Contact/" + id).json().get("Name"));
    }

    @Test
    void saveContactEntitySampleIsRefusedForItsPlaceholderEmailsAndAcceptedWithRealOnes() {
        Map<String, Object> sample = SeedSamples.requestTree(SeedSamples.SAVE_CONTACT_ENTITY);

        Reply asIs = send(SeedSamples.SAVE_CONTACT_ENTITY, null, sample);
        Map<String, Object> valid = withValidEmails(sample);
        Map<String, Object> interest = new LinkedHashMap<>(firstOf(sample, "Interests"));
        interest.put("Id", 272);
        valid.put("Interests", List.of(interest));
        Reply accepted = send(SeedSamples.SAVE_CONTACT_ENTITY, null, valid);

        assertEquals(400, asIs.status(), asIs::toString);
        assertEquals(List.of("Emails[0].Value", "Emails[1].Value", "Interests[0].Id"),
                ContactApiContract.errorPaths(asIs));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(sample.get("ContactId"), accepted.json().get("ContactId"));
    }

    @Test
    void patchContactSampleIsRefusedForItsUnknownPathAndAcceptedWithAKnownOne() {
        String id = "1";

        Reply asIs = sendText(SeedSamples.PATCH_CONTACT, id, SeedSamples.request(SeedSamples.PATCH_CONTACT));
        String valid = SeedSamples.request(SeedSamples.PATCH_CONTACT).replace("\"perferendis\"", "\"CustomFields\"");
        Reply patched = sendText(SeedSamples.PATCH_CONTACT, id, valid);

        assertEquals(400, asIs.status(), asIs::toString);
        assertEquals(List.of("perferendis"), ContactApiContract.errorPaths(asIs));
        assertEquals(200, patched.status(), patched::toString);
        assertEquals(Map.of(), patched.json().get("CustomFields"));
    }

    @Test
    void enrichContactEntitySampleNamesAnUnknownCompanyAndAKnownOneIsMerged() {
        Map<String, Object> sample = SeedSamples.requestTree(SeedSamples.ENRICH_CONTACT_ENTITY);
        Map<String, Object> known = new LinkedHashMap<>(sample);
        known.put("EnrichId", "no-914778271");

        Reply asIs = send(SeedSamples.ENRICH_CONTACT_ENTITY, null, sample);
        Reply merged = send(SeedSamples.ENRICH_CONTACT_ENTITY, null, known);

        assertEquals(404, asIs.status(), asIs::toString);
        assertTrue(((String) asIs.json().get("detail")).contains("'non'"), asIs::toString);
        assertEquals(200, merged.status(), merged::toString);
        assertEquals("Fjordlys Instrumenter AS", merged.json().get("Name"));
    }

    private Reply send(String page, String id, Map<String, Object> body) {
        return sendText(page, id, JSON.writeValueAsString(body));
    }

    /** The page's request line and headers as shown, Basic credentials replaced by the configured administrator. */
    private Reply sendText(String page, String id, String body) {
        SeedPage seed = SeedPage.read(page);
        ApiClient.Call call = admin.call(seed.method(), seed.path().replace("{id}", id == null ? "" : id));
        for (String[] header : seed.headers()) {
            if (!header[0].equalsIgnoreCase("Authorization")) {
                call.header(header[0], header[1]);
            }
        }
        return call.body(body, null).send();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstOf(Map<String, Object> sample, String list) {
        return (Map<String, Object>) ((List<Object>) sample.get(list)).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withValidEmails(Map<String, Object> sample) {
        Map<String, Object> valid = new LinkedHashMap<>(sample);
        List<Object> emails = new ArrayList<>();
        int n = 0;
        for (Object email : (List<Object>) sample.get("Emails")) {
            Map<String, Object> fixed = new LinkedHashMap<>((Map<String, Object>) email);
            fixed.put("Value", "contact" + n++ + "@dare.example");
            emails.add(fixed);
        }
        valid.put("Emails", emails);
        return valid;
    }
}
