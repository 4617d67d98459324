package io.contactkit.patch;

/** A plain JSON document: names match exactly, any value fits anywhere. */
final class GenericSchema implements Schema {

    static final GenericSchema INSTANCE = new GenericSchema();

    private GenericSchema() {
    }

    @Override
    public boolean requiresLeadingSlash() {
        return true;
    }

    @Override
    public boolean replaceableAsWhole() {
        return true;
    }

    @Override
    public String key(String token) {
        return token;
    }

    @Override
    public String unknownMember(String token) {
        throw new IllegalStateException("every token names a member of a plain object");
    }

    @Override
    public boolean readOnly(String key) {
        return false;
    }

    @Override
    public boolean ignoredInMergePatch(String token) {
        return false;
    }

    @Override
    public boolean fixedMembers() {
        return false;
    }

    @Override
    public Schema member(String key) {
        return this;
    }

    @Override
    public Schema element() {
        return this;
    }

    /** A copy, so that later operations of the same patch never edit the patch document itself. */
    @Override
    public Object accept(Operation operation, Object value) {
        return JsonValues.copy(value);
    }

    @Override
    public Object comparable(Object value) {
        return value;
    }

    @Override
    public Object written(Object working) {
        return working;
    }
}
