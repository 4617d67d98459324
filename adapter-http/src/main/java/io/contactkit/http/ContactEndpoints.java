package io.contactkit.http;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.UpdateCondition;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.patch.PatchDocument;
import io.contactkit.serialization.EnrichRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        ContactEntity created = contacts.create(answers.readContact(exchange), caller);
        Map<String, String> links = Links.of(created, exchange.baseUrl());
        exchange.response().setHeader("Location", links.get("Self"));
        answers.contact(exchange, plan, created, links);
    }

    private void defaultEntity(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactEntity fresh = contacts.defaultEntity(caller);
        answers.contact(exchange, plan, fresh, Links.of(fresh, exchange.baseUrl()));
    }

    private void get(int contactId, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactEntity contact = contacts.get(contactId, caller);
        Optional<Instant> modifiedSince = HttpDates.parse(exchange.header("If-Modified-Since"));
        if (modifiedSince.isPresent() && contact.updatedDate() != null
                && !contact.updatedDate().truncatedTo(ChronoUnit.SECONDS).isAfter(modifiedSince.get())) {
            answers.notModified(exchange, contact.updatedDate());
            return;
        }
        answers.contact(exchange, plan, contact, Links.of(contact, exchange.baseUrl()));
    }

    private void replace(int contactId, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        UpdateCondition condition = condition(exchange);
        ContactEntity replaced = contacts.replace(contactId, answers.readContact(exchange), condition, caller);
        answers.contact(exchange, plan, replaced, Links.of(replaced, exchange.baseUrl()));
    }

    private void patch(int contactId, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        UpdateCondition condition = condition(exchange);
        PatchDocument document = PatchDocument.parse(answers.readPatch(exchange).tree(),
                contacts.customFieldCatalog());
        ContactEntity patched = contacts.patch(contactId, document, condition, caller);
        answers.contact(exchange, plan, patched, Links.of(patched, exchange.baseUrl()));
    }

    private void delete(int contactId, Exchange exchange, Caller caller) {
        contacts.delete(contactId, condition(exchange), caller);
        answers.noContent(exchange);
    }

    /** CreateDefaultContactEntity: the default contact as the agent answers it, without links; nothing is read. */
    private void createDefaultEntity(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactEntity fresh = contacts.defaultEntity(caller);
        answers.contact(exchange, plan, fresh, null);
    }

    /** ValidateContactEntity and Contact/Validate: the rules' messages by property path; nothing is stored. */
    private void validate(ContactEntity sent, Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        answers.messages(exchange, plan, contacts.validate(sent, caller));
    }

    private void save(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        ContactEntity saved = contacts.save(answers.readContact(exchange), caller);
        answers.contact(exchange, plan, saved, null);
    }

    private void getEntity(Exchange exchange, Caller caller) {
        Answers.Plan plan = answers.plan(exchange);
        int contactId = ContactIds.parse("contactEntityId",
                exchange.queryParameter("contactEntityId").orElse(null));
        ContactEntity contact = contacts.get(contactId, caller);
        answers.contact(exchange, plan, contact, null);
    }

    private void deleteEntity(Exchange exchange, Caller caller) {
        int contactId = ContactIds.parse("ContactEntityId", exchange.queryParameter("ContactEntityId").orElse(null));
        contacts.delete(contactId, UpdateCondition.none(), caller);
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
        ContactEntity enriched = contacts.enrich(request.contactEntity(), request.enrichId(), save, caller);
        answers.contact(exchange, plan, enriched, null);
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
     * If-Unmodified-Since as the core's condition. A value that is not an HTTP date is refused rather than ignored:
     * a client that meant to guard its update must not have it applied unguarded.
     */
    private static UpdateCondition condition(Exchange exchange) {
        String header = exchange.header("If-Unmodified-Since");
        if (header == null) {
            return UpdateCondition.none();
        }
        Instant unmodifiedSince = HttpDates.parse(header).orElseThrow(() -> InvalidInputException.of(
                "If-Unmodified-Since", "'" + header + "' is not an HTTP date such as 'Wed, 04 Mar 2026 10:15:30 GMT'"));
        return UpdateCondition.unmodifiedSince(unmodifiedSince);
    }
}
