package io.contactkit.serialization;

import io.contactkit.domain.search.ArchiveCell;
import io.contactkit.domain.search.ArchivePage;
import io.contactkit.domain.search.ArchiveRow;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes a page of the contact archive as the OData answer of {@code GET Contact}:
 * {@code {"odata.metadata", "odata.nextLink", "value": [rows]}}, each row {@code PrimaryKey}, {@code EntityName},
 * then the selected columns under their archive names. Slim rows hold the display values (ints as numbers, bools
 * as true/false, dates as ISO 8601 strings in the caller's zone, list and associate columns as names); full rows
 * ({@code $mode=Full}) hold each column as {@code RawValue}, {@code DisplayValue}, {@code LinkHint} and
 * {@code TooltipHint}. In XML the root is {@code ODataResponse} and each row a {@code row} element; names that XML
 * does not allow ({@code email/emailAddress}) have their other characters replaced by {@code _}, as JSON names do
 * with {@code $jsonSafe=true}.
 */
final class ArchiveWriter {

    private final JsonFactory json = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();
    private final XMLOutputFactory xml;

    ArchiveWriter(XMLOutputFactory xml) {
        this.xml = xml;
    }

    void writeJson(ArchivePage page, ArchiveAnswer answer, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringProperty("odata.metadata", answer.metadataUrl());
            generator.writeStringProperty("odata.nextLink", answer.nextLink());
            generator.writeArrayPropertyStart("value");
            for (ArchiveRow row : page.rows()) {
                generator.writeStartObject();
                generator.writeNumberProperty("PrimaryKey", row.primaryKey());
                generator.writeStringProperty("EntityName", ArchiveRow.ENTITY_NAME);
                if (answer.full()) {
                    fullJson(generator, row, answer);
                } else {
                    for (ArchiveCell cell : row.cells()) {
                        generator.writeName(answer.jsonSafe() ? safe(cell.column()) : cell.column());
                        jsonValue(generator, cell.display(), answer.zone());
                    }
                }
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private static void fullJson(JsonGenerator generator, ArchiveRow row, ArchiveAnswer answer) {
        generator.writeStringProperty("StyleHint", "");
        generator.writeStringProperty("LinkHint", linkHint(row));
        generator.writeObjectPropertyStart("Column");
        for (ArchiveCell cell : row.cells()) {
            generator.writeObjectPropertyStart(answer.jsonSafe() ? safe(cell.column()) : cell.column());
            generator.writeName("RawValue");
            jsonValue(generator, cell.raw(), answer.zone());
            generator.writeName("DisplayValue");
            generator.writeString(text(cell.display(), answer.zone()));
            generator.writeStringProperty("LinkHint", "");
            generator.writeStringProperty("TooltipHint", "");
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    void writeXml(ArchivePage page, ArchiveAnswer answer, OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = xml.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement("ODataResponse");
        element(writer, "odata.metadata", answer.metadataUrl());
        element(writer, "odata.nextLink", answer.nextLink());
        writer.writeStartElement("value");
        for (ArchiveRow row : page.rows()) {
            writer.writeStartElement("row");
            element(writer, "PrimaryKey", String.valueOf(row.primaryKey()));
            element(writer, "EntityName", ArchiveRow.ENTITY_NAME);
            if (answer.full()) {
                element(writer, "StyleHint", "");
                element(writer, "LinkHint", linkHint(row));
                writer.writeStartElement("Column");
                for (ArchiveCell cell : row.cells()) {
                    writer.writeStartElement(safe(cell.column()));
                    element(writer, "RawValue", cell.raw() == null ? null : text(cell.raw(), answer.zone()));
                    element(writer, "DisplayValue", text(cell.display(), answer.zone()));
                    element(writer, "LinkHint", "");
                    element(writer, "TooltipHint", "");
                    writer.writeEndElement();
                }
                writer.writeEndElement();
            } else {
                for (ArchiveCell cell : row.cells()) {
                    element(writer, safe(cell.column()), cell.display() == null ? null
                            : text(cell.display(), answer.zone()));
                }
            }
            writer.writeEndElement();
        }
        writer.writeEndElement();
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.close();
    }

    /** An element with text, or empty for none (a missing date, no next page). */
    private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        if (text == null) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        writer.writeCharacters(XmlCharacters.replaceUnrepresentable(text));
        writer.writeEndElement();
    }

    private static void jsonValue(JsonGenerator generator, Object value, ZoneId zone) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeString(text(value, zone));
        }
    }

    /** A value as text: dates in ISO 8601 in the zone, empty for a missing one. */
    private static String text(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
        }
        return value.toString();
    }

    private static String linkHint(ArchiveRow row) {
        return "nav=contact&contact_id=" + row.primaryKey();
    }

    /** Letters, digits and {@code _} kept, every other character {@code _}; a leading digit gets a {@code _}. */
    static String safe(String name) {
        StringBuilder safe = new StringBuilder(name.length() + 1);
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            safe.append('_');
        }
        name.chars().forEach(c -> safe.append(c < 128 && Character.isLetterOrDigit(c) ? (char) c : '_'));
        return safe.toString();
    }

    /**
     * How a page is answered.
     *
     * @param metadataUrl {@code odata.metadata}
     * @param nextLink    {@code odata.nextLink}, or null on the last page
     * @param zone        the caller's time zone, for dates
     * @param full        {@code $mode=Full}: raw and display values
     * @param jsonSafe    {@code $jsonSafe=true}: JSON names as XML ones
     */
    record ArchiveAnswer(String metadataUrl, String nextLink, ZoneId zone, boolean full, boolean jsonSafe) {
    }
}
