package io.contactkit.domain;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.FieldProperty;
import io.contactkit.domain.model.FieldRight;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.TableRight;
import io.contactkit.domain.rights.ContactRight;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ScalarKind;
import io.contactkit.domain.schema.ValueType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a principal's rights into the TableRight and FieldProperties a contact is answered with. */
final class Rights {

    private static final String SERVICES = "SuperOffice.CRM.Services.";
    private static final TableRight FULL_TABLE = new TableRight("FULL", "");
    private static final TableRight READ_TABLE = new TableRight("Select", "no right to change contacts");
    private static final FieldRight FULL_FIELD = new FieldRight("FULL", "");
    private static final FieldRight READ_ONLY_ROLE = new FieldRight("Read", "no right to change contacts");
    private static final FieldRight SERVER_OWNED = new FieldRight("Read", "set by the server");

    private static final Map<String, FieldProperty> WRITABLE = fieldProperties(true);
    private static final Map<String, FieldProperty> READ_ONLY = fieldProperties(false);

    private Rights() {
    }

    static TableRight tableRight(Principal principal) {
        return principal.may(ContactRight.UPDATE) ? FULL_TABLE : READ_TABLE;
    }

    /** Each ContactEntity field's right, .NET type name and maximum length for this principal. */
    static Map<String, FieldProperty> fieldProperties(Principal principal) {
        return principal.may(ContactRight.UPDATE) ? WRITABLE : READ_ONLY;
    }

    /** Refuses the operation unless the principal holds the right. */
    static void require(Principal principal, ContactRight right) {
        principal.require(right);
    }

    private static Map<String, FieldProperty> fieldProperties(boolean mayUpdate) {
        Map<String, FieldProperty> properties = new LinkedHashMap<>();
        for (Property property : CarrierModel.of(ContactEntity.class).properties()) {
            if (property.name().equals("TableRight") || property.name().equals("FieldProperties")) {
                continue;
            }
            FieldRight right = property.serverOwned() ? SERVER_OWNED : mayUpdate ? FULL_FIELD : READ_ONLY_ROLE;
            properties.put(property.name(),
                    new FieldProperty(right, dotNetType(property.name(), property.type()), property.maxLength()));
        }
        return Collections.unmodifiableMap(properties);
    }

    private static String dotNetType(String propertyName, ValueType type) {
        if (type instanceof ValueType.Scalar scalar) {
            return scalar.kind().dotNetName();
        }
        if (type instanceof ValueType.Carrier carrier) {
            // Business, Category, TicketPriority and CustomerLanguage share one Java shape but are distinct carriers
            return SERVICES + (carrier.type() == ListItem.class ? propertyName : carrier.type().getSimpleName());
        }
        if (type instanceof ValueType.ListOf list) {
            return dotNetType(propertyName, list.element()) + "[]";
        }
        return "System.Collections.Generic.Dictionary`2[System.String," + ScalarKind.STRING.dotNetName() + "]";
    }
}
