package io.contactkit.benchmarks.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonpatch.JsonPatch;
import com.github.fge.jsonpatch.JsonPatchException;
import com.github.fge.jsonpatch.mergepatch.JsonMergePatch;
import java.io.IOException;
import java.io.UncheckedIOException;

/** com.github.java-json-tools:json-patch on Jackson 2 trees. */
public final class JsonToolsPatching {

    private final ObjectMapper mapper = new ObjectMapper();

    public byte[] jsonPatch(byte[] contact, byte[] patch) {
        try {
            JsonNode patched = JsonPatch.fromJson(mapper.readTree(patch)).apply(mapper.readTree(contact));
            return mapper.writeValueAsBytes(patched);
        } catch (JsonPatchException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] mergePatch(byte[] contact, byte[] patch) {
        try {
            JsonNode patched = JsonMergePatch.fromJson(mapper.readTree(patch)).apply(mapper.readTree(contact));
            return mapper.writeValueAsBytes(patched);
        } catch (JsonPatchException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
