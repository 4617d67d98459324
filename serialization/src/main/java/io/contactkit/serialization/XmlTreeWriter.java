package io.contactkit.serialization;

import io.contactkit.domain.document.CarrierModel;
import io.contactkit.domain.document.Property;
import io.contactkit.domain.document.ValueType;
import io.contactkit.domain.failure.Violation;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a carrier's document tree as XML, guided by the carrier's property model: the root element is named for the
 * carrier, each property is a child element of its wire name, a list holds one element per item (named for the item
 * carrier, {@code string} for strings, {@code ArrayOfX} for nested lists), a dictionary holds
 * {@code <Entry><Key>k</Key><Value>v</Value></Entry>} elements, and null is {@code xsi:nil="true"}. What the tree
 * holds beyond the model ({@code _Links}, the rights of sub-carriers) is written by its shape.
 */
final class XmlTreeWriter {

    static final String PROBLEM_NAMESPACE = "urn:ietf:rfc:7807";

    private final XMLOutputFactory outputs;

    /** @param outputs a factory that does not repair namespaces: this writer declares the ones it uses */
    XmlTreeWriter(XMLOutputFactory outputs) {
        this.outputs = outputs;
    }

    void write(Map<String, Object> tree, CarrierModel model, OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement(model.name());
        writer.writeNamespace("xsi", XmlTreeReader.XSI);
        carrierContent(writer, model, tree);
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.close();
    }

    /** RFC 9457, Appendix B: members as elements of {@code urn:ietf:rfc:7807}, array items as {@code i}. */
    void writeProblem(ProblemDetails problem, OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.setDefaultNamespace(PROBLEM_NAMESPACE);
        writer.writeStartElement(PROBLEM_NAMESPACE, "problem");
        writer.writeDefaultNamespace(PROBLEM_NAMESPACE);
        member(writer, "type", problem.type());
        member(writer, "title", problem.title());
        member(writer, "status", String.valueOf(problem.status()));
        member(writer, "detail", problem.detail());
        member(writer, "instance", problem.instance());
        if (!problem.errors().isEmpty()) {
            writer.writeStartElement(PROBLEM_NAMESPACE, "errors");
            for (Violation violation : problem.errors()) {
                writer.writeStartElement(PROBLEM_NAMESPACE, "i");
                member(writer, "path", violation.path());
                member(writer, "message", violation.message());
                writer.writeEndElement();
            }
            writer.writeEndElement();
        }
        member(writer, "correlationId", problem.correlationId());
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.close();
    }

    private static void member(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        if (value != null) {
            writer.writeStartElement(PROBLEM_NAMESPACE, name);
            writer.writeCharacters(XmlCharacters.replaceUnrepresentable(value));
            writer.writeEndElement();
        }
    }

    private void carrierContent(XMLStreamWriter writer, CarrierModel model, Map<?, ?> tree)
            throws XMLStreamException {
        for (Map.Entry<?, ?> entry : tree.entrySet()) {
            String name = (String) entry.getKey();
            Optional<Property> property = model.propertyExact(name);
            if (property.isPresent()) {
                value(writer, name, property.get().type(), entry.getValue());
            } else {
                byShape(writer, name, entry.getValue());
            }
        }
    }

    private void value(XMLStreamWriter writer, String name, ValueType type, Object value) throws XMLStreamException {
        if (value == null) {
            nil(writer, name);
            return;
        }
        writer.writeStartElement(name);
        if (type instanceof ValueType.Carrier carrier) {
            carrierContent(writer, carrier.model(), (Map<?, ?>) value);
        } else if (type instanceof ValueType.ListOf list) {
            String itemName = itemName(list.element());
            for (Object item : (List<?>) value) {
                value(writer, itemName, list.element(), item);
            }
        } else if (type instanceof ValueType.Dictionary dictionary) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                writer.writeStartElement("Entry");
                text(writer, "Key", (String) entry.getKey());
                value(writer, "Value", dictionary.value(), entry.getValue());
                writer.writeEndElement();
            }
        } else {
            writer.writeCharacters(XmlCharacters.replaceUnrepresentable(String.valueOf(value)));
        }
        writer.writeEndElement();
    }

    /** For tree members outside the model: maps with name-like keys as elements, lists as items, else text. */
    private void byShape(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        if (value == null) {
            nil(writer, name);
            return;
        }
        writer.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = (String) entry.getKey();
                if (isElementName(key)) {
                    byShape(writer, key, entry.getValue());
                } else {
                    writer.writeStartElement("Entry");
                    text(writer, "Key", key);
                    byShape(writer, "Value", entry.getValue());
                    writer.writeEndElement();
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                byShape(writer, "item", item);
            }
        } else {
            writer.writeCharacters(XmlCharacters.replaceUnrepresentable(String.valueOf(value)));
        }
        writer.writeEndElement();
    }

    private static void text(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(XmlCharacters.replaceUnrepresentable(value));
        writer.writeEndElement();
    }

    private static void nil(XMLStreamWriter writer, String name) throws XMLStreamException {
        writer.writeEmptyElement(name);
        writer.writeAttribute("xsi", XmlTreeReader.XSI, "nil", "true");
    }

    static String itemName(ValueType element) {
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
}
