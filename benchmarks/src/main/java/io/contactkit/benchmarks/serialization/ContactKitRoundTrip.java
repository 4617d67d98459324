package io.contactkit.benchmarks.serialization;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import io.contactkit.serialization.ResponseType;
import io.contactkit.serialization.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;

/** Ours: a contact body read into a ContactEntity (every property checked and typed) and written again. */
public final class ContactKitRoundTrip {

    private final WireFormat wire = new WireFormat();

    public byte[] json(byte[] body) {
        return roundTrip(body, "application/json", ResponseType.APPLICATION_JSON);
    }

    public byte[] xml(byte[] body) {
        return roundTrip(body, "application/xml", ResponseType.APPLICATION_XML);
    }

    private byte[] roundTrip(byte[] body, String contentType, ResponseType responseType) {
        ContactEntity contact = wire.readContact(new ByteArrayInputStream(body), contentType);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        wire.writeContact(contact, Selection.all(), ZoneOffset.UTC, responseType, out);
        return out.toByteArray();
    }
}
