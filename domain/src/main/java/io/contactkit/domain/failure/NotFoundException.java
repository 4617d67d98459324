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

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
