package io.contactkit.benchmarks;

import io.contactkit.domain.document.Selection;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.testing.SeedSamples;
import io.contactkit.serialization.ResponseType;
import io.contactkit.serialization.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/** The bodies every benchmark works on: the seed pages' samples and the patches in this module's resources. */
public final class Samples {

    private Samples() {
    }

    /** The POST Contact page's full sample response body, as a client would have it stored. */
    public static byte[] storedContact() {
        return SeedSamples.response(SeedSamples.POST_CONTACT).getBytes(StandardCharsets.UTF_8);
    }

    /** The same contact as XML, as ours writes it (the seed pages publish JSON only). */
    public static byte[] storedContactXml() {
        WireFormat wire = new WireFormat();
        ContactEntity contact = wire.readContact(new ByteArrayInputStream(storedContact()), "application/json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wire.writeContact(contact, Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_XML, out);
        return out.toByteArray();
    }

    /** Five operations: test OrgNr, replace Department and Name, append an email, remove a custom field. */
    public static byte[] jsonPatch() {
        return resource("/patches/json-patch.json");
    }

    /** The merge patch with the effect of {@link #jsonPatch()}: it has no test, and replaces arrays whole. */
    public static byte[] mergePatch() {
        return resource("/patches/merge-patch.json");
    }

    private static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
