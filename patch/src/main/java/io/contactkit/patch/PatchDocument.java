package io.contactkit.patch;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactPatch;
import io.contactkit.domain.port.CustomFieldCatalog;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A patch a client sent: a JSON Patch (RFC 6902: add, replace, remove and test; move and copy are refused) or a JSON
 * Merge Patch (RFC 7396), read from the plain tree the serialization adapter makes of the body. A merge patch is
 * turned into operations against the document it is applied to, so both kinds take the same path. On a contact, a
 * path names a property of the schema and the operations change the records; on a plain document (the RFC suites),
 * they change the tree.
 *
 * <p>Applying is all or nothing: the operations run on a working copy, and any failure leaves the original as it
 * was. Every failure names the operation (its index in a JSON Patch), the path as sent and why:
 * {@link InvalidInputException} when the patch cannot apply, {@link io.contactkit.domain.failure.ConflictException}
 * when a {@code test} finds another value. A patch document never changes the trees it was read from (which must not
 * be changed afterwards either, since it keeps their values) and may be applied any number of times.
 */
public final class PatchDocument implements ContactPatch {

    /** The operations of a JSON Patch; null for a merge patch, whose operations depend on the document. */
    private final List<Operation> operations;
    private final Object mergePatch;
    /** The custom fields' types, by which the values a patch brings are read in either of their forms. */
    private final CustomFieldCatalog catalog;

    private PatchDocument(List<Operation> operations, Object mergePatch, CustomFieldCatalog catalog) {
        this.operations = operations;
        this.mergePatch = mergePatch;
        this.catalog = catalog;
    }

    /**
     * Reads a patch body: an array is a JSON Patch, an object a merge patch.
     *
     * @throws InvalidInputException when the body is neither, or names a malformed operation
     */
    public static PatchDocument parse(Object body) {
        return parse(body, CustomFieldCatalog.open());
    }

    /**
     * Reads a patch body whose custom-field values are read by the catalog's types: encoded as the server writes them
     * ({@code [I:42]}, a list item's {@code [I:2]}) or plain.
     *
     * @throws InvalidInputException when the body is neither an array nor an object, or names a malformed operation
     */
    public static PatchDocument parse(Object body, CustomFieldCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        if (body instanceof List<?> operations) {
            return new PatchDocument(OperationParser.parse(operations), null, catalog);
        }
        if (body instanceof Map) {
            return new PatchDocument(null, body, catalog);
        }
        throw InvalidInputException.of("", "a patch must be a JSON Patch array of operations or a JSON Merge Patch "
                + "object, not " + JsonValues.kind(body));
    }

    /**
     * Reads a JSON Patch: a list of operation objects with {@code op}, {@code path} and {@code value}.
     *
     * @throws InvalidInputException naming each malformed operation by its index
     */
    public static PatchDocument jsonPatch(List<?> operations) {
        return new PatchDocument(OperationParser.parse(Objects.requireNonNull(operations, "operations")), null,
                CustomFieldCatalog.open());
    }

    /** A JSON Merge Patch: any JSON value, although only an object can patch a contact. */
    public static PatchDocument mergePatch(Object patch) {
        return new PatchDocument(null, patch, CustomFieldCatalog.open());
    }

    public boolean isMergePatch() {
        return operations == null;
    }

    /**
     * Applies the patch to a plain document tree, exactly as RFC 6902 and RFC 7396 say: names match exactly and paths
     * start with {@code /}. The given document is not changed.
     *
     * @return the patched document, as a new tree of LinkedHashMap, ArrayList and the given scalars
     */
    public Object applyToDocument(Object document) {
        return apply(GenericSchema.INSTANCE, JsonValues.copy(document));
    }

    /**
     * Applies the patch to a contact as the SuperOffice API does: property names match without regard to case, the
     * leading slash is optional, server-owned properties are read-only (and passed over in a merge patch), and each
     * value must have its property's type. The patch works on the contact's records themselves, opened for change
     * only where its paths reach. Whether the result is a valid contact to store is for the
     * {@link io.contactkit.domain.ContactService} to say.
     */
    @Override
    public ContactEntity applyTo(ContactEntity contact) {
        Object patched = apply(ContactSchema.root(catalog), WorkingCopy.open(contact));
        return (ContactEntity) WorkingCopy.close(patched);
    }

    private Object apply(Schema schema, Object working) {
        List<Operation> steps = isMergePatch() ? MergePatch.operations(mergePatch, working, schema) : operations;
        return new PatchEngine(schema, working).apply(steps);
    }

}
