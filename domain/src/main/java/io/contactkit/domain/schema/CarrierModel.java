package io.contactkit.domain.schema;

import io.contactkit.domain.model.ServerOwned;
import io.contactkit.domain.model.WireEnum;
import jakarta.validation.constraints.Size;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known property model of one carrier, read off its record: the only source of the names a client may use in a
 * body, a patch path or a {@code $select}.
 */
public final class CarrierModel {

    /** One model per carrier type, found by a cache on the class itself: looked up for every carrier written. */
    private static final ClassValue<CarrierModel> MODELS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected CarrierModel computeValue(Class<?> type) {
            return new CarrierModel((Class<? extends Record>) type);
        }
    };
    /**
     * What the server writes beside a carrier's own properties, and a client may send back unchanged
     * (GET-modify-PUT): every carrier's {@code TableRight} and {@code FieldProperties}, a REST answer's
     * {@code _Links}, and {@code InitialUtmParameters}, the EnrichContactEntity response's name for the read-only UTM
     * parameters. Lower case, as names match without regard to case.
     */
    private static final Set<String> OUTPUT_ONLY = Set.of("_links", "tableright", "fieldproperties",
            "initialutmparameters");
    /** The same names as the server writes them: what an echoed body holds, found without lower-casing. */
    private static final Set<String> OUTPUT_ONLY_AS_WRITTEN = Set.of("_Links", "TableRight", "FieldProperties",
            "InitialUtmParameters");

    private final Class<? extends Record> type;
    private final List<Property> properties;
    /** Clients mostly send the exact wire names: those are found without lower-casing the name. */
    private final Map<String, Integer> indexByName;
    private final Map<String, Integer> indexByLowerCaseName;
    /** Takes the component values as one {@code Object[]} and returns the record as an {@code Object}. */
    private final MethodHandle constructor;
    /** Each property's {@link Property#emptyValue()}, in wire order: the start of every read. */
    private final Object[] emptyValues;
    /**
     * Whether a name the server writes beside the properties, spelled as it writes it, may still be a property's
     * name in another case: else such a name is known to be none without lower-casing it.
     */
    private final boolean outputOnlyNamesInOtherCase;

    private CarrierModel(Class<? extends Record> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<Property> list = new ArrayList<>(components.length);
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> lowerCase = new HashMap<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                parameterTypes[i] = component.getType();
                ServerOwned serverOwned = component.getAnnotation(ServerOwned.class);
                WireEnum enumeration = component.getAnnotation(WireEnum.class);
                Property property = new Property(wireName(component.getName()), typeOf(component.getGenericType()),
                        serverOwned != null, serverOwned != null && !serverOwned.onCreateOnly(), maxLength(component),
                        enumeration == null ? null : enumeration.value(), component.getType(),
                        lookup.unreflect(component.getAccessor()).asType(Property.ACCESSOR_TYPE));
                list.add(property);
                exact.put(property.name(), i);
                lowerCase.put(property.name().toLowerCase(Locale.ROOT), i);
            }
            this.constructor = lookup.unreflectConstructor(type.getConstructor(parameterTypes))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type + " is not a public carrier record", e);
        }
        this.properties = Collections.unmodifiableList(list);
        this.indexByName = exact;
        this.indexByLowerCaseName = lowerCase;
        this.emptyValues = list.stream().map(Property::emptyValue).toArray();
        this.outputOnlyNamesInOtherCase = OUTPUT_ONLY.stream().anyMatch(lowerCase::containsKey);
    }

    /**
     * Whether a member that is none of a carrier's properties is one the server writes beside them ({@code _Links},
     * a sub-carrier's {@code TableRight} and {@code FieldProperties}, ...): a client that sends it back is not refused,
     * and what it holds is never read. Matched without regard to case.
     */
    public static boolean isOutputOnly(String name) {
        return OUTPUT_ONLY_AS_WRITTEN.contains(name) || OUTPUT_ONLY.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The model of a carrier record type. */
    public static CarrierModel of(Class<? extends Record> type) {
        return MODELS.get(type);
    }

    public Class<? extends Record> type() {
        return type;
    }

    /** The carrier's name as the wire knows it. */
    public String name() {
        return type.getSimpleName();
    }

    /** The properties in wire order. */
    public List<Property> properties() {
        return properties;
    }

    /** The property of that name, matched without regard to case. */
    public Optional<Property> property(String name) {
        int index = indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(properties.get(index));
    }

    /** The property of exactly that wire name. */
    public Optional<Property> propertyExact(String name) {
        Integer index = indexByName.get(name);
        return index == null ? Optional.empty() : Optional.of(properties.get(index));
    }

    /** The index in {@link #properties()} of the property of exactly that wire name; else -1. */
    public int indexOfExact(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    /** The index in {@link #properties()} of the property of that name, matched without regard to case; else -1. */
    public int indexOf(String name) {
        Integer index = indexByName.get(name);
        if (index == null && (outputOnlyNamesInOtherCase || !OUTPUT_ONLY_AS_WRITTEN.contains(name))) {
            index = indexByLowerCaseName.get(name.toLowerCase(Locale.ROOT));
        }
        return index == null ? -1 : index;
    }

    /** A fresh array of every property's empty value, in wire order. */
    public Object[] emptyValues() {
        return emptyValues.clone();
    }

    /** The carrier's property values, in wire order. */
    public Object[] values(Record carrier) {
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = properties.get(i).read(carrier);
        }
        return values;
    }

    /** The carrier of these property values, given in wire order. */
    public Record construct(Object[] values) {
        try {
            return (Record) (Object) constructor.invokeExact(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot build " + name(), e);
        }
    }

    /**
     * The wire name of a record component or Java property name: its first letter in upper case ({@code orgNr} is
     * {@code OrgNr}). Interned: a parser that interns the names it reads finds them equal by identity.
     */
    public static String wireName(String componentName) {
        return (Character.toUpperCase(componentName.charAt(0)) + componentName.substring(1)).intern();
    }

    private static int maxLength(RecordComponent component) {
        // @Size cannot target a record component: it lands on the accessor, or on the type for list elements
        Size size = component.getAccessor().getAnnotation(Size.class);
        if (size == null) {
            size = elementSize(component.getAnnotatedType());
        }
        return size == null ? 0 : size.max();
    }

    private static Size elementSize(AnnotatedType type) {
        if (type instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            if (arguments.length == 1) {
                return arguments[0].getAnnotation(Size.class);
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static ValueType typeOf(Type type) {
        if (type == String.class) {
            return new ValueType.Scalar(ScalarKind.STRING);
        }
        if (type == int.class) {
            return new ValueType.Scalar(ScalarKind.INT32);
        }
        if (type == double.class) {
            return new ValueType.Scalar(ScalarKind.DOUBLE);
        }
        if (type == boolean.class) {
            return new ValueType.Scalar(ScalarKind.BOOLEAN);
        }
        if (type == Instant.class) {
            return new ValueType.Scalar(ScalarKind.DATE_TIME);
        }
        if (type instanceof Class<?> cls && cls.isRecord()) {
            return new ValueType.Carrier((Class<? extends Record>) cls);
        }
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return new ValueType.ListOf(typeOf(arguments[0]));
            }
            if (raw == Map.class && arguments[0] == String.class) {
                return new ValueType.Dictionary(typeOf(arguments[1]));
            }
        }
        throw new IllegalArgumentException("no document type for " + type);
    }
}
