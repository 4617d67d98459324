package io.contactkit.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.testing.Contacts;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private final ContactEntity contact = Contacts.fullyFilled().toBuilder()
            .category(new ListItem(1, "Customer", "tip")).build();

    @Test
    void selectKeepsEveryPropertyButNullsOutThoseNotSelected() {
        Map<String, String> links = Map.of("Self", "http://x/api/v1/contact/1");
        int propertyCount = Documents.write(contact, links, ZoneId.of("UTC")).size();
        TreeSink sink = new TreeSink();

        Documents.write(contact, links, Selection.parse("name,department,category/id", ContactEntity.class),
                ZoneId.of("UTC"),
                sink);

        Map<String, Object> tree = sink.tree();
        assertEquals(propertyCount, tree.size());
        assertEquals(contact.name(), tree.get("Name"));
        assertEquals("", tree.get("Department"), "selected, without a value");
        assertNull(tree.get("OrgNr"));
        assertNull(tree.get("Emails"));
        assertNull(tree.get("ContactId"));
        assertNotNull(tree.get("_Links"));
        Map<?, ?> category = (Map<?, ?>) tree.get("Category");
        assertEquals(1, category.get("Id"));
        assertTrue(category.containsKey("Value"));
        assertNull(category.get("Value"));
    }

    @Test
    void selectPathsReachIntoListsOfCarriers() {
        Map<String, Object> tree = Documents.write(contact, Selection.parse("Emails/Value", ContactEntity.class),
                ZoneId.of("UTC"));

        List<?> emails = (List<?>) tree.get("Emails");
        assertEquals(contact.emails().get(0).value(), ((Map<?, ?>) emails.get(0)).get("Value"));
        assertNull(((Map<?, ?>) emails.get(0)).get("Description"));
    }

    @Test
    void unknownPathsAreRefusedNamingThem() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Selection.parse("name,nmae,category/idd,name/length", ContactEntity.class));

        assertEquals(3, refused.violations().size());
        assertTrue(refused.getMessage().contains("'nmae'"));
        assertTrue(refused.getMessage().contains("'category/idd'"));
        assertTrue(refused.getMessage().contains("'name/length'"));
    }

    @Test
    void emptySelectSelectsEverything() {
        assertTrue(Selection.parse(" ", ContactEntity.class).selectsAll());
        assertTrue(Selection.parse(null, ContactEntity.class).selectsAll());
    }
}
