package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.model.SuperOfficeEnum;
import io.contactkit.domain.testing.SeedSamples;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever the server answered, sent back as it came, is accepted and changes nothing: the default entity, a contact
 * made from each seed sample (its placeholder values corrected), and one with a custom field of every type, each
 * sent back by PUT, SaveContactEntity and merge PATCH in PascalCase as written, as SuperOffice's official client
 * re-sends it (camelCase, flag enums as numbers, dates as JavaScript writes them, links dropped) and in XML. Each
 * answers 200 and leaves the stored contact as it was, but for the UpdatedDate every save sets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EchoedAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A custom field of each type the embedded store defines, in the encoded form a client may send. */
    private static final Map<String, String> EVERY_CUSTOM_FIELD = Map.of("SuperOffice:1", "text",
            "SuperOffice:2", "[I:42]", "SuperOffice:3", "[I:2]", "SuperOffice:4", "[F:4.43]",
            "SuperOffice:5", "[D:05/05/1999]", "SuperOffice:6", "True");

    private RunningServer server;
    private ApiClient admin;

    @BeforeAll
    void startServer() {
        server = RunningServer.start(RunningServer.h2("echoed-answers"));
        admin = server.admin();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyAnsweredContactSentBackUnchangedChangesNothing() {
        Map<String, Integer> contacts = new LinkedHashMap<>();
        contacts.put("the default entity, named", created(named(admin.get("/api/v1/Contact/default").json())));
        for (String page : SeedSamples.CONTACT_PAGES) {
            contacts.put("the seed sample " + page, created(corrected(page)));
        }
        Map<String, Object> customFields = named(admin.get("/api/v1/Contact/default").json());
        customFields.put("UserDefinedFields", EVERY_CUSTOM_FIELD);
        customFields.put("ExtraFields", Map.of("x_region", "north"));
        contacts.put("a contact with a custom field of every type", created(customFields));

        Map<String, Function<Map<String, Object>, Object>> forms = new LinkedHashMap<>();
        forms.put("PascalCase as written", answer -> answer);
        forms.put("as the official client re-sends it", EchoedAnswersTest::asTheClientResendsIt);
        List<DynamicTest> tests = new ArrayList<>();
        contacts.forEach((contact, id) -> {
            forms.forEach((form, resent) -> {
                tests.add(DynamicTest.dynamicTest(contact + ", PUT " + form,
                        () -> assertUnchanged(id, body -> admin.call("PUT", "/api/v1/Contact/" + id)
                                .body(json(resent.apply(body)), "application/json").send())));
                tests.add(DynamicTest.dynamicTest(contact + ", SaveContactEntity " + form,
                        () -> assertUnchanged(id, body -> admin.call("POST", "/api/v1/Agents/Contact/SaveContactEntity")
                                .body(json(resent.apply(body)), "application/json").send())));
                tests.add(DynamicTest.dynamicTest(contact + ", merge PATCH " + form,
                        () -> assertUnchanged(id, body -> admin.call("PATCH", "/api/v1/Contact/" + id)
                                .body(json(resent.apply(body)), "application/json").send())));
            });
            tests.add(DynamicTest.dynamicTest(contact + ", PUT in XML as written", () -> assertUnchangedInXml(id)));
        });
        return tests.stream();
    }

    @Test
    void defaultEntityIsCreatedFromWhatTheServerAnsweredInEitherForm() {
        Map<String, Object> fresh = named(admin.call("POST", "/api/v1/Agents/Contact/CreateDefaultContactEntity")
                .send().json());

        Reply asWritten = admin.postJson("/api/v1/Contact", json(fresh));
        Reply asResent = admin.postJson("/api/v1/Contact", json(asTheClientResendsIt(fresh)));

        assertEquals(200, asWritten.status(), asWritten::toString);
        assertEquals(200, asResent.status(), asResent::toString);
        assertEquals("Echo AS", asResent.json().get("Name"));
    }

    /** Output-only members of a form body, down to a sub-carrier's rights, are passed over. */
    @Test
    void formBodyWithWhatTheServerWritesIsAccepted() {
        int id = created(named(admin.get("/api/v1/Contact/default").json()));

        Reply replaced = admin.call("PUT", "/api/v1/Contact/" + id).body("Name=Echo+AS&TableRight.Mask=15"
                + "&TableRight.Reason=&FieldProperties[Name].FieldRight.Mask=67&Address.Street.City=Oslo"
                + "&Address.Street.TableRight.Mask=FULL&Address.Street.TableRight.Reason=&_Links[Self]=x"
                + "&UpdatedDate=0001-01-01T00:00:00", "application/x-www-form-urlencoded").send();

        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals("Oslo", ((Map<?, ?>) ((Map<?, ?>) replaced.json().get("Address")).get("Street")).get("City"));
    }

    @Test
    void aWrongValueBesideEchoedOutputIsStillRefusedNamingItsPath() {
        Map<String, Object> answer = admin.get("/api/v1/Contact/" + created(named(admin.get("/api/v1/Contact/default")
                .json()))).json();
        int before = ((Number) answer.get("ContactId")).intValue();
        answer.put("Deleted", "zero");

        Reply refused = admin.call("PUT", "/api/v1/Contact/" + before).body(json(answer), "application/json").send();

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("Deleted"), ContactApiContract.errorPaths(refused));
    }

    private void assertUnchanged(int id, Function<Map<String, Object>, Reply> sendBack) {
        Map<String, Object> before = admin.get("/api/v1/Contact/" + id).json();

        Reply answered = sendBack.apply(before);

        assertEquals(200, answered.status(), answered::toString);
        assertEquals(stored(before), stored(admin.get("/api/v1/Contact/" + id).json()));
    }

    private void assertUnchangedInXml(int id) {
        Map<String, Object> before = admin.get("/api/v1/Contact/" + id).json();
        String xml = admin.call("GET", "/api/v1/Contact/" + id).header("Accept", "application/xml").send().body();

        Reply answered = admin.call("PUT", "/api/v1/Contact/" + id).body(xml, "application/xml").send();

        assertEquals(200, answered.status(), answered::toString);
        assertEquals(stored(before), stored(admin.get("/api/v1/Contact/" + id).json()));
    }

    private int created(Map<String, Object> body) {
        Reply created = admin.postJson("/api/v1/Contact", json(body));
        assertEquals(200, created.status(), created::toString);
        return ((Number) created.json().get("ContactId")).intValue();
    }

    private static Map<String, Object> named(Map<String, Object> contact) {
        contact.put("Name", "Echo AS");
        return contact;
    }

    /** A seed page's sample with the placeholder values the rules refuse made valid, as SeedSamplesContract does. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> corrected(String page) {
        Map<String, Object> sample = SeedSamples.requestTree(page);
        List<Object> emails = new ArrayList<>();
        for (Object email : (List<Object>) sample.get("Emails")) {
            Map<String, Object> fixed = new LinkedHashMap<>((Map<String, Object>) email);
            fixed.put("Value", "contact" + emails.size() + "@echo.example");
            emails.add(fixed);
        }
        sample.put("Emails", emails);
        List<Object> interests = new ArrayList<>();
        for (Object interest : (List<Object>) sample.get("Interests")) {
            Map<String, Object> known = new LinkedHashMap<>((Map<String, Object>) interest);
            known.put("Id", 272);
            interests.add(known);
        }
        sample.put("Interests", interests);
        Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) sample.get("UserDefinedFields"));
        fields.put("SuperOffice:2", "1075984316");
        sample.put("UserDefinedFields", fields);
        return sample;
    }

    /** What GET answers, in its order, but for what every save sets anew. */
    private static String stored(Map<String, Object> answered) {
        Map<String, Object> kept = new LinkedHashMap<>(answered);
        kept.remove("UpdatedDate");
        return json(kept);
    }

    /**
     * What the official client's converters make of an answer and send back (Create_ContactEntity_From): every name
     * in camelCase, flag enums (TableRight and FieldRight masks) as their numbers, DateTime.MinValue as JavaScript's
     * Date writes it, and no {@code _Links}.
     */
    @SuppressWarnings("unchecked")
    static Object asTheClientResendsIt(Object value) {
        return resent(value, null);
    }

    @SuppressWarnings("unchecked")
    private static Object resent(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, member) -> {
                String memberName = (String) key;
                if (!memberName.equals("_Links")) {
                    String camel = name != null && name.endsWith("Fields") || name != null
                            && name.equals("FieldProperties") ? memberName : camelCase(memberName);
                    out.put(camel, resent(member, memberName));
                }
            });
            if (name != null && (name.equals("TableRight") || name.equals("FieldRight")) && out.get("mask") != null) {
                SuperOfficeEnum flags = name.equals("TableRight") ? SuperOfficeEnum.E_TABLE_RIGHT
                        : SuperOfficeEnum.E_FIELD_RIGHT;
                out.put("mask", number(flags, (String) out.get("mask")));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> resent(item, null)).toList();
        }
        if ("0001-01-01T00:00:00".equals(value)) {
            return "0001-01-01T00:00:00.000Z";
        }
        return value;
    }

    private static int number(SuperOfficeEnum flags, String names) {
        int number = 0;
        for (String flag : names.split(",\\s*")) {
            number |= flags.value(flag).orElseThrow();
        }
        assertTrue(number > 0 || names.equals("None"), names);
        return number;
    }

    private static String camelCase(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
