package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void soLanguageOverridesAcceptLanguageWhateverItsQuality() {
        assertEquals("en", Languages.requested("en", "no;q=1.0, de;q=0.9"));
        assertEquals("nb", Languages.requested(" nb-NO ", "en"));
        assertEquals("", Languages.requested("*", "no"));
    }

    @Test
    void acceptLanguageAnswersTheHighestQualityThatIsALanguage() {
        assertEquals("no", Languages.requested(null, "de;q=0.3, no;q=0.8, en;q=0.5"));
        assertEquals("de", Languages.requested("", "de, no;q=0.8"));
        assertEquals("en", Languages.requested(null, "xx-!!;q=1, en-GB;q=0.4, fr;q=0"));
        assertEquals("", Languages.requested(null, "fr;q=0"));
        assertEquals("", Languages.requested(null, "*"));
        assertEquals("", Languages.requested(null, null));
    }

    @Test
    void soLanguageThatIsNoLanguageTagIsRefusedNamingIt() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Languages.requested("klingon!", "en"));

        assertEquals(List.of("SO-Language"), refused.violations().stream().map(Violation::path).toList());
    }
}
