package io.contactkit.domain;

import io.contactkit.domain.failure.ForbiddenException;
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
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a principal's rights into the TableRight and FieldProperties a contact is answered with. */
final class Rights {

    private static final String SERVICES = "SuperOffice.CRM.Services.";
    private static final TableRight FULL_TABLE = new TableRight("FULL", "");
    private static final TableRight READ_TABLE = new TableRight("Select", "no right to change contacts");
    /** Masks are EFieldRight names, as the official client reads them (FULL is a table right only). */
    private static final FieldRight UPDATABLE = new FieldRight("Update", "");
    private static final FieldRight MANDATORY = new FieldRight("Update, UIHintMandatory", "must not be blank");
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
        if (!principal.may(right)) {
            throw new ForbiddenException("user '" + principal.userName() + "' has no right to "
                    + right.name().toLowerCase(java.util.Locale.ROOT) + " contacts");
        }
    }

    private static Map<String, FieldProperty> fieldProperties(boolean mayUpdate) {
        Map<String, FieldProperty> properties = new LinkedHashMap<>();
        RecordComponent[] components = ContactEntity.class.getRecordComponents();
        List<Property> model = CarrierModel.of(ContactEntity.class).properties();
        for (int i = 0; i < model.size(); i++) {
            Property property = model.get(i);
            if (property.name().equals("TableRight") || property.name().equals("FieldProperties")) {
                continue;
            }
            boolean mandatory = components[i].getAccessor().isAnnotationPresent(NotBlank.class);
            FieldRight right = property.serverOwned() ? SERVER_OWNED
                    : !mayUpdate ? READ_ONLY_ROLE : mandatory ? MANDATORY : UPDATABLE;
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
