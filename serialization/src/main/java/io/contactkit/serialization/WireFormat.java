package io.contactkit.serialization;

import io.contactkit.codec.DocumentSink;
import io.contactkit.codec.Documents;
import io.contactkit.codec.ScalarSource;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.Contact;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.search.ArchivePage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.xml.XmlFactory;

/**
 * The SuperOffice wire format of the Contact endpoints: reads request bodies into the core's carriers and writes
 * carriers and problem details in the media type asked for. The core's property model ({@code CarrierModel},
 * {@code Documents}, {@code Selection}) decides every name and value; this class only hands the tokens of a body to
 * the core's reader (JSON and XML straight into carriers, a form body as a tree of its fields, a patch as a plain
 * tree) and the walk of a carrier to a writer. Thread-safe; build one and share it.
 *
 * <p>Reading refuses a body larger than {@link Limits#maxBodyBytes()} with {@link BodyTooLargeException}, and
 * with an {@link InvalidInputException} naming the property path where there is one: nesting deeper than {@link Limits#maxDepth()}, a string longer than
 * {@link Limits#maxStringLength()} or than its property's max length (as soon as the string is read, so nothing after
 * it is parsed), bytes that are not UTF-8, an empty body, trailing content, a duplicate
 * property, text characters XML cannot carry, XML with a DOCTYPE (so no DTD, external entity or entity expansion is
 * ever processed), and everything the core refuses (unknown properties, wrong types, numbers out of range).
 * A body in a media type or charset the endpoint does not read is refused with
 * {@link UnsupportedMediaTypeException}.
 *
 * <p>XML: the root element is named for the carrier ({@code ContactEntity}), each property is a child element of
 * its wire name (matched without regard to case when read), a list holds one element per item (named for the item
 * carrier, e.g. {@code EntityElement}, or {@code string}; any name is read), a dictionary holds
 * {@code <Entry><Key>k</Key><Value>v</Value></Entry>} elements, and null is {@code xsi:nil="true"}, so that null
 * and the empty string stay apart.
 *
 * <p>Custom-field values are written encoded by the types of the {@link CustomFieldCatalog} the wire format is built
 * with ({@code [I:123]}, {@code [D:05/01/2024]}, a list item's id with its {@code :DisplayText}), and read in either
 * form; WIRE-FORMAT.md in the repository states every choice of the format and its source.
 *
 * <p>Form bodies ({@code application/x-www-form-urlencoded}) name each field by its property path:
 * {@code Name}, {@code Address.Postal.City}, {@code Emails[0].Value}, {@code BounceEmails[0]},
 * {@code CustomFields[SuperOffice:1]}; list indexes count up from 0 without gaps.
 */
public final class WireFormat {

    private static final List<String> CONTACT_TYPES = List.of("application/json", "text/json", "application/xml",
            "text/xml", "application/x-www-form-urlencoded");
    private static final List<String> PATCH_TYPES = List.of("application/json-patch+json",
            "application/merge-patch+json", "application/json", "text/json");
    private static final List<String> ENRICH_TYPES = List.of("application/json", "text/json", "application/xml",
            "text/xml");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> ID_LIST_TYPES = List.of("application/json", "text/json", "application/xml",
            "text/xml");

    private static final CarrierModel CONTACT = CarrierModel.of(ContactEntity.class);
    private static final CarrierModel VALIDATE = CarrierModel.of(ValidateRequest.class);

    private final Limits limits;
    private final CustomFieldCatalog catalog;
    private final JsonFactory jsonFactory;
    private final JsonTreeReader jsonReader;
    private final JsonResponseWriter jsonWriter = new JsonResponseWriter();
    private final XMLInputFactory xmlInputs;
    private final XmlResponseWriter xmlWriter;
    private final FormTreeReader formReader;
    private final ArchiveWriter archiveWriter;

    /** With {@link Limits#defaults()}, custom-field values written as the core keeps them. */
    public WireFormat() {
        this(Limits.defaults());
    }

    /** Custom-field values written as the core keeps them. */
    public WireFormat(Limits limits) {
        this(limits, CustomFieldCatalog.open());
    }

