package io.contactkit.codec;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.Selection;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * The document model of the carriers: the one place that knows how a carrier looks as a document (maps, lists and
 * scalars under its wire names). The serialization adapter reads carriers straight from a format's tokens through a
 * {@link DocumentSource} and writes them by walking them into a {@link DocumentSink}; where a document is a tree
 * (a form body, a patch's values, a test's fixture) it is read as one; a {@link Selection} nulls out what a client
 * left out of a {@code $select}. The patch engine asks for the typed value of a property and for the tree a value is
 * written as.
 *
 * <p>Custom-field values are written encoded as SuperOffice encodes them, by the types of a
 * {@link CustomFieldCatalog}, and read in either form; without a catalog they are written as the core keeps them.
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
        write(carrier, selection, zone, CustomFieldCatalog.open(), sink);
    }

    /** As {@link #write(Record, Selection, ZoneId, DocumentSink)}, custom-field values encoded by their types. */
    public static void write(Record carrier, Selection selection, ZoneId zone, CustomFieldCatalog catalog,
                             DocumentSink sink) {
        Objects.requireNonNull(carrier, "carrier");
        new DocumentWriter(zone, sink, catalog).write(carrier, selection, null);
    }

    /** Walks the carrier into the sink, followed by its {@code _Links}, which the selection always keeps. */
    public static void write(Record carrier, Map<String, String> links, Selection selection, ZoneId zone,
                             DocumentSink sink) {
        write(carrier, links, selection, zone, CustomFieldCatalog.open(), sink);
    }

    /**
     * Walks the carrier into the sink, followed by its {@code _Links}, which the selection always keeps; custom-field
     * values encoded by their types.
     */
    public static void write(Record carrier, Map<String, String> links, Selection selection, ZoneId zone,
                             CustomFieldCatalog catalog, DocumentSink sink) {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(links, "links");
        new DocumentWriter(zone, sink, catalog).write(carrier, selection, links);
    }

    /**
     * A value of the property as a tree holds it ({@link #write(Record)} would hold it under the property's name),
     * date-times in UTC, custom-field values as the core keeps them.
     */
    public static Object write(Property property, Object value) {
        TreeSink tree = new TreeSink();
        new DocumentWriter(ZoneOffset.UTC, tree, CustomFieldCatalog.open()).propertyValue(property, value);
        return tree.root();
    }

    /**
     * A tree's value for the property, read as a body's value is read (custom-field values in either form, by the
     * catalog's types) into what a carrier holds: the property's empty value for null or an empty string. Unlike a
     * body's, a server-owned property's value is refused when it does not read as its type.
     *
     * @throws InvalidInputException naming every fault, with paths that start with the property's name
     */
    public static Object read(Property property, Object value, CustomFieldCatalog catalog) {
        DocumentReader reader = new DocumentReader(new TreeSource(value, false), catalog);
        Object read = reader.propertyValue(property, 0);
        if (!reader.violations().isEmpty()) {
            throw new InvalidInputException(reader.violations());
        }
        return read == null ? property.emptyValue() : read;
    }

    /**
     * A tree's value for the property in the form {@link #write(Property, Object)} writes it: read as
     * {@link #read(Property, Object, CustomFieldCatalog)} reads it, then written back.
     *
     * @throws InvalidInputException naming every fault, with paths that start with the property's name
     */
    public static Object canonical(Property property, Object value, CustomFieldCatalog catalog) {
        return write(property, read(property, value, catalog));
    }

    /**
     * Reads a carrier from a tree. Property names match without regard to case; an unknown name, a value of the
     * wrong type or out of range is refused with its path. What the server writes and a client may echo back
     * ({@code _Links}, {@code TableRight}, {@code FieldProperties} and every other server-owned property) is accepted
     * whatever it holds, and left out where it does not read as its type.
     *
     * @throws InvalidInputException naming every property at fault
     */
    public static <T extends Record> T read(Class<T> type, Map<String, ?> tree, ScalarSource source) {
        return read(type, tree, source, CustomFieldCatalog.open());
    }

    /** As {@link #read(Class, Map, ScalarSource)}, a list field's encoded item ids read by the catalog's items. */
    public static <T extends Record> T read(Class<T> type, Map<String, ?> tree, ScalarSource source,
                                            CustomFieldCatalog catalog) {
        Objects.requireNonNull(tree, "tree");
        return read(type, new TreeSource(tree, source == ScalarSource.TEXT), catalog);
    }

    /**
     * Reads a carrier straight from a format's tokens, as {@link #read(Class, Map, ScalarSource)} reads a tree: every
     * value checked against the model as it arrives, what the source refuses refused at once, every fault of the
     * model's named.
     *
     * @throws InvalidInputException naming every property at fault
     */
    public static <T extends Record> T read(Class<T> type, DocumentSource source, CustomFieldCatalog catalog) {
        Objects.requireNonNull(source, "source");
        DocumentReader reader = new DocumentReader(source, catalog);
        Record carrier = reader.document(CarrierModel.of(type));
        if (!reader.violations().isEmpty()) {
            throw new InvalidInputException(reader.violations());
        }
        return type.cast(carrier);
    }
}
