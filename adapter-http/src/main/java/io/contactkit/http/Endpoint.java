package io.contactkit.http;

/** What a request asks for, once its method and path are matched. */
enum Endpoint {
    CREATE_CONTACT(true),
    DEFAULT_CONTACT(true),
    GET_CONTACT(true),
    REPLACE_CONTACT(true),
    PATCH_CONTACT(true),
    DELETE_CONTACT(true),
    VALIDATE_CONTACT(true),
    CREATE_DEFAULT_CONTACT_ENTITY(true),
    SAVE_CONTACT_ENTITY(true),
    GET_CONTACT_ENTITY(true),
    DELETE_CONTACT_ENTITY(true),
    VALIDATE_CONTACT_ENTITY(true),
    ENRICH_CONTACT_ENTITY(true),
    SIGN_IN(false),
    SIGN_OUT(true);

    private final boolean authenticated;

    Endpoint(boolean authenticated) {
        this.authenticated = authenticated;
    }

    /** Whether the request must prove who sends it; only signing in comes before that. */
    boolean authenticated() {
        return authenticated;
    }
}
