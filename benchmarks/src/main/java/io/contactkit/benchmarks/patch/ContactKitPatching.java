package io.contactkit.benchmarks.patch;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import io.contactkit.patch.PatchDocument;
import io.contactkit.serialization.PatchBody;
import io.contactkit.serialization.ResponseType;
import io.contactkit.serialization.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;

/**
 * Ours: the stored contact read by the wire format, the patch read and applied by the patch engine to the entity
 * (every value typed and checked against the property model), the result written by the wire format.
 */
public final class ContactKitPatching {

    private final WireFormat wire = new WireFormat();

    public byte[] jsonPatch(byte[] contact, byte[] patch) {
        return apply(contact, patch, "application/json-patch+json");
    }

    public byte[] mergePatch(byte[] contact, byte[] patch) {
        return apply(contact, patch, "application/merge-patch+json");
    }

    /** The contact read and written again: the form ours answers in, to compare another library's answer with. */
    public byte[] canonical(byte[] contact) {
        return write(read(contact));
    }

    private byte[] apply(byte[] contact, byte[] patch, String patchType) {
        ContactEntity stored = read(contact);
        PatchBody body = wire.readPatch(new ByteArrayInputStream(patch), patchType);
        return write(PatchDocument.parse(body.tree()).applyTo(stored));
    }

    private ContactEntity read(byte[] contact) {
        return wire.readContact(new ByteArrayInputStream(contact), "application/json");
    }

    private byte[] write(ContactEntity contact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        wire.writeContact(contact, Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_JSON, out);
        return out.toByteArray();
    }
}
