package io.contactkit.codec;

import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.ValueType;

/**
 * A document that a format reads token by token, pulled straight into a carrier by
 * {@link Documents#read(Class, DocumentSource, io.contactkit.domain.port.CustomFieldCatalog)}: the pull-style
 * counterpart of {@link DocumentSink}. The reader walks the carrier's model, tells the source at each place what the
 * model expects there, and checks each value as it arrives, so no tree of the document is built. A source refuses
 * what its format forbids (syntax, nesting, lengths, characters, the same name twice in an object) at once, with an
 * {@link io.contactkit.domain.failure.InvalidInputException} naming the path where it happened; the reader collects
 * what the model refuses, such as one property named twice in different cases.
 *
 * <p>The reader moves onto every value with {@link #value}; inside an {@link Start#OBJECT} it asks for members with
 * {@link #nextProperty} (a carrier) or {@link #nextKey} (a dictionary) until there are none, inside an
 * {@link Start#ARRAY} for items with {@link #nextItem}, and after the root value it calls {@link #end}.
 */
public interface DocumentSource {

    /** {@link #nextProperty} at the end of the object. */
    int END = -1;
    /** {@link #nextProperty} for a member the carrier's model does not know. */
    int UNKNOWN = -2;

    /** Where the reader stands, for the paths a source names in its refusals. */
    interface Position {

        /** The property path as the core names it, like {@code Emails[1].Value}: spelled out only when asked. */
        String path();
    }

    /** The start of a value that is no scalar, as {@link #value} answers it. */
    enum Start {
        OBJECT,
        ARRAY,
        /**
         * A value the format had to read whole before it could tell its parts (an XML dictionary entry may give its
         * value before its key): see {@link #tree()}.
         */
        TREE
    }

    /** Reading starts; the paths of the source's refusals are the position's. */
    void begin(Position position);

    /**
     * Moves onto the next value: the root, the value of the member just named, or the next item.
     *
     * @param expected  what the model expects here; a format without types (XML) reads the value by it
     * @param maxLength the longest string the model allows here, 0 for none but the format's own: longer text is
     *                  refused as soon as it is read, so nothing after it is parsed
     * @return the scalar it is (null, a String, a Number as Integer, Long, BigInteger, Double or BigDecimal, or a
     *         Boolean; only null or a String from a {@link #textOnly()} source), or the {@link Start} of an object,
     *         an array or a tree
     */
    Object value(ValueType expected, int maxLength);

    /** The {@link Start#TREE} just moved onto: maps, lists and scalars as {@link #value} gives them. */
    Object tree();

    /**
     * In an object read as the carrier, moves onto the next member: the index of its property in the model's
     * {@link CarrierModel#properties()} (names match without regard to case), {@link #UNKNOWN}, or {@link #END}.
     */
    int nextProperty(CarrierModel model);

    /** The name of the member {@link #nextKey} or an {@link #UNKNOWN} {@link #nextProperty} moved onto, as sent. */
    String name();

    /** In an object read as a dictionary, moves onto the next entry: its key, or null at the end. */
    String nextKey();

    /** In an array: whether another item follows, which {@link #value} then moves onto. */
    boolean nextItem();

    /** Passes over the value of the member just moved onto, which the model does not read, within every limit. */
    void skipValue();

    /** Passes over the rest of the object or array just moved onto, which the model does not take there. */
    void skipRest();

    /** After the root value: refuses whatever follows it. */
    void end();

    /** Whether every scalar arrives as text (XML, forms): blank text is then no value, of any type. */
    boolean textOnly();
}
