package io.contactkit.domain.failure;

/** A service the core depends on (an enrichment provider) failed or answered nonsense; nothing was changed. */
public final class UpstreamFailureException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    public UpstreamFailureException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
