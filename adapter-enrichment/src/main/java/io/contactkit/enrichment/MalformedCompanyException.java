package io.contactkit.enrichment;

/** Company data that breaks the format of the package documentation, naming where. */
final class MalformedCompanyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param place   where: a property path ({@code Street.City}), an entry ({@code [3]}) or a line ({@code line 7})
     * @param problem what is wrong there
     */
    MalformedCompanyException(String place, String problem) {
        super(place.isEmpty() ? problem : place + ": " + problem);
    }
}
