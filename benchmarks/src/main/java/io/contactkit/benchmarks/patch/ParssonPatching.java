package io.contactkit.benchmarks.patch;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Jakarta JSON Processing (Parsson) {@code JsonPatch} and {@code JsonMergePatch}. The provider and factories are
 * made once: {@code Json.createReader} would look the provider up on every call.
 */
public final class ParssonPatching {

    private final JsonProvider json = JsonProvider.provider();
    private final JsonReaderFactory readers = json.createReaderFactory(Map.of());
    private final JsonWriterFactory writers = json.createWriterFactory(Map.of());

    public byte[] jsonPatch(byte[] contact, byte[] patch) {
        JsonObject document = read(contact).asJsonObject();
        return write(json.createPatch(read(patch).asJsonArray()).apply(document));
    }

    public byte[] mergePatch(byte[] contact, byte[] patch) {
        JsonObject document = read(contact).asJsonObject();
        return write(json.createMergePatch(read(patch)).apply(document));
    }

    private JsonValue read(byte[] bytes) {
        try (JsonReader reader = readers.createReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return reader.readValue();
        }
    }

    private byte[] write(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonWriter writer = writers.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        return out.toByteArray();
    }
}
