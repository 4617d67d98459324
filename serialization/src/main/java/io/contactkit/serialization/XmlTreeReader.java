package io.contactkit.serialization;

import io.contactkit.domain.failure.ContactKitException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ScalarKind;
import io.contactkit.domain.schema.ValueType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML body into the TEXT tree that {@code Documents.read(type, tree, ScalarSource.TEXT)} turns into a
 * carrier. The carrier's property model says what each element holds: a carrier's children are its properties, a
 * list's children are its items (whatever their element name), a dictionary's children are {@code Key}/{@code Value}
 * entries, a scalar holds text. {@code xsi:nil="true"} is null; an empty element is the empty string, which the core
 * reads as empty for everything but strings. Elements the model does not know are skipped and handed to the core
 * by name, which refuses them, or ignores what the server writes itself ({@code _Links}, {@code TableRight}, ...).
 */
final class XmlTreeReader {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final ValueType TEXT = new ValueType.Scalar(ScalarKind.STRING);

    private final Limits limits;
    private final XMLInputFactory inputs;

    /** @param inputs a factory with DTDs and external entities switched off */
    XmlTreeReader(Limits limits, XMLInputFactory inputs) {
        this.limits = limits;
        this.inputs = inputs;
    }

    /**
     * @param rootName the name the root element must have (case-insensitive), or null for any name
     */
    Map<String, Object> read(String text, CarrierModel model, String rootName) {
        XMLStreamReader reader = null;
        try {
            reader = inputs.createXMLStreamReader(new StringReader(text));
            return new Walk(reader).document(model, rootName);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        } catch (ContactKitException e) {
            throw e;
        } catch (RuntimeException e) {
            // the StAX provider wraps parse errors it meets lazily (while text is fetched) in unchecked exceptions
            throw e.getCause() instanceof XMLStreamException cause ? notWellFormed(cause)
                    : InvalidInputException.of("", "is not well-formed XML");
        } finally {
            close(reader);
        }
    }

