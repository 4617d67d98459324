package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementKindTest {

    @ParameterizedTest(name = "{0} ''{1}'' strips to ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "PHONE | +47 (22) 12-34 56  | +4722123456",
        "PHONE | 000.982.5697 x572  | 0009825697572",
        "FAX   | (020)881-7088      | 0208817088",
        "PHONE | itaque             | ''",
        "EMAIL | '  Post@Dare.Example '| post@dare.example",
        "URL   | ' https://www.Dare.example/about ' | www.Dare.example/about",
        "URL   | ftp://files.example | files.example",
        "URL   | www.example.com     | www.example.com",
    })
    void strippedValueIsDerivedPerElementKind(ElementKind kind, String value, String stripped) {
        assertEquals(stripped, kind.strip(value));
    }
}
