package io.contactkit.serialization;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of {@code GetContactList}: the contact ids, as a JSON array ({@code [1, 2, 3]}, numbers or digit
 * strings) or as XML, any root with one element per id ({@code <ArrayOfInt><int>1</int></ArrayOfInt>}). Each id
 * that is not a whole number in int range is refused with its index.
 */
final class ContactIdList {

    private ContactIdList() {
    }

    static List<Integer> fromJson(Object tree) {
        if (!(tree instanceof List<?> items)) {
            throw InvalidInputException.of("", "the body must be a JSON array of contact ids, e.g. [1, 2, 3]");
        }
        List<Integer> ids = new ArrayList<>(items.size());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer id = id(items.get(i));
            if (id == null) {
                violations.add(new Violation("[" + i + "]", "is not a contact id (a whole number)"));
            }
            ids.add(id);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return ids;
    }

    static List<Integer> fromXml(String text, XMLInputFactory inputs) {
        List<Object> texts = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = inputs.createXMLStreamReader(new StringReader(text));
            int depth = 0;
            StringBuilder value = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth > 2) {
                        throw InvalidInputException.of("", "a contact id list holds one element per id, nothing"
                                + " deeper");
                    }
                    value = depth == 2 ? new StringBuilder() : null;
                } else if (event == XMLStreamConstants.CHARACTERS && value != null) {
                    value.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2) {
                        texts.add(value.toString().strip());
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw InvalidInputException.of("", "is not well-formed XML");
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw InvalidInputException.of("", "is not well-formed XML");
        } finally {
            close(reader);
        }
        return fromJson(texts);
    }

    private static Integer id(Object item) {
        try {
            if (item instanceof Number number) {
                return new BigDecimal(number.toString()).intValueExact();
            }
            if (item instanceof String digits && digits.strip().matches("[-+]?\\d{1,10}")) {
                return Integer.parseInt(digits.strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was kept open that the parser did not read to its end
            }
        }
    }
}
