package io.contactkit.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A matched request: the endpoint and, for {@code Contact/{id}}, the id. Paths match without regard to case, as the
 * seed pages' own links ({@code /api/v1/contact/321}) need.
 */
record Route(Endpoint endpoint, String idSegment) {

    private static final String PREFIX = "/api/v1/";
    private static final String ID = "{id}";

    /** Path template (lower case, below /api/v1/) to method to endpoint; methods in the order Allow lists them. */
    private static final Map<String, Map<String, Endpoint>> TABLE = table();

    /**
     * The route for a path below the servlet context.
     *
     * @throws RequestRefused 404 for an unknown path, 405 (with Allow) for a known path and another method
     */
    static Route match(String method, String path) {
        String normalised = path.toLowerCase(Locale.ROOT);
        if (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        if (!normalised.startsWith(PREFIX)) {
            throw RequestRefused.notFound(path);
        }
        String below = normalised.substring(PREFIX.length());
        Map<String, Endpoint> methods = TABLE.get(below);
        String idSegment = null;
        if (methods == null && below.startsWith("contact/") && below.indexOf('/', "contact/".length()) < 0) {
            methods = TABLE.get("contact/" + ID);
            idSegment = below.substring("contact/".length());
        }
        if (methods == null) {
            throw RequestRefused.notFound(path);
        }
        Endpoint endpoint = methods.get(method);
        if (endpoint == null) {
            throw RequestRefused.methodNotAllowed(method, new ArrayList<>(methods.keySet()));
        }
        return new Route(endpoint, idSegment);
    }

    /** The id of {@code Contact/{id}}. */
    int contactId() {
        return ContactIds.parse("id", idSegment);
    }

    private static Map<String, Map<String, Endpoint>> table() {
        Map<String, Map<String, Endpoint>> table = new LinkedHashMap<>();
        table.put("contact", Map.of("POST", Endpoint.CREATE_CONTACT));
        table.put("contact/default", Map.of("GET", Endpoint.DEFAULT_CONTACT));
        table.put("contact/validate", Map.of("POST", Endpoint.VALIDATE_CONTACT));
        Map<String, Endpoint> byId = new LinkedHashMap<>();
        byId.put("GET", Endpoint.GET_CONTACT);
        byId.put("PUT", Endpoint.REPLACE_CONTACT);
        byId.put("PATCH", Endpoint.PATCH_CONTACT);
        byId.put("DELETE", Endpoint.DELETE_CONTACT);
        table.put("contact/" + ID, byId);
        table.put("agents/contact/createdefaultcontactentity", Map.of("POST", Endpoint.CREATE_DEFAULT_CONTACT_ENTITY));
        table.put("agents/contact/savecontactentity", Map.of("POST", Endpoint.SAVE_CONTACT_ENTITY));
        table.put("agents/contact/getcontactentity", Map.of("POST", Endpoint.GET_CONTACT_ENTITY));
        table.put("agents/contact/deletecontactentity", Map.of("POST", Endpoint.DELETE_CONTACT_ENTITY));
        table.put("agents/contact/validatecontactentity", Map.of("POST", Endpoint.VALIDATE_CONTACT_ENTITY));
        table.put("agents/contact/enrichcontactentity", Map.of("POST", Endpoint.ENRICH_CONTACT_ENTITY));
        table.put("authentication/signin", Map.of("POST", Endpoint.SIGN_IN));
        table.put("authentication/signout", Map.of("POST", Endpoint.SIGN_OUT));
        return table;
    }
}
