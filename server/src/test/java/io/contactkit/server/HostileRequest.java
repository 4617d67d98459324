package io.contactkit.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request a client should never get anything but a refusal for, and what the refusal must be.
 *
 * @param label     what is wrong with the request
 * @param path      the request path and query; {@code {id}} stands for the target contact, {@code {other}} for a
 *                  second one
 * @param body      the body bytes; null for none
 * @param status    the expected 4xx status
 * @param namedPath the property path, pointer, header or parameter the problem's errors must name, or how it starts
 *                  where it ends in {@code ...} (the paths into deep nesting are long); null where the refusal
 *                  concerns no single field (401, 404, 405, 406, 409, 412, 413, 415, what Jetty itself refuses)
 */
record HostileRequest(String label, String method, String path, Map<String, String> headers, byte[] body, int status,
                      String namedPath) {

    static final String CONTACT = "/api/v1/Contact";
    static final String TARGET = "/api/v1/Contact/{id}";
    static final String SAVE = "/api/v1/Agents/Contact/SaveContactEntity";
    static final String GET_ENTITY = "/api/v1/Agents/Contact/GetContactEntity";
    static final String ENRICH = "/api/v1/Agents/Contact/EnrichContactEntity";

    static final String JSON = "application/json";
    static final String XML = "application/xml";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON_PATCH = "application/json-patch+json";
    static final String MERGE_PATCH = "application/merge-patch+json";

    HostileRequest {
        headers = Map.copyOf(headers);
    }

    /** The path with the contact ids filled in. */
    String path(int targetId, int otherId) {
        return withIds(path, targetId, otherId);
    }

    /** The body with the contact ids filled in; its other bytes as they are, UTF-8 or not. */
    byte[] body(int targetId, int otherId) {
        return body == null ? null : withIds(new String(body, StandardCharsets.ISO_8859_1), targetId, otherId)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String withIds(String text, int targetId, int otherId) {
        return text.replace("{id}", String.valueOf(targetId)).replace("{other}", String.valueOf(otherId));
    }

    /** Whether the path is one of the problem's error paths (or starts one, for a {@code namedPath} in "..."). */
    boolean named(List<String> errorPaths) {
        if (!namedPath.endsWith("...")) {
            return errorPaths.contains(namedPath);
        }
        String start = namedPath.substring(0, namedPath.length() - 3);
        return errorPaths.stream().anyMatch(error -> error.startsWith(start));
    }

    boolean wantsXml() {
        return headers.getOrDefault("Accept", "").contains("xml");
    }

    @Override
    public String toString() {
        return status + " for " + method + " " + path + ": " + label;
    }

    /** A request being described: method, path, headers and body. */
    static final class Draft {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Draft(String method, String path) {
            this.method = method;
            this.path = path;
        }

        static Draft request(String method, String path) {
            return new Draft(method, path);
        }

        Draft header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Draft body(byte[] bytes, String contentType) {
            this.body = bytes;
            return contentType == null ? this : header("Content-Type", contentType);
        }

        Draft body(String text, String contentType) {
            return body(text.getBytes(StandardCharsets.UTF_8), contentType);
        }

        Draft json(String text) {
            return body(text, JSON);
        }

        Draft xml(String text) {
            return body(text, XML);
        }

        Draft form(String text) {
            return body(text, FORM);
        }

        Draft jsonPatch(String text) {
            return body(text, JSON_PATCH);
        }

        Draft mergePatch(String text) {
            return body(text, MERGE_PATCH);
        }
    }

    /** The cases, in the order they are added. */
    static final class Table {

        private final List<HostileRequest> cases = new ArrayList<>();

        void add(String label, Draft draft, int status, String namedPath) {
            cases.add(new HostileRequest(label, draft.method, draft.path, draft.headers, draft.body, status,
                    namedPath));
        }

        List<HostileRequest> cases() {
            return List.copyOf(cases);
        }
    }
}
