package io.contactkit.domain.failure;

/** The addressed entity does not exist. */
public final class NotFoundException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final long id;

    public NotFoundException(String entity, long id) {
        super(entity + " " + id + " does not exist");
        this.entity = entity;
        this.id = id;
    }

    /**
     * An entity looked up by what is known about it rather than by id, such as a company by its OrgNr.
     *
     * @param message what was looked for, in words a client developer can act on
     */
    public NotFoundException(String entity, String message) {
        super(message);
        this.entity = entity;
        this.id = 0;
    }

    public String entity() {
        return entity;
    }

    /** The id looked up; 0 when the entity was looked up by other means. */
    public long id() {
        return id;
    }
}
