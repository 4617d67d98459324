package io.contactkit.domain.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierModelTest {

    private static final CarrierModel CONTACT = CarrierModel.of(ContactEntity.class);
    private static final CarrierModel ELEMENT = CarrierModel.of(EntityElement.class);

    @ParameterizedTest
    @ValueSource(strings = {"TableRight", "tableright", "TABLERIGHT", "FieldProperties", "fieldProperties"})
    void aContactsOwnRightsAreItsPropertiesInAnyCase(String name) {
        int index = CONTACT.indexOf(name);

        assertTrue(index >= 0, name);
        assertTrue(CONTACT.properties().get(index).name().equalsIgnoreCase(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TableRight", "tableright", "FieldProperties", "FIELDPROPERTIES", "_Links", "_links",
            "InitialUtmParameters"})
    void whatTheServerWritesBesideASubCarrierIsNoneOfItsPropertiesInAnyCase(String name) {
        assertEquals(-1, ELEMENT.indexOf(name));
        assertTrue(CarrierModel.isOutputOnly(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Value", "value", "VALUE", "strippedvalue", "DESCRIPTION"})
    void propertyNamesMatchWithoutRegardToCase(String name) {
        assertTrue(ELEMENT.indexOf(name) >= 0, name);
    }
}
