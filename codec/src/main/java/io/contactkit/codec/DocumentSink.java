package io.contactkit.codec;

import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;

/**
 * Receives a carrier's document as {@link Documents#write(Record, Selection, java.time.ZoneId, DocumentSink)} walks
 * it, in wire order: what a tree of maps, lists and scalars would hold, without building the tree. Every value is
 * one event ({@link #nullValue}, a scalar) or a start, the values inside and the matching end; inside a carrier or a
 * dictionary each value is announced by {@link #property}, {@link #member} or {@link #key}. Date-times arrive as
 * ISO 8601 strings in the zone asked for.
 */
public interface DocumentSink {

    /** A carrier starts: an object whose members are its model's properties, plus maybe {@link #member}s. */
    void startCarrier(CarrierModel model);

    /** The next value is this property of the carrier being written. */
    void property(Property property);

    /**
     * The next value is a member outside the carrier's model that the server writes: {@code _Links}, or a
     * sub-carrier's {@code TableRight} and {@code FieldProperties}.
     */
    void member(String name);

    void endCarrier();

    /** A list starts; its items follow, each one value of the element type. */
    void startList(ValueType.ListOf type);

    void endList();

    /** A dictionary starts; its entries follow, each a {@link #key} and a value. */
    void startDictionary(ValueType.Dictionary type);

    /** The next value is the dictionary entry of this key. */
    void key(String key);

    void endDictionary();

    void nullValue();

    void string(String value);

    void number(int value);

    void number(double value);

    void bool(boolean value);
}