    /** Custom-field values written encoded by the catalog's types, and a list field's item ids read by its items. */
    public WireFormat(Limits limits, CustomFieldCatalog catalog) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        XmlFactory xml = XmlFactory.builder().build();
        XMLInputFactory inputs = xml.getXMLInputFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        inputs.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // text arrives in pieces, so an over-long string is refused before all of it is read
        inputs.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLOutputFactory outputs = xml.getXMLOutputFactory();
        outputs.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        this.jsonFactory = JsonTokens.factory(limits);
        this.jsonReader = new JsonTreeReader(limits, jsonFactory);
        this.xmlInputs = inputs;
        this.xmlWriter = new XmlResponseWriter(outputs);
        this.formReader = new FormTreeReader(limits);
        this.archiveWriter = new ArchiveWriter(outputs);
    }

    public Limits limits() {
        return limits;
    }

    /** The request media types {@link #readContact} reads, for a 415's {@code Accept-Post}. */
    public List<String> contactRequestTypes() {
        return CONTACT_TYPES;
    }

    /** The request media types {@link #readPatch} reads, for a 415's {@code Accept-Patch}. */
    public List<String> patchRequestTypes() {
        return PATCH_TYPES;
    }

    /** The request media types {@link #readEnrichRequest} reads. */
    public List<String> enrichRequestTypes() {
        return ENRICH_TYPES;
    }

    /**
     * Reads a contact from a JSON, XML or form body.
     *
     * @throws UnsupportedMediaTypeException when the content type is not one of {@link #contactRequestTypes()} or
     *                                       its charset is not UTF-8
     * @throws InvalidInputException         naming each fault
     */
    public ContactEntity readContact(InputStream body, String contentType) {
        String mediaType = MediaTypes.requireReadable(contentType, CONTACT_TYPES);
        RequestBody read = RequestBody.read(body, limits);
        if (mediaType.endsWith("/xml")) {
            return xml(ContactEntity.class, read, CONTACT.name());
        }
        if (mediaType.equals(FORM)) {
            return form(ContactEntity.class, read, CONTACT);
        }
        return json(ContactEntity.class, read, "a " + CONTACT.name());
    }

    /**
     * Reads a patch body: {@code application/json-patch+json} must be an array (RFC 6902),
     * {@code application/merge-patch+json} an object (RFC 7396); with {@code application/json} or
     * {@code text/json} an array is a JSON Patch and an object a merge patch. Only the tree is checked here; the
     * patch module reads the operations.
     *
     * @throws UnsupportedMediaTypeException when the content type is not one of {@link #patchRequestTypes()}
     * @throws InvalidInputException         when the body is not such a JSON document within the limits
     */
    public PatchBody readPatch(InputStream body, String contentType) {
        String mediaType = MediaTypes.requireReadable(contentType, PATCH_TYPES);
        Object tree = jsonReader.read(RequestBody.read(body, limits));
        boolean array = tree instanceof List;
        boolean object = tree instanceof Map;
        if (mediaType.equals("application/json-patch+json") && !array) {
            throw InvalidInputException.of("", "a JSON Patch body must be an array of operations");
        }
        if (mediaType.equals("application/merge-patch+json") && !object) {
            throw InvalidInputException.of("", "a merge patch body must be a JSON object");
        }
        if (!array && !object) {
            throw InvalidInputException.of("", "a patch body must be an array of operations (JSON Patch) "
                    + "or an object (merge patch)");
        }
        return new PatchBody(array ? PatchBody.Kind.JSON_PATCH : PatchBody.Kind.MERGE_PATCH, tree);
    }

    /**
     * Reads the EnrichContactEntity request ({@code ContactEntity}, {@code EnrichId}) from JSON or XML (any root
     * element name).
     *
     * @throws UnsupportedMediaTypeException when the content type is not one of {@link #enrichRequestTypes()}
     * @throws InvalidInputException         naming each fault
     */
    public EnrichRequest readEnrichRequest(InputStream body, String contentType) {
        String mediaType = MediaTypes.requireReadable(contentType, ENRICH_TYPES);
        RequestBody read = RequestBody.read(body, limits);
        if (mediaType.endsWith("/xml")) {
            return xml(EnrichRequest.class, read, null);
        }
        return json(EnrichRequest.class, read, "an enrich request");
    }

    /**
     * Reads the ValidateContactEntity request ({@code ContactEntity}, which may be null) from a JSON, XML (any root
     * element name) or form body.
     *
     * @throws UnsupportedMediaTypeException when the content type is not one of {@link #contactRequestTypes()}
     * @throws InvalidInputException         naming each fault
     */
    public ValidateRequest readValidateRequest(InputStream body, String contentType) {
        String mediaType = MediaTypes.requireReadable(contentType, CONTACT_TYPES);
        RequestBody read = RequestBody.read(body, limits);
        if (mediaType.endsWith("/xml")) {
            return xml(ValidateRequest.class, read, null);
        }
        if (mediaType.equals(FORM)) {
            return form(ValidateRequest.class, read, VALIDATE);
        }
        return json(ValidateRequest.class, read, "a validate request");
    }

    /**
     * Writes a contact: every property in wire order, those the selection leaves out as null, date-times in the
     * zone.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void writeContact(ContactEntity contact, Selection selection, ZoneId zone, ResponseType type,
                             OutputStream out) {
        write(sink -> Documents.write(contact, selection, zone, catalog, sink), type, out);
    }

    /**
     * Writes a contact followed by its {@code _Links} (link name to URL, in the order given); in XML the root element
     * is {@code ContactEntity}.
     */
    public void writeContact(ContactEntity contact, Map<String, String> links, Selection selection, ZoneId zone,
                             ResponseType type, OutputStream out) {
        write(sink -> Documents.write(contact, links, selection, zone, catalog, sink), type, out);
    }

    /**
     * Writes messages by property path, as ValidateContactEntity answers them: a JSON object of strings, or in XML a
     * {@code StringDictionary} of {@code <Entry><Key>path</Key><Value>message</Value></Entry>}.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void writeMessages(Map<String, String> messages, ResponseType type, OutputStream out) {
        writeAs(type, () -> xmlWriter.writeMessages(messages, out), () -> jsonWriter.writeMessages(messages, out));
    }

    /**
     * Reads the contact ids of {@code GetContactList}: a JSON array of ids, or XML with one element per id.
     *
     * @throws UnsupportedMediaTypeException when the content type is not JSON or XML
     * @throws InvalidInputException         naming the index of each id that is not a whole number
     */
    public List<Integer> readContactIds(InputStream body, String contentType) {
        String mediaType = MediaTypes.requireReadable(contentType, ID_LIST_TYPES);
        RequestBody read = RequestBody.read(body, limits);
        return mediaType.endsWith("/xml") ? ContactIdList.fromXml(read.text(), xmlInputs)
                : ContactIdList.fromJson(jsonReader.read(read));
    }

    /**
     * Writes Contact carriers as a list: a JSON array, or XML {@code ArrayOfContact}; each with what the selection
     * leaves out as null, date-times in the zone.
     */
    public void writeContacts(List<Contact> contacts, Selection selection, ZoneId zone, ResponseType type,
                              OutputStream out) {
        BiConsumer<Contact, DocumentSink> walk = (contact, sink) -> Documents.write(contact, selection, zone, sink);
        writeAs(type, () -> xmlWriter.writeList("Contact", contacts, walk, out),
                () -> jsonWriter.writeList(contacts, walk, out));
    }

    /**
     * Writes a page of the contact archive as the OData answer ({@code odata.metadata}, {@code odata.nextLink},
     * {@code value}).
     *
     * @param nextLink the link to the next page, or null on the last
     * @param full     {@code $mode=Full}: each column's raw and display value
     * @param jsonSafe {@code $jsonSafe=true}: names with characters other than letters, digits and {@code _} have
     *                 them replaced by {@code _} (XML names always are)
     */
    public void writeArchivePage(ArchivePage page, String metadataUrl, String nextLink, ZoneId zone, boolean full,
                                 boolean jsonSafe, ResponseType type, OutputStream out) {
        ArchiveWriter.ArchiveAnswer answer = new ArchiveWriter.ArchiveAnswer(metadataUrl, nextLink, zone, full,
                jsonSafe);
        writeAs(type, () -> archiveWriter.writeXml(page, answer, out),
                () -> archiveWriter.writeJson(page, answer, out));
    }

    /**
     * Writes problem details as {@code application/problem+json} or, for an XML type,
     * {@code application/problem+xml} (RFC 9457, Appendix B).
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void writeProblem(ProblemDetails problem, ResponseType type, OutputStream out) {
        writeAs(type, () -> xmlWriter.writeProblem(problem, out), () -> jsonWriter.writeProblem(problem, out));
    }

    /** Writes what the walk of a contact tells, without building it as a tree first. */
    private void write(Consumer<DocumentSink> walk, ResponseType type, OutputStream out) {
        writeAs(type, () -> xmlWriter.write(walk, out), () -> jsonWriter.write(walk, out));
    }

    /** Writes in XML or JSON, whichever the type is, a failure of the stream reported as such. */
    private static void writeAs(ResponseType type, XmlWriting xml, Runnable json) {
        try {
            if (type.isXml()) {
                xml.write();
            } else {
                json.run();
            }
        } catch (XMLStreamException | JacksonException e) {
            throw writeFailure(e);
        }
    }

    /** Writing with the StAX writer, which reports failures as checked exceptions. */
    @FunctionalInterface
    private interface XmlWriting {
        void write() throws XMLStreamException;
    }

    /** A carrier straight from a JSON body's tokens; {@code what} the body must be, as its refusal names it. */
    private <T extends Record> T json(Class<T> type, RequestBody body, String what) {
        return JsonDocumentSource.read(type, JsonTokens.of(body, jsonFactory, limits), what, catalog);
    }

    /** A carrier straight from an XML body's elements; a root element of any name when {@code rootName} is null. */
    private <T extends Record> T xml(Class<T> type, RequestBody body, String rootName) {
        return XmlDocumentSource.read(type, body.text(), xmlInputs, limits, rootName, catalog);
    }

    /** A carrier from a form body, whose fields name their places in any order: built as a tree first. */
    private <T extends Record> T form(Class<T> type, RequestBody body, CarrierModel model) {
        return Documents.read(type, formReader.read(body.text(), model), ScalarSource.TEXT, catalog);
    }

    private static RuntimeException writeFailure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return new UncheckedIOException(io);
            }
        }
        return new IllegalStateException("cannot write the response", e);
    }
}
