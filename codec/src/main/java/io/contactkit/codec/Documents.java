package io.contactkit.codec;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.Selection;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * The document model of the carriers: the one place that knows how a carrier looks as a tree of maps, lists and
 * scalars under its wire names. The serialization adapter turns bytes into such trees and writes carriers by walking
 * them into a {@link DocumentSink}; the patch engine edits trees; a {@link Selection} nulls out what a client left
 * out of a {@code $select}.
 */
public final class Documents {

    private Documents() {
    }

    /** The carrier as an ordered tree under its wire names, date-times written in UTC. */
    public static Map<String, Object> write(Record carrier) {
        return write(carrier, ZoneOffset.UTC);
    }

    /** The carrier as an ordered tree under its wire names, date-times converted to the given zone. */
    public static Map<String, Object> write(Record carrier, ZoneId zone) {
        return write(carrier, Selection.all(), zone);
    }

    /** The carrier as an ordered tree, what the selection leaves out as null, date-times in the zone. */
    public static Map<String, Object> write(Record carrier, Selection selection, ZoneId zone) {
        TreeSink tree = new TreeSink();
        write(carrier, selection, zone, tree);
        return tree.tree();
    }

    /**
     * The carrier followed by its {@code _Links} (link name to URL, in the order given), as the REST endpoints answer
     * a contact.
     */
    public static Map<String, Object> write(Record carrier, Map<String, String> links, ZoneId zone) {
        TreeSink tree = new TreeSink();
        write(carrier, links, Selection.all(), zone, tree);
        return tree.tree();
    }

    /**
     * Walks the carrier into the sink: every property in wire order, those the selection leaves out as null,
     * date-times in the zone; the same document as the tree {@link #write(Record, Selection, ZoneId)} builds.
     */
    public static void write(Record carrier, Selection selection, ZoneId zone, DocumentSink sink) {
        Objects.requireNonNull(carrier, "carrier");
        new DocumentWriter(zone, sink).write(carrier, selection, null);
    }

    /** Walks the carrier into the sink, followed by its {@code _Links}, which the selection always keeps. */
    public static void write(Record carrier, Map<String, String> links, Selection selection, ZoneId zone,
                             DocumentSink sink) {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(links, "links");
        new DocumentWriter(zone, sink).write(carrier, selection, links);
    }

    /**
     * One property of the carrier as its tree holds it ({@link #write(Record)} would hold it under the property's
     * name), date-times in UTC; without writing the rest of the carrier.
     */
    public static Object write(Record carrier, Property property) {
        TreeSink tree = new TreeSink();
        new DocumentWriter(ZoneOffset.UTC, tree).property(carrier, property);
        return tree.root();
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
        Record carrier = reader.read(CarrierModel.of(type), tree, null);
        if (!reader.violations().isEmpty()) {
            throw new InvalidInputException(reader.violations());
        }
        return type.cast(carrier);
    }

    /**
     * Reads the properties a tree holds onto a carrier: as {@link #read}, except that a property the tree leaves
     * out keeps the base's value instead of becoming empty. What changes only some properties (a patch) reads only
     * those.
     *
     * @throws InvalidInputException naming every property at fault
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T readOnto(T base, Map<String, ?> tree, ScalarSource source) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(tree, "tree");
        DocumentReader reader = new DocumentReader(source);
        Record carrier = reader.read(CarrierModel.of(base.getClass()), tree, base);
        if (!reader.violations().isEmpty()) {
            throw new InvalidInputException(reader.violations());
        }
        return (T) carrier;
    }
}
