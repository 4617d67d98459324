package io.contactkit.serialization;

import io.contactkit.codec.DocumentSource;
import io.contactkit.codec.Documents;
import io.contactkit.domain.failure.ContactKitException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ScalarKind;
import io.contactkit.domain.schema.ValueType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML body as the StAX reader reads it, pulled by the codec straight into a carrier. The model says what each
 * element holds: a carrier's children are its properties (names matched without regard to case), a list's children
 * are its items (whatever their element name), a dictionary's children are {@code Key}/{@code Value} entries, a
 * scalar holds text. {@code xsi:nil="true"} is null; an empty element is the empty string, which the core reads as
 * empty for everything but strings. Elements the model does not know are passed over (within the depth limit) and
 * named to the core once each, which refuses them, or ignores what the server writes itself ({@code _Links},
 * {@code TableRight}, ...).
 *
 * <p>A dictionary is read whole, as a plain tree, before the codec reads it: an entry may give its {@code Value}
 * before its {@code Key}.
 */
final class XmlDocumentSource implements DocumentSource {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final ValueType TEXT = new ValueType.Scalar(ScalarKind.STRING);

    private final XMLStreamReader reader;
    private final Limits limits;
    /** The name the root element must have (case-insensitive), or null for any name. */
    private final String rootName;
    private final ValueType rootType;
    private Position position;
    private boolean root = true;
    /** The elements open, the one the reader stands on included: the nesting the depth limit counts. */
    private int depth;
    /** The open carriers and lists, innermost last. */
    private final List<Level> levels = new ArrayList<>();
    /** Whether the reader stands on a child that telling its parent's shape found, not yet moved onto. */
    private boolean childFound;
    private Object tree;
    private String name;

    private XmlDocumentSource(XMLStreamReader reader, Limits limits, String rootName, ValueType rootType) {
        this.reader = reader;
        this.limits = limits;
        this.rootName = rootName;
        this.rootType = rootType;
    }

    /**
     * Reads a carrier from an XML body.
     *
     * @param inputs   a factory with DTDs and external entities switched off
     * @param rootName the name the root element must have (case-insensitive), or null for any name
     */
    static <T extends Record> T read(Class<T> type, String text, XMLInputFactory inputs, Limits limits,
                                     String rootName, CustomFieldCatalog catalog) {
        XMLStreamReader reader = null;
        try {
            reader = inputs.createXMLStreamReader(new StringReader(text));
            return Documents.read(type, new XmlDocumentSource(reader, limits, rootName,
                    new ValueType.Carrier(type)), catalog);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        } catch (ContactKitException e) {
            throw e;
        } catch (RuntimeException e) {
            // the StAX provider wraps parse errors it meets lazily (while text is fetched) in unchecked exceptions,
            // as this source wraps those of its own reads
            throw e.getCause() instanceof XMLStreamException cause ? notWellFormed(cause)
                    : InvalidInputException.of("", "is not well-formed XML");
        } finally {
            close(reader);
        }
    }

    private static InvalidInputException notWellFormed(XMLStreamException e) {
        String message = SyntaxWords.xml(e.getMessage());
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

    @Override
    public void begin(Position at) {
        this.position = at;
    }

    @Override
    public Object value(ValueType expected, int maxLength) {
        try {
            if (root) {
                root = false;
                return rootValue();
            }
            return element(expected, maxLength);
        } catch (XMLStreamException e) {
            throw new Unreadable(e);
        }
    }

    /** The root element, which must be named for the carrier when a name is given, and hold its properties. */
    private Start rootValue() throws XMLStreamException {
        String encoding = reader.getCharacterEncodingScheme();
        if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
            throw InvalidInputException.of("", "the XML declaration names encoding '" + encoding
                    + "'; send the body in UTF-8");
        }
        toRootElement();
        String found = reader.getLocalName();
        if (rootName != null && !rootName.equalsIgnoreCase(found)) {
            throw InvalidInputException.of("", "the root element must be <" + rootName + ">, not <" + found + ">");
        }
        Object value = element(rootType, 0);
        if (value == Start.OBJECT) {
            return Start.OBJECT;
        }
        // a root without elements: the rest of the body first, then why it holds no carrier
        end();
        if (value == null) {
            throw InvalidInputException.of("", "the root element <" + found + "> must not be nil");
        }
        if (!((String) value).isBlank()) {
            throw InvalidInputException.of("", "the root element <" + found + "> must hold elements, not text");
        }
        levels.add(Level.closed());
        return Start.OBJECT;
    }

