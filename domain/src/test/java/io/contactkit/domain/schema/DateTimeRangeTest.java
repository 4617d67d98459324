package io.contactkit.domain.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.testing.Contacts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTimeRangeTest {

    @Test
    void theFirstAndLastInstantsADotNetDateTimeHoldsAreWithinIt() {
        ContactEntity contact = Contacts.fullyFilled().toBuilder()
                .dbiLastSyncronized(Instant.parse("0001-01-01T00:00:00Z"))
                .dbiLastModified(Instant.parse("9999-12-31T23:59:59.9999999Z"))
                .build();

        assertEquals(List.of(), DateTimeRange.violations(contact));
    }

    @Test
    void everyDateTimeBeyondThemIsNamedByItsPath() {
        ContactEntity contact = Contacts.fullyFilled().toBuilder()
                .dbiLastSyncronized(Instant.parse("+999999999-12-31T23:59:59Z"))
                .dbiLastModified(Instant.parse("0000-12-31T23:59:59.999999999Z"))
                .interests(List.of(SelectableMDOListItem.builder().id(1).build(),
                        SelectableMDOListItem.builder().id(2).lastChanged(Instant.parse("+10000-01-01T00:00:00Z"))
                                .build()))
                .build();

        List<String> paths = DateTimeRange.violations(contact).stream().map(Violation::path).toList();

        assertEquals(List.of("Interests[1].LastChanged", "DbiLastSyncronized", "DbiLastModified"), paths);
    }
}
