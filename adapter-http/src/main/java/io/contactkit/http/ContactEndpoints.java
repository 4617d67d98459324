package io.contactkit.http;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactRevision;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.Preconditions;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.patch.PatchDocument;
import io.contactkit.serialization.EnrichRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The Contact endpoints of the seed pages, each as: read the request, call the core, answer. */
final class ContactEndpoints {

    private final ContactService contacts;
    private final Answers answers;

    ContactEndpoints(ContactService contacts, Answers answers) {
        this.contacts = contacts;
        this.answers = answers;
    }

    void handle(Route route, Exchange exchange, Caller caller) {
        switch (route.endpoint()) {
            case CREATE_CONTACT:
                create(exchange, caller);
                return;
            case DEFAULT_CONTACT:
                defaultEntity(exchange, caller);
                return;
            case GET_CONTACT:
                get(route.contactId(), exchange, caller);
                return;
            case REPLACE_CONTACT:
                replace(route.contactId(), exchange, caller);
                return;
            case PATCH_CONTACT:
                patch(route.contactId(), exchange, caller);
                return;
            case DELETE_CONTACT:
                delete(route.contactId(), exchange, caller);
                return;
            case VALIDATE_CONTACT:
                validate(answers.readContact(exchange), exchange, caller);
                return;
            case CREATE_DEFAULT_CONTACT_ENTITY:
                createDefaultEntity(exchange, caller);
                return;
            case SAVE_CONTACT_ENTITY:
                save(exchange, caller);
                return;
            case GET_CONTACT_ENTITY:
                getEntity(exchange, caller);
                return;
            case DELETE_CONTACT_ENTITY:
                deleteEntity(exchange, caller);
                return;
            case VALIDATE_CONTACT_ENTITY:
                validate(answers.readValidateRequest(exchange).contactEntity(), exchange, caller);
                return;
            case ENRICH_CONTACT_ENTITY:
                enrich(exchange, caller);
                return;
            default:
                throw new IllegalStateException("not a contact endpoint: " + route.endpoint());
        }
    }

    private void create(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactRevision created = contacts.create(answers.readContact(exchange), caller);
        Map<String, String> links = Links.of(created.contact(), exchange.baseUrl());
        exchange.response().setHeader("Location", links.get("Self"));
        answers.changed(exchange, plan, created, links);
    }

    private void defaultEntity(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactEntity fresh = contacts.defaultEntity(caller);
        answers.contact(exchange, plan, new ContactRevision(fresh, 0), Links.of(fresh, exchange.baseUrl()));
    }

    private void get(int contactId, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        Preconditions preconditions = preconditions(exchange);
        ContactRevision contact = contacts.get(contactId, preconditions, caller);
        if (preconditions.notModified(contact)) {
            answers.notModified(exchange, contact);
            return;
        }
        answers.contact(exchange, plan, contact, Links.of(contact.contact(), exchange.baseUrl()));
    }

    private void replace(int contactId, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        Preconditions preconditions = preconditions(exchange);
        ContactRevision replaced = contacts.replace(contactId, answers.readContact(exchange), preconditions, caller);
        answers.changed(exchange, plan, replaced, Links.of(replaced.contact(), exchange.baseUrl()));
    }

    private void patch(int contactId, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        Preconditions preconditions = preconditions(exchange);
        PatchDocument document = PatchDocument.parse(answers.readPatch(exchange).tree(),
                contacts.customFieldCatalog());
        ContactRevision patched = contacts.patch(contactId, document, preconditions, caller);
        answers.changed(exchange, plan, patched, Links.of(patched.contact(), exchange.baseUrl()));
    }

    private void delete(int contactId, Exchange exchange, Caller caller) {
        contacts.delete(contactId, preconditions(exchange), caller);
        answers.noContent(exchange);
    }

    /** CreateDefaultContactEntity: the default contact as the agent answers it, without links; nothing is read. */
    private void createDefaultEntity(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactEntity fresh = contacts.defaultEntity(caller);
        answers.contact(exchange, plan, new ContactRevision(fresh, 0), null);
    }

    /** ValidateContactEntity and Contact/Validate: the rules' messages by property path; nothing is stored. */
    private void validate(ContactEntity sent, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        answers.messages(exchange, plan, contacts.validate(sent, caller));
    }

    private void save(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactRevision saved = contacts.save(answers.readContact(exchange), caller);
        answers.changed(exchange, plan, saved, null);
    }

    private void getEntity(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        int contactId = ContactIds.parse("contactEntityId",
                exchange.queryParameter("contactEntityId").orElse(null));
        answers.contact(exchange, plan, contacts.get(contactId, caller), null);
    }

    private void deleteEntity(Exchange exchange, Caller caller) {
        int contactId = ContactIds.parse("ContactEntityId", exchange.queryParameter("ContactEntityId").orElse(null));
        contacts.delete(contactId, Preconditions.none(), caller);
        answers.noContent(exchange);
    }

    /**
     * The contact with its company's data merged in, unsaved unless {@code ?save=true} asks to save a stored contact
     * in the same call.
     */
    private void enrich(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        boolean save = flag(exchange, "save");
        EnrichRequest request = answers.readEnrichRequest(exchange);
        ContactRevision enriched = contacts.enrich(request.contactEntity(), request.enrichId(), save, caller);
        if (save) {
            answers.changed(exchange, plan, enriched, null);
        } else {
            answers.contact(exchange, plan, enriched, null);
        }
    }

    private static boolean flag(Exchange exchange, String name) {
        String value = exchange.queryParameter(name).orElse("false");
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw InvalidInputException.of(name, "'" + (value.length() <= 20 ? value : value.substring(0, 20) + "...")
                + "' is neither true nor false");
    }

    /**
     * If-Match, If-None-Match, If-Unmodified-Since and If-Modified-Since as the core's preconditions. A value that
     * is not an entity-tag list or an HTTP date is refused rather than ignored: a client that meant to guard its
     * update must not have it applied unguarded.
     */
    private static Preconditions preconditions(Exchange exchange) {
        Preconditions preconditions = Preconditions.none();
        String ifMatch = exchange.header("If-Match");
        if (ifMatch != null) {
            preconditions = preconditions.ifMatch(EntityTags.ifMatch(ifMatch));
        }
        String ifNoneMatch = exchange.header("If-None-Match");
        if (ifNoneMatch != null) {
            preconditions = preconditions.ifNoneMatch(EntityTags.ifNoneMatch(ifNoneMatch));
        }
        String unmodifiedSince = exchange.header("If-Unmodified-Since");
        if (unmodifiedSince != null) {
            preconditions = preconditions.ifUnmodifiedSince(HttpDates.parse(unmodifiedSince).orElseThrow(() ->
                    InvalidInputException.of("If-Unmodified-Since", "'" + LoggedText.of(unmodifiedSince)
                            + "' is not an HTTP date such as 'Wed, 04 Mar 2026 10:15:30 GMT'")));
        }
        // an If-Modified-Since that is no date is ignored (RFC 9110, section 13.1.3): the answer is then the body
        Optional<Instant> modifiedSince = HttpDates.parse(exchange.header("If-Modified-Since"));
        return modifiedSince.isPresent() ? preconditions.ifModifiedSince(modifiedSince.get()) : preconditions;
    }
}
