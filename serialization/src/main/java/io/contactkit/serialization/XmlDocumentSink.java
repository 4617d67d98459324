package io.contactkit.serialization;

import io.contactkit.codec.DocumentSink;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the walk of a carrier as XML: the root element is named for the carrier, each property is a child element of
 * its wire name, a list holds one element per item (named for the item carrier, {@code string} for strings,
 * {@code ArrayOfX} for nested lists), a dictionary holds {@code <Entry><Key>k</Key><Value>v</Value></Entry>}
 * elements, and null is {@code xsi:nil="true"}. Members outside the model ({@code _Links}, the rights of
 * sub-carriers) are written by their shape: dictionary keys that are element names as elements, list items as
 * {@code item}.
 */
final class XmlDocumentSink implements DocumentSink {

    private final XMLStreamWriter writer;
    /** The open carriers, lists and dictionaries, innermost last. */
    private final List<Level> levels = new ArrayList<>();

    /** Whether the carrier is one item of a list the caller writes around it: no document of its own. */
    private final boolean item;

    XmlDocumentSink(XMLStreamWriter writer) {
        this(writer, false);
    }

    /**
     * @param item whether the carrier is an item of a list the caller opened (whose root declares {@code xsi}),
     *             written as an element without a document of its own
     */
    XmlDocumentSink(XMLStreamWriter writer, boolean item) {
        this.writer = writer;
        this.item = item;
    }

    @Override
    public void startCarrier(CarrierModel model) {
        try {
            if (levels.isEmpty() && !item) {
                writer.writeStartDocument("UTF-8", "1.0");
                writer.writeStartElement(model.name());
                writer.writeNamespace("xsi", XmlDocumentSource.XSI);
            } else if (levels.isEmpty()) {
                writer.writeStartElement(model.name());
            } else {
                writer.writeStartElement(nextName());
            }
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
        levels.add(new Level(Level.Kind.CARRIER, false, null));
    }

    @Override
    public void property(Property property) {
        current().next(property.name(), false);
    }

    @Override
    public void member(String name) {
        current().next(name, true);
    }

    @Override
    public void endCarrier() {
        levels.remove(levels.size() - 1);
        try {
            writer.writeEndElement();
            if (levels.isEmpty() && !item) {
                writer.writeEndDocument();
            } else if (!levels.isEmpty()) {
                valueWritten();
            }
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
    }

    @Override
    public void startList(ValueType.ListOf type) {
        boolean byShape = nextByShape();
        start();
        levels.add(new Level(Level.Kind.LIST, byShape, byShape ? "item" : itemName(type.element())));
    }

    @Override
    public void endList() {
        end();
    }

    @Override
    public void startDictionary(ValueType.Dictionary type) {
        boolean byShape = nextByShape();
        start();
        levels.add(new Level(Level.Kind.DICTIONARY, byShape, null));
    }

    @Override
    public void key(String key) {
        Level dictionary = current();
        if (dictionary.byShape && isElementName(key)) {
            dictionary.next(key, true);
            return;
        }
        try {
            writer.writeStartElement("Entry");
            writer.writeStartElement("Key");
            writer.writeCharacters(XmlCharacters.replaceUnrepresentable(key));
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
        dictionary.next("Value", dictionary.byShape);
        dictionary.entryOpen = true;
    }

    @Override
    public void endDictionary() {
        end();
    }

    @Override
    public void nullValue() {
        try {
            writer.writeEmptyElement(nextName());
            writer.writeAttribute("xsi", XmlDocumentSource.XSI, "nil", "true");
            valueWritten();
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
    }

    @Override
    public void string(String value) {
        text(value);
    }

    @Override
    public void number(int value) {
        text(String.valueOf(value));
    }

    @Override
    public void number(double value) {
        text(String.valueOf(value));
    }

    @Override
    public void bool(boolean value) {
        text(String.valueOf(value));
    }

    private void text(String value) {
        try {
            writer.writeStartElement(nextName());
            writer.writeCharacters(XmlCharacters.replaceUnrepresentable(value));
            writer.writeEndElement();
            valueWritten();
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
    }

    private void start() {
        try {
            writer.writeStartElement(nextName());
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
    }

    private void end() {
        levels.remove(levels.size() - 1);
        try {
            writer.writeEndElement();
            valueWritten();
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
    }

    /** A whole value is written: a dictionary entry around it ends with it. */
    private void valueWritten() throws XMLStreamException {
        Level level = current();
        if (level.entryOpen) {
            writer.writeEndElement();
            level.entryOpen = false;
        }
    }

    private String nextName() {
        Level level = current();
        return level.kind == Level.Kind.LIST ? level.itemName : level.nextName;
    }

    private boolean nextByShape() {
        Level level = current();
        return level.kind == Level.Kind.LIST ? level.byShape : level.nextByShape;
    }

    private Level current() {
        return levels.get(levels.size() - 1);
    }

    private static String itemName(ValueType element) {
        if (element instanceof ValueType.Carrier carrier) {
            return carrier.model().name();
        }
        if (element instanceof ValueType.ListOf list) {
            String inner = itemName(list.element());
            return "ArrayOf" + Character.toUpperCase(inner.charAt(0)) + inner.substring(1);
        }
        if (element instanceof ValueType.Dictionary) {
            return "Dictionary";
        }
        switch (((ValueType.Scalar) element).kind()) {
            case INT32:
                return "int";
            case DOUBLE:
                return "double";
            case BOOLEAN:
                return "boolean";
            case DATE_TIME:
                return "dateTime";
            default:
                return "string";
        }
    }

    /** An XML 1.0 NCName of ASCII letters, digits, '_', '-' and '.': safe as an element name as it is. */
    private static boolean isElementName(String key) {
        if (key.isEmpty() || !(Character.isLetter(key.charAt(0)) || key.charAt(0) == '_')
                || key.toLowerCase(Locale.ROOT).startsWith("xml")) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** One open element and what its next value is written as. */
    private static final class Level {

        enum Kind { CARRIER, LIST, DICTIONARY }

        final Kind kind;
        /** Whether this is written by its shape, not by the model: so is everything in it. */
        final boolean byShape;
        /** For a list: the element name of every item. */
        final String itemName;
        String nextName;
        boolean nextByShape;
        /** For a dictionary: an {@code Entry} element is open around the value being written. */
        boolean entryOpen;

        Level(Kind kind, boolean byShape, String itemName) {
            this.kind = kind;
            this.byShape = byShape;
            this.itemName = itemName;
        }

        void next(String name, boolean writtenByShape) {
            nextName = name;
            nextByShape = writtenByShape;
        }
    }

    /** Carries an {@link XMLStreamException} out of the sink's methods, which cannot throw it. */
    static final class WriteFailure extends RuntimeException {

        WriteFailure(XMLStreamException cause) {
            super(cause);
        }

        @Override
        public synchronized XMLStreamException getCause() {
            return (XMLStreamException) super.getCause();
        }
    }
}
