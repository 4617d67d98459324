package io.contactkit.serialization;

/** A media type this module writes responses in; {@link WireFormat} negotiates it from an Accept header. */
public enum ResponseType {
    APPLICATION_JSON("application/json", false),
    TEXT_JSON("text/json", false),
    APPLICATION_XML("application/xml", true),
    TEXT_XML("text/xml", true),
    PROBLEM_JSON("application/problem+json", false),
    PROBLEM_XML("application/problem+xml", true);

    private final String mediaType;
    private final boolean xml;

    ResponseType(String mediaType, boolean xml) {
        this.mediaType = mediaType;
        this.xml = xml;
    }

    /** The media type without parameters, e.g. {@code application/json}. */
    public String mediaType() {
        return mediaType;
    }

    /** The value for the Content-Type header, e.g. {@code application/json; charset=utf-8}. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public boolean isXml() {
        return xml;
    }
}
