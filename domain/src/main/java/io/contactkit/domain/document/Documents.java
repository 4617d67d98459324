package io.contactkit.domain.document;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntityWithLinks;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The document model of the carriers: the one place that knows how a carrier looks as a tree of maps, lists and
 * scalars under its wire names. The serialization adapter turns bytes into such trees and back; the patch engine
 * edits them; {@link Selection} prunes them.
 */
public final class Documents {

    /**
     * The longest text read as a number, as in JSON bodies: parsing and scaling a BigDecimal of tens of thousands of
     * digits costs seconds of CPU, and no property holds a number that long.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    private Documents() {
    }

    /** The carrier as an ordered tree under its wire names, date-times written in UTC. */
    public static Map<String, Object> write(Record carrier) {
        return write(carrier, ZoneOffset.UTC);
    }

    /** The carrier as an ordered tree under its wire names, date-times converted to the given zone. */
    public static Map<String, Object> write(Record carrier, ZoneId zone) {
        Objects.requireNonNull(carrier, "carrier");
        return new DocumentWriter(zone).write(carrier, true);
    }

    /** The contact followed by its {@code _Links}, as the REST endpoints answer it. */
    public static Map<String, Object> write(ContactEntityWithLinks contact, ZoneId zone) {
        Map<String, Object> tree = write(contact.entity(), zone);
        tree.put("_Links", new LinkedHashMap<>(contact.links()));
        return tree;
    }

    /**
     * Reads a carrier from a tree. Property names match without regard to case; an unknown name, a value of the
     * wrong type or out of range is refused with its path. What the server writes and a client may echo back
     * ({@code _Links}, {@code TableRight}, {@code FieldProperties}) is accepted and ignored.
     *
     * @throws InvalidInputException naming every property at fault
     */
    public static <T extends Record> T read(Class<T> type, Map<String, ?> tree, ScalarSource source) {
        Objects.requireNonNull(tree, "tree");
        DocumentReader reader = new DocumentReader(source);
        Record carrier = reader.read(CarrierModel.of(type), tree, "");
        if (!reader.violations().isEmpty()) {
            throw new InvalidInputException(reader.violations());
        }
        return type.cast(carrier);
    }
}
