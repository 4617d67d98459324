package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JdbcSettingsTest {

    @Test
    void embeddedDefaultIsAnH2FileUnderContactkitData() {
        assertEquals("jdbc:h2:file:./contactkit-data/contactkit",
                JdbcSettings.embedded(JdbcSettings.DEFAULT_DIRECTORY).jdbcUrl());
    }

    @Test
    void embeddedDirectoryWithoutDotIsTakenFromTheWorkingDirectory() {
        assertEquals("jdbc:h2:file:./data/contactkit", JdbcSettings.embedded(Path.of("data")).jdbcUrl());
        assertEquals("jdbc:h2:file:/var/lib/contactkit/contactkit",
                JdbcSettings.embedded(Path.of("/var/lib/contactkit")).jdbcUrl());
    }

    @Test
    void embeddedDirectoryCannotSmuggleInH2Settings() {
        assertThrows(IllegalArgumentException.class,
                () -> JdbcSettings.embedded(Path.of("data;INIT=RUNSCRIPT FROM 'http://evil'")));
    }

    @Test
    void h2FilesAreWrittenAtEachCommitUnlessTheUrlSaysOtherwise() {
        assertEquals("jdbc:h2:file:./contactkit-data/contactkit;WRITE_DELAY=0",
                JdbcSettings.embedded(JdbcSettings.DEFAULT_DIRECTORY).connectionUrl());
        assertEquals("jdbc:h2:./x;MODE=PostgreSQL;WRITE_DELAY=0",
                JdbcSettings.of("jdbc:h2:./x;MODE=PostgreSQL", "sa", "").connectionUrl());
        assertEquals("jdbc:h2:file:./x;write_delay=500",
                JdbcSettings.of("jdbc:h2:file:./x;write_delay=500", "sa", "").connectionUrl());
        assertEquals("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1",
                JdbcSettings.of("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", "sa", "").connectionUrl());
        assertEquals("jdbc:postgresql://db/crm", JdbcSettings.of("jdbc:postgresql://db/crm", "crm", "").connectionUrl());
    }

    @Test
    void printedSettingsHideThePasswordAndUrlParameters() {
        String printed = JdbcSettings.of("jdbc:postgresql://db:5432/crm?password=secret1", "crm", "secret2")
                .toString();

        assertFalse(printed.contains("secret"), printed);
        assertTrue(printed.contains("jdbc:postgresql://db:5432/crm"), printed);
    }

    @Test
    void poolNeedsAtLeastOneConnectionAndAQuarterSecondTimeout() {
        JdbcSettings settings = JdbcSettings.of("jdbc:h2:mem:x", "sa", "");

        assertThrows(IllegalArgumentException.class, () -> settings.withPoolSize(0));
        assertThrows(IllegalArgumentException.class, () -> settings.withConnectionTimeout(Duration.ofMillis(100)));
    }

    @Test
    void referenceDataIsKeptThirtySecondsUnlessToldOtherwise() {
        JdbcSettings settings = JdbcSettings.of("jdbc:h2:mem:x", "sa", "");

        assertEquals(Duration.ofSeconds(30), settings.referenceDataTtl());
        assertEquals(Duration.ZERO, settings.withReferenceDataTtl(Duration.ZERO).referenceDataTtl());
        assertThrows(IllegalArgumentException.class, () -> settings.withReferenceDataTtl(Duration.ofSeconds(-1)));
    }
}
