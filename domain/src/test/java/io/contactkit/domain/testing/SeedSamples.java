package io.contactkit.domain.testing;

import io.contactkit.domain.model.ContactEntity;
import java.util.List;
import java.util.Map;

/**
 * The five seed pages ({@code seeds/<page uid>.md} in the test resources, see {@code seeds/SOURCE.md}) and their
 * sample bodies, cut out of them as {@code seeds/<page uid>.<request|response>.json}.
 */
public final class SeedSamples {

    public static final String POST_CONTACT = "v1ContactEntity_PostContactEntity";
    public static final String PUT_CONTACT = "v1ContactEntity_PutContactEntity";
    public static final String PATCH_CONTACT = "v1ContactEntity_PatchContactEntity";
    public static final String SAVE_CONTACT_ENTITY = "v1ContactAgent_SaveContactEntity";
    public static final String ENRICH_CONTACT_ENTITY = "v1ContactAgent_EnrichContactEntity";

    /** Every page whose request and response body are both a ContactEntity. */
    public static final List<String> CONTACT_PAGES = List.of(POST_CONTACT, PUT_CONTACT, SAVE_CONTACT_ENTITY);

    /** Every page, for the response bodies, which are all contacts. */
    public static final List<String> ALL_PAGES = List.of(POST_CONTACT, PUT_CONTACT, PATCH_CONTACT,
            SAVE_CONTACT_ENTITY, ENRICH_CONTACT_ENTITY);

    private SeedSamples() {
    }

    /** The whole reference page, Markdown as published. */
    public static String page(String page) {
        return text(page + ".md");
    }

    public static String request(String page) {
        return text(page + ".request.json");
    }

    public static String response(String page) {
        return text(page + ".response.json");
    }

    public static Map<String, Object> requestTree(String page) {
        return TestJson.parseObject(request(page));
    }

    public static Map<String, Object> responseTree(String page) {
        return TestJson.parseObject(response(page));
    }

    /** The page's sample request body read as a contact. */
    public static ContactEntity requestContact(String page) {
        return FixtureCarriers.read(ContactEntity.class, requestTree(page));
    }

    private static String text(String name) {
        return TestResources.text("seeds/" + name);
    }
}
