package io.contactkit.serialization;

import io.contactkit.codec.Documents;
import io.contactkit.codec.ScalarSource;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.testing.TestJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bodies and fixtures the tests share. */
final class Fixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream body(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static String written(Consumer<OutputStream> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static JsonNode jsonTree(String json) {
        return JSON.readTree(json);
    }

    /** A contact with every carrier filled, and strings that XML and JSON must escape or keep apart. */
    static ContactEntity everyCarrier() {
        return Documents.read(ContactEntity.class, TestJson.parseObject(resource("/contacts/every-carrier.json")),
                ScalarSource.JSON);
    }

    /** The {@code _Links} the REST endpoints write for a contact, as the HTTP adapter makes them. */
    static Map<String, String> links(ContactEntity contact) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Self", "https://crm.example.com/api/v1/contact/" + contact.contactId());
        links.put("Archive", "https://crm.example.com/api/v1/contact");
        return links;
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
