package io.contactkit.serialization;

import io.contactkit.codec.DocumentSink;
import io.contactkit.domain.failure.Violation;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes carriers and problem details as XML. A carrier is written as the walk of it tells (see
 * {@link XmlDocumentSink}); problem details as RFC 9457 says.
 */
final class XmlResponseWriter {

    static final String PROBLEM_NAMESPACE = "urn:ietf:rfc:7807";

    private final XMLOutputFactory outputs;

    /** @param outputs a factory that does not repair namespaces: this writer declares the ones it uses */
    XmlResponseWriter(XMLOutputFactory outputs) {
        this.outputs = outputs;
    }

    /** Writes the document the walk tells a sink, straight to the stream. */
    void write(Consumer<DocumentSink> walk, OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
        try {
            walk.accept(new XmlDocumentSink(writer));
        } catch (XmlDocumentSink.WriteFailure failure) {
            throw failure.getCause();
        }
        writer.close();
    }

    /**
     * Writes carriers as a list: root {@code ArrayOf<name>} (as .NET names a list of carriers), one element per
     * carrier, as the walk of each tells.
     */
    <T> void writeList(String itemName, List<T> items, BiConsumer<T, DocumentSink> walk,
                       OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement("ArrayOf" + itemName);
        writer.writeNamespace("xsi", XmlDocumentSource.XSI);
        try {
            for (T item : items) {
                walk.accept(item, new XmlDocumentSink(writer, true));
            }
        } catch (XmlDocumentSink.WriteFailure failure) {
            throw failure.getCause();
        }
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

    /** A dictionary of strings as the carriers' dictionaries are written: Entry elements with Key and Value. */
    void writeMessages(Map<String, String> messages, OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement("StringDictionary");
        for (Map.Entry<String, String> message : messages.entrySet()) {
            writer.writeStartElement("Entry");
            text(writer, "Key", message.getKey());
            text(writer, "Value", message.getValue());
            writer.writeEndElement();
        }
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.close();
    }

    private static void text(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(XmlCharacters.replaceUnrepresentable(value));
        writer.writeEndElement();
    }

    private static void member(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        if (value != null) {
            writer.writeStartElement(PROBLEM_NAMESPACE, name);
            writer.writeCharacters(XmlCharacters.replaceUnrepresentable(value));
            writer.writeEndElement();
        }
    }
}
