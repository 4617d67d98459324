package io.contactkit.domain.schema;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code $select}: the property paths a client wants filled. Every other property stays in the answer but is
 * nulled out, as the seed pages say. Paths are matched against the carrier's property model without regard to case,
 * with {@code /} for nested properties ({@code name,department,category/id}).
 */
public final class Selection {

    private static final Selection ALL = new Selection(null);

    /** Wire name to the selection below it; null where everything is selected. */
    private final Map<String, Selection> children;

    private Selection(Map<String, Selection> children) {
        this.children = children;
    }

    /** Everything selected. */
    public static Selection all() {
        return ALL;
    }

    /**
     * Parses a {@code $select} value against a carrier's model.
     *
     * @throws InvalidInputException naming each path the model does not know
     */
    public static Selection parse(String select, Class<? extends Record> carrier) {
        if (select == null || select.isBlank()) {
            return ALL;
        }
        Map<String, Selection> root = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (String raw : select.split(",")) {
            String path = raw.trim();
            if (path.isEmpty()) {
                continue;
            }
            if (!add(root, CarrierModel.of(carrier), path.split("/", -1), 0)) {
                violations.add(new Violation("$select", "unknown property path '" + path + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return root.isEmpty() ? ALL : new Selection(root);
    }

    private static boolean add(Map<String, Selection> level, CarrierModel model, String[] segments, int at) {
        if (model == null) {
            return false;
        }
        Property property = model.property(segments[at].trim()).orElse(null);
        if (property == null) {
            return false;
        }
        if (at == segments.length - 1) {
            level.put(property.name(), ALL);
            return true;
        }
        Selection existing = level.get(property.name());
        if (existing == ALL) {
            return add(new LinkedHashMap<>(), carrierBelow(property.type()), segments, at + 1);
        }
        Map<String, Selection> below = existing == null ? new LinkedHashMap<>() : existing.children;
        if (!add(below, carrierBelow(property.type()), segments, at + 1)) {
            return false;
        }
        level.put(property.name(), new Selection(below));
        return true;
    }

    private static CarrierModel carrierBelow(ValueType type) {
        if (type instanceof ValueType.Carrier carrier) {
            return carrier.model();
        }
        if (type instanceof ValueType.ListOf list) {
            return carrierBelow(list.element());
        }
        return null;
    }

    public boolean selectsAll() {
        return children == null;
    }

    /** The selection below the property (or dictionary key) of that wire name; null when it is left out. */
    public Selection below(String name) {
        return children == null ? this : children.get(name);
    }
}