    private static InvalidInputException notWellFormed(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().split("\n", 2)[0];
        Location location = e.getLocation();
        String at = location == null ? "" : " (line " + location.getLineNumber() + ", column "
                + location.getColumnNumber() + ")";
        return InvalidInputException.of("", "is not well-formed XML: " + message + at);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the text was in memory: nothing is left open
            }
        }
    }

    /** One document's walk; the reader always stands on the current element's start or end. */
    private final class Walk {

        private final XMLStreamReader reader;

        Walk(XMLStreamReader reader) {
            this.reader = reader;
        }

        Map<String, Object> document(CarrierModel model, String rootName) throws XMLStreamException {
            String encoding = reader.getCharacterEncodingScheme();
            if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
                throw InvalidInputException.of("", "the XML declaration names encoding '" + encoding
                        + "'; send the body in UTF-8");
            }
            toRootElement();
            String name = reader.getLocalName();
            if (rootName != null && !rootName.equalsIgnoreCase(name)) {
                throw InvalidInputException.of("", "the root element must be <" + rootName + ">, not <" + name + ">");
            }
            Object root = value(new ValueType.Carrier(model.type()), "", 1, 0);
            while (reader.hasNext()) {
                refuseDoctype(reader.next());
            }
            return rootCarrier(root, name);
        }

        private void toRootElement() throws XMLStreamException {
            int event = reader.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                refuseDoctype(event);
                event = reader.next();
            }
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> rootCarrier(Object root, String name) {
            if (root instanceof Map) {
                return (Map<String, Object>) root;
            }
            if (root == null) {
                throw InvalidInputException.of("", "the root element <" + name + "> must not be nil");
            }
            if (((String) root).isBlank()) {
                return new LinkedHashMap<>();
            }
            throw InvalidInputException.of("", "the root element <" + name + "> must hold elements, not text");
        }

        /**
         * The value of the element the reader stands on: null, its text, or the structure its type gives. Text is
         * refused as soon as it grows longer than the limit, so the rest of the body is not read.
         *
         * @param maxLength the property's max length (a list's applies to its items), 0 for none
         */
        private Object value(ValueType type, String path, int depth, int maxLength) throws XMLStreamException {
            checkDepth(depth, path);
            int longest = type instanceof ValueType.Scalar && maxLength > 0
                    ? Math.min(maxLength, limits.maxStringLength()) : limits.maxStringLength();
            if (isNil()) {
                skipNilContent(path);
                return null;
            }
            StringBuilder text = new StringBuilder();
            Object structure = null;
            int children = 0;
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    refuseMixed(text, path);
                    if (structure == null) {
                        structure = structureFor(type, path);
                    }
                    child(type, structure, path, depth, children++, maxLength);
                } else if (isText(event)) {
                    text.append(reader.getText());
                    if (structure != null) {
                        refuseMixed(text, path);
                    } else if (text.length() > longest) {
                        throw InvalidInputException.of(path, "is longer than " + longest + " characters");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return structure == null ? text.toString() : structure;
                } else {
                    refuseDoctype(event);
                }
            }
        }

        private Object structureFor(ValueType type, String path) {
            if (type instanceof ValueType.ListOf) {
                return new ArrayList<>();
            }
            if (type instanceof ValueType.Scalar) {
                throw InvalidInputException.of(path, "must be text, not nested elements");
            }
            return new LinkedHashMap<String, Object>();
        }

        @SuppressWarnings("unchecked")
        private void child(ValueType type, Object structure, String path, int depth, int index, int maxLength)
                throws XMLStreamException {
            if (type instanceof ValueType.Carrier carrier) {
                property(carrier.model(), (Map<String, Object>) structure, path, depth + 1);
            } else if (type instanceof ValueType.ListOf list) {
                ((List<Object>) structure).add(value(list.element(), path + "[" + index + "]", depth + 1,
                        maxLength));
            } else {
                entry(((ValueType.Dictionary) type).value(), (Map<String, Object>) structure, path, depth + 1);
            }
        }

        private void property(CarrierModel model, Map<String, Object> carrier, String path, int depth)
                throws XMLStreamException {
            String name = reader.getLocalName();
            Optional<Property> property = model.property(name);
            if (property.isEmpty()) {
                skip(join(path, name), depth);
                carrier.putIfAbsent(name, "");
                return;
            }
            String key = property.get().name();
            String propertyPath = join(path, key);
            if (carrier.containsKey(key)) {
                throw InvalidInputException.of(propertyPath, "is given twice");
            }
            carrier.put(key, value(property.get().type(), propertyPath, depth,
                    property.get().serverOwned() ? 0 : property.get().maxLength()));
        }

        /** One {@code <Entry><Key>k</Key><Value>v</Value></Entry>} of a dictionary; the entry's name is free. */
        private void entry(ValueType valueType, Map<String, Object> dictionary, String path, int depth)
                throws XMLStreamException {
            checkDepth(depth, path);
            String key = null;
            Object value = null;
            boolean hasValue = false;
            StringBuilder text = new StringBuilder();
            for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equalsIgnoreCase("Key") && key == null) {
                        key = (String) value(TEXT, path + ".Key", depth + 1, 0);
                        if (key == null) {
                            throw InvalidInputException.of(path, "a dictionary entry's Key must not be nil");
                        }
                    } else if (name.equalsIgnoreCase("Value") && !hasValue) {
                        value = value(valueType, path + "." + (key == null ? "Value" : key), depth + 1, 0);
                        hasValue = true;
                    } else {
                        throw InvalidInputException.of(path, "a dictionary entry holds one Key and one Value, not <"
                                + name + ">");
                    }
                } else if (isText(event)) {
                    text.append(reader.getText());
                    refuseMixed(text, path);
                } else {
                    refuseDoctype(event);
                }
            }
            if (key == null) {
                throw InvalidInputException.of(path, "a dictionary entry needs a Key");
            }
            if (dictionary.containsKey(key)) {
                throw InvalidInputException.of(path + "." + key, "is given twice");
            }
            dictionary.put(key, value);
        }

        /** Passes over an element the model does not know, still within the depth limit. */
        private void skip(String path, int depth) throws XMLStreamException {
            checkDepth(depth, path);
            int below = 0;
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    below++;
                    checkDepth(depth + below, path);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (below == 0) {
                        return;
                    }
                    below--;
                } else {
                    refuseDoctype(event);
                }
            }
        }

        private boolean isNil() {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                if (XSI.equals(reader.getAttributeNamespace(i)) && "nil".equals(reader.getAttributeLocalName(i))) {
                    String value = reader.getAttributeValue(i).trim();
                    return value.equals("true") || value.equals("1");
                }
            }
            return false;
        }

        private void skipNilContent(String path) throws XMLStreamException {
            for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
                if (event == XMLStreamConstants.START_ELEMENT || isText(event) && !reader.getText().isBlank()) {
                    throw InvalidInputException.of(path, "is marked xsi:nil but has content");
                }
                refuseDoctype(event);
            }
        }

        private void checkDepth(int depth, String path) {
            if (depth > limits.maxDepth()) {
                throw InvalidInputException.of(path, "nests deeper than " + limits.maxDepth() + " levels");
            }
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static void refuseMixed(StringBuilder text, String path) {
        if (!text.toString().isBlank()) {
            throw InvalidInputException.of(path, "mixes text and elements");
        }
        text.setLength(0);
    }

    /** A DOCTYPE is where entity expansion and external entities start: no body of ours needs one. */
    private static void refuseDoctype(int event) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw InvalidInputException.of("", "XML with a DOCTYPE or entity declarations is not accepted");
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
