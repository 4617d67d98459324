package io.contactkit.domain.schema;

/** The type of a property's value in the document model. */
public sealed interface ValueType {

    /** A string, number, boolean or date-time. */
    record Scalar(ScalarKind kind) implements ValueType {
    }

    /** A nested carrier; its model is looked up on use, since carriers may nest themselves (ChildItems). */
    record Carrier(Class<? extends Record> type) implements ValueType {

        public CarrierModel model() {
            return CarrierModel.of(type);
        }
    }

    /** An array of values of one type. */
    record ListOf(ValueType element) implements ValueType {
    }

    /** A dictionary keyed by strings: custom fields (string values) and FieldProperties (carrier values). */
    record Dictionary(ValueType value) implements ValueType {
    }
}
