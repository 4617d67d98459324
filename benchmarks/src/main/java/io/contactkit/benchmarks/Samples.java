package io.contactkit.benchmarks;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.schema.Selection;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * The POST page's sample request contact with ten elements (4 emails, 2 URLs, 3 phones, 1 fax) and no other
     * parts, in the form the core hands a repository: no list references, actors or rights.
     */
    public static ContactEntity contactWithTenElements() {
        ContactEntity seed = SeedSamples.requestContact(SeedSamples.POST_CONTACT);
        return seed.toBuilder()
                .contactId(0)
                .emails(elements("sales@example.com", 4))
                .urls(elements("https://example.com/page", 2))
                .phones(elements("+47 22 00 00 0", 3))
                .faxes(elements("+47 22 00 11 0", 1))
                .interests(List.of()).persons(List.of()).supportPerson(null).address(null)
                .domains(List.of()).bounceEmails(List.of())
                .userDefinedFields(Map.of()).extraFields(Map.of()).customFields(Map.of())
                .createdBy(null).updatedBy(null).associate(null).supportAssociate(null)
                .business(null).category(null).country(null).ticketPriority(null).customerLanguage(null)
                .utmParameters(null).tableRight(null).fieldProperties(Map.of())
                .build();
    }

    private static List<EntityElement> elements(String value, int count) {
        List<EntityElement> elements = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            elements.add(EntityElement.builder().value(value + i).strippedValue((value + i).replace(" ", ""))
                    .description("element " + i).build());
        }
        return elements;
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
