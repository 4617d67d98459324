package io.contactkit.http;

import io.contactkit.domain.ContactRevision;
import io.contactkit.domain.model.Contact;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.search.ArchivePage;
import io.contactkit.serialization.EnrichRequest;
import io.contactkit.serialization.PatchBody;
import io.contactkit.serialization.ProblemDetails;
import io.contactkit.serialization.ResponseType;
import io.contactkit.serialization.ValidateRequest;
import io.contactkit.serialization.WireFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads request bodies and writes answers through the serialization adapter, in the negotiated media type. */
final class Answers {

    private static final Logger LOG = LoggerFactory.getLogger(ContactApiServlet.class);

    private final WireFormat wire;

    Answers(WireFormat wire) {
        this.wire = wire;
    }

    /**
     * How a contact answer will be written, worked out before the core is called, so a request that cannot be
     * answered (406, a bad $select or SO-TimeZone) changes nothing.
     */
    record Plan(ResponseType type, Selection selection, ZoneId zone) {
    }

    Plan plan(Exchange exchange) {
        return plan(exchange, exchange.selection());
    }

    /** The plan with a selection of the caller's own (of another carrier than the contact entity). */
    Plan plan(Exchange exchange, Selection selection) {
        String accept = exchange.header("Accept");
        ResponseType type = AcceptHeader.response(accept).orElseThrow(() -> RequestRefused.notAcceptable(accept));
        return new Plan(type, selection, TimeZones.requested(exchange.header("SO-TimeZone")));
    }

    ContactEntity readContact(Exchange exchange) {
        return wire.readContact(exchange.body(), exchange.header("Content-Type"));
    }

    EnrichRequest readEnrichRequest(Exchange exchange) {
        return wire.readEnrichRequest(exchange.body(), exchange.header("Content-Type"));
    }

    List<Integer> readContactIds(Exchange exchange) {
        return wire.readContactIds(exchange.body(), exchange.header("Content-Type"));
    }

    ValidateRequest readValidateRequest(Exchange exchange) {
        return wire.readValidateRequest(exchange.body(), exchange.header("Content-Type"));
    }

    PatchBody readPatch(Exchange exchange) {
        return wire.readPatch(exchange.body(), exchange.header("Content-Type"));
    }

    /**
     * 200 with the contact, followed by its links unless they are null (the Agents endpoints answer none);
     * Last-Modified from its UpdatedDate, and the ETag of its version where it is stored.
     */
    void contact(Exchange exchange, Plan plan, ContactRevision revision, Map<String, String> links) {
        ContactEntity contact = revision.contact();
        validators(exchange, revision);
        // a contact with a few elements of each kind is 9-10 KB as JSON
        ByteArrayOutputStream body = new ByteArrayOutputStream(16384);
        if (links != null) {
            wire.writeContact(contact, links, plan.selection(), plan.zone(), plan.type(), body);
        } else {
            wire.writeContact(contact, plan.selection(), plan.zone(), plan.type(), body);
        }
        send(exchange, 200, plan.type(), body);
    }

    /**
     * The answer to a change the store has made: the contact as {@link #contact} writes it, or, should that fail
     * after all, 204 without a body, with its ETag and Location, and the failure logged under a correlation id the
     * answer names. The change is done: an error status would tell the client otherwise, and it would try again.
     */
    void changed(Exchange exchange, Plan plan, ContactRevision revision, Map<String, String> links) {
        try {
            contact(exchange, plan, revision, links);
        } catch (RuntimeException unwritable) {
            HttpServletResponse response = exchange.response();
            if (response.isCommitted()) {
                throw unwritable;
            }
            String correlationId = UUID.randomUUID().toString();
            LOG.error("{} {} changed contact {}, but the answer could not be written [correlation id {}]",
                    LoggedText.of(exchange.method()), LoggedText.of(exchange.path()),
                    revision.contact().contactId(), correlationId, unwritable);
            String location = response.getHeader("Location");
            response.reset();
            validators(exchange, revision);
            if (location != null) {
                response.setHeader("Location", location);
            }
            response.setHeader("X-Correlation-Id", correlationId);
            empty(exchange, 204);
        }
    }

    /** 200 with Contact carriers, as a list. */
    void contacts(Exchange exchange, Plan plan, List<Contact> contacts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024 + 512 * contacts.size());
        wire.writeContacts(contacts, plan.selection(), plan.zone(), plan.type(), body);
        send(exchange, 200, plan.type(), body);
    }

    /** 200 with a page of the contact archive. */
    void archivePage(Exchange exchange, ArchivePage page, String metadataUrl, String nextLink, ZoneId zone,
                     boolean full, boolean jsonSafe, ResponseType type) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024 + 256 * page.rows().size());
        wire.writeArchivePage(page, metadataUrl, nextLink, zone, full, jsonSafe, type, body);
        send(exchange, 200, type, body);
    }

    /** 200 with messages by property path, as ValidateContactEntity answers them. */
    void messages(Exchange exchange, Plan plan, Map<String, String> messages) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        wire.writeMessages(messages, plan.type(), body);
        send(exchange, 200, plan.type(), body);
    }

    void notModified(Exchange exchange, ContactRevision revision) {
        validators(exchange, revision);
        empty(exchange, 304);
    }

    void noContent(Exchange exchange) {
        empty(exchange, 204);
    }

    void empty(Exchange exchange, int status) {
        exchange.response().setStatus(status);
        exchange.stampCommonHeaders();
    }

    /** The problem in JSON or XML, whichever the client accepts. A body left unread closes the connection. */
    void problem(Exchange exchange, ProblemDetails problem, Map<String, List<String>> headers) {
        HttpServletResponse response = exchange.response();
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (exchange.bodyUnread()) {
            response.setHeader("Connection", "close");
        }
        if (problem.correlationId() != null) {
            response.setHeader("X-Correlation-Id", problem.correlationId());
        }
        ResponseType type = AcceptHeader.problem(exchange.header("Accept"));
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        wire.writeProblem(problem, type, body);
        send(exchange, problem.status(), type, body);
    }

    /** Last-Modified from the UpdatedDate; a strong ETag from the stored version. */
    private static void validators(Exchange exchange, ContactRevision revision) {
        HttpServletResponse response = exchange.response();
        if (revision.contact().updatedDate() != null) {
            response.setHeader("Last-Modified", HttpDates.format(revision.contact().updatedDate()));
        }
        if (revision.stored()) {
            response.setHeader("ETag", EntityTags.of(revision.version()));
        }
    }

    /**
     * Writes a body produced in full beforehand, so a failure while producing it can still be answered cleanly. A
     * HEAD answer says how long the body is, and leaves it out.
     */
    private static void send(Exchange exchange, int status, ResponseType type, ByteArrayOutputStream body) {
        HttpServletResponse response = exchange.response();
        response.setStatus(status);
        response.setContentType(type.contentType());
        response.setContentLength(body.size());
        exchange.stampCommonHeaders();
        if (exchange.head()) {
            return;
        }
        // flushed, not closed: the exchange may still drop what the client sends before it ends
        try {
            OutputStream out = response.getOutputStream();
            body.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
