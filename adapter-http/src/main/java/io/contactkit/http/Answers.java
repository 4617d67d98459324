package io.contactkit.http;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Reads request bodies and writes answers through the serialization adapter, in the negotiated media type. */
final class Answers {

    /** How much of a refused request's body is read and dropped before the connection is given up. */
    private static final long DISCARDED_BODY_BYTES = 8L * 1024 * 1024;

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
        String accept = exchange.header("Accept");
        ResponseType type = AcceptHeader.response(accept).orElseThrow(() -> RequestRefused.notAcceptable(accept));
        return new Plan(type, exchange.selection(), TimeZones.requested(exchange.header("SO-TimeZone")));
    }

    ContactEntity readContact(Exchange exchange) {
        return wire.readContact(exchange.body(), exchange.header("Content-Type"));
    }

    EnrichRequest readEnrichRequest(Exchange exchange) {
        return wire.readEnrichRequest(exchange.body(), exchange.header("Content-Type"));
    }

    ValidateRequest readValidateRequest(Exchange exchange) {
        return wire.readValidateRequest(exchange.body(), exchange.header("Content-Type"));
    }

    PatchBody readPatch(Exchange exchange) {
        return wire.readPatch(exchange.body(), exchange.header("Content-Type"));
    }

    /**
     * 200 with the contact, followed by its links unless they are null (the Agents endpoints answer none);
     * Last-Modified from its UpdatedDate.
     */
    void contact(Exchange exchange, Plan plan, ContactEntity contact, Map<String, String> links) {
        if (contact.updatedDate() != null) {
            exchange.response().setHeader("Last-Modified", HttpDates.format(contact.updatedDate()));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        if (links != null) {
            wire.writeContact(contact, links, plan.selection(), plan.zone(), plan.type(), body);
        } else {
            wire.writeContact(contact, plan.selection(), plan.zone(), plan.type(), body);
        }
        send(exchange, 200, plan.type(), body);
    }

    /** 200 with messages by property path, as ValidateContactEntity answers them. */
    void messages(Exchange exchange, Plan plan, Map<String, String> messages) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        wire.writeMessages(messages, plan.type(), body);
        send(exchange, 200, plan.type(), body);
    }

    /** Writes a body produced in full beforehand, so a failure while producing it can still be answered cleanly. */
    private static void send(Exchange exchange, int status, ResponseType type, ByteArrayOutputStream body) {
        HttpServletResponse response = exchange.response();
        response.setStatus(status);
        response.setContentType(type.contentType());
        response.setContentLength(body.size());
        exchange.stampServerTiming();
        try (OutputStream out = response.getOutputStream()) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void notModified(Exchange exchange, Instant updatedDate) {
        exchange.response().setHeader("Last-Modified", HttpDates.format(updatedDate));
        empty(exchange, 304);
    }

    void noContent(Exchange exchange) {
        empty(exchange, 204);
    }

    void empty(Exchange exchange, int status) {
        exchange.response().setStatus(status);
        exchange.stampServerTiming();
    }

    /** The problem in JSON or XML, whichever the client accepts. */
    void problem(Exchange exchange, ProblemDetails problem, Map<String, List<String>> headers) {
        HttpServletResponse response = exchange.response();
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (!exchange.discardRestOfBody(DISCARDED_BODY_BYTES)) {
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
}