    private void toRootElement() throws XMLStreamException {
        int event = reader.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            refuseDoctype(event);
            event = reader.next();
        }
        depth = 1;
    }

    /**
     * The element the reader stands on: null, its text, the start of a carrier's or list's children (on the first of
     * which the reader then stands) or of a dictionary's tree. Text is refused as soon as it grows longer than the
     * limit, so the rest of the body is not read.
     *
     * @param maxLength the property's max length (a list's applies to its items), 0 for none
     */
    private Object element(ValueType type, int maxLength) throws XMLStreamException {
        if (type instanceof ValueType.Dictionary) {
            tree = treeValue(type, position.path(), depth, 0);
            depth--;
            return Start.TREE;
        }
        if (depth > limits.maxDepth()) {
            checkDepth(depth, position.path());
        }
        if (isNil()) {
            skipNilContent(position.path());
            depth--;
            return null;
        }
        int longest = type instanceof ValueType.Scalar && maxLength > 0
                ? Math.min(maxLength, limits.maxStringLength()) : limits.maxStringLength();
        // most elements hold one piece of text: it is kept as the reader gives it
        String first = null;
        StringBuilder text = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (first != null) {
                    refuseMixed(text != null ? text : new StringBuilder(first), position.path());
                }
                if (type instanceof ValueType.Scalar) {
                    throw InvalidInputException.of(position.path(), "must be text, not nested elements");
                }
                depth++;
                childFound = true;
                levels.add(new Level());
                return type instanceof ValueType.ListOf ? Start.ARRAY : Start.OBJECT;
            } else if (isText(event)) {
                String piece = reader.getText();
                if (first == null) {
                    first = piece;
                } else {
                    text = (text == null ? new StringBuilder(first) : text).append(piece);
                }
                if ((text == null ? first.length() : text.length()) > longest) {
                    throw InvalidInputException.of(position.path(), "is longer than " + longest + " characters");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return text != null ? text.toString() : first == null ? "" : first;
            } else {
                refuseDoctype(event);
            }
        }
    }

    @Override
    public Object tree() {
        return tree;
    }

    @Override
    public int nextProperty(CarrierModel model) {
        try {
            Level level = levels.get(levels.size() - 1);
            while (toChild()) {
                String found = reader.getLocalName();
                int index = model.indexOf(found);
                if (index >= 0) {
                    if (!level.given(index)) {
                        name = found;
                        return index;
                    }
                    throw InvalidInputException.of(join(position.path(), model.properties().get(index).name()),
                            "is given twice");
                }
                if (level.firstUnknown(found)) {
                    name = found;
                    return UNKNOWN;
                }
                // an unknown element is named to the core once
                skip(join(position.path(), found), depth);
                depth--;
            }
            return END;
        } catch (XMLStreamException e) {
            throw new Unreadable(e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String nextKey() {
        throw new IllegalStateException("XML dictionaries are read whole, as trees");
    }

    @Override
    public boolean nextItem() {
        try {
            return toChild();
        } catch (XMLStreamException e) {
            throw new Unreadable(e);
        }
    }

    /**
     * Moves onto the next child of the innermost carrier or list: false at its end. Text between children must be
     * blank.
     */
    private boolean toChild() throws XMLStreamException {
        if (levels.get(levels.size() - 1).closed) {
            levels.remove(levels.size() - 1);
            return false;
        }
        if (childFound) {
            childFound = false;
            return true;
        }
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                return true;
            }
            if (isText(event)) {
                if (!reader.getText().isBlank()) {
                    throw InvalidInputException.of(position.path(), "mixes text and elements");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                levels.remove(levels.size() - 1);
                return false;
            } else {
                refuseDoctype(event);
            }
        }
    }

    @Override
    public void skipValue() {
        try {
            skip(position.path(), depth);
            depth--;
        } catch (XMLStreamException e) {
            throw new Unreadable(e);
        }
    }

    @Override
    public void skipRest() {
        throw new IllegalStateException("XML elements are read by the type the model expects, never passed over");
    }

    @Override
    public void end() {
        try {
            while (reader.hasNext()) {
                refuseDoctype(reader.next());
            }
        } catch (XMLStreamException e) {
            throw new Unreadable(e);
        }
    }

    @Override
    public boolean textOnly() {
        return true;
    }

    /**
     * The value of the element the reader stands on as a plain tree: null, its text, or the structure its type
     * gives; the reader then stands on its end.
     */
    private Object treeValue(ValueType type, String path, int level, int maxLength) throws XMLStreamException {
        checkDepth(level, path);
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
                treeChild(type, structure, path, level, children++, maxLength);
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

    private static Object structureFor(ValueType type, String path) {
        if (type instanceof ValueType.ListOf) {
            return new ArrayList<>();
        }
        if (type instanceof ValueType.Scalar) {
            throw InvalidInputException.of(path, "must be text, not nested elements");
        }
        return new LinkedHashMap<String, Object>();
    }

    @SuppressWarnings("unchecked")
    private void treeChild(ValueType type, Object structure, String path, int level, int index, int maxLength)
            throws XMLStreamException {
        if (type instanceof ValueType.Carrier carrier) {
            treeProperty(carrier.model(), (Map<String, Object>) structure, path, level + 1);
        } else if (type instanceof ValueType.ListOf list) {
            ((List<Object>) structure).add(treeValue(list.element(), path + "[" + index + "]", level + 1,
                    maxLength));
        } else {
            treeEntry(((ValueType.Dictionary) type).value(), (Map<String, Object>) structure, path, level + 1);
        }
    }

    private void treeProperty(CarrierModel model, Map<String, Object> carrier, String path, int level)
            throws XMLStreamException {
        String found = reader.getLocalName();
        Optional<Property> property = model.property(found);
        if (property.isEmpty()) {
            skip(join(path, found), level);
            carrier.putIfAbsent(found, "");
            return;
        }
        String key = property.get().name();
        String propertyPath = join(path, key);
        if (carrier.containsKey(key)) {
            throw InvalidInputException.of(propertyPath, "is given twice");
        }
        carrier.put(key, treeValue(property.get().type(), propertyPath, level,
                property.get().serverOwned() ? 0 : property.get().maxLength()));
    }

    /** One {@code <Entry><Key>k</Key><Value>v</Value></Entry>} of a dictionary; the entry's name is free. */
    private void treeEntry(ValueType valueType, Map<String, Object> dictionary, String path, int level)
            throws XMLStreamException {
        checkDepth(level, path);
        String key = null;
        Object value = null;
        boolean hasValue = false;
        StringBuilder text = new StringBuilder();
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String found = reader.getLocalName();
                if (found.equalsIgnoreCase("Key") && key == null) {
                    key = (String) treeValue(TEXT, path + ".Key", level + 1, 0);
                    if (key == null) {
                        throw InvalidInputException.of(path, "a dictionary entry's Key must not be nil");
                    }
                } else if (found.equalsIgnoreCase("Value") && !hasValue) {
                    value = treeValue(valueType, path + "." + (key == null ? "Value" : key), level + 1, 0);
                    hasValue = true;
                } else {
                    throw InvalidInputException.of(path, "a dictionary entry holds one Key and one Value, not <"
                            + found + ">");
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

    /** Passes over the element the reader stands on, still within the depth limit; the reader ends on its end. */
    private void skip(String path, int level) throws XMLStreamException {
        checkDepth(level, path);
        int below = 0;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                below++;
                checkDepth(level + below, path);
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

    private void checkDepth(int level, String path) {
        if (level > limits.maxDepth()) {
            throw InvalidInputException.of(path, "nests deeper than " + limits.maxDepth() + " levels");
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

    /**
     * An open carrier or list: the properties given so far (one more of the same is refused, whatever its case) and
     * the unknown names, each named to the core once.
     */
    private static final class Level {

        /** Whether the level ended before it was moved into: a root element without children. */
        private final boolean closed;
        private final BitSet given = new BitSet();
        private Set<String> unknown;

        private Level() {
            this(false);
        }

        private Level(boolean closed) {
            this.closed = closed;
        }

        static Level closed() {
            return new Level(true);
        }

        /** Whether the property was given before; it is from now on. */
        boolean given(int index) {
            boolean before = given.get(index);
            given.set(index);
            return before;
        }

        /** Whether this is the first element of this unknown name here. */
        boolean firstUnknown(String name) {
            if (unknown == null) {
                unknown = new HashSet<>();
            }
            return unknown.add(name);
        }
    }

    /** A failure of the StAX reader, carried out of the source's methods to {@link #read}, which words it. */
    private static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unreadable(XMLStreamException cause) {
            super(cause);
        }
    }
}
