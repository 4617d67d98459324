package io.contactkit.codec;

/** How scalars arrive in a document tree. */
public enum ScalarSource {
    /** Typed: strings, numbers and booleans as JSON has them; a number where a string belongs is refused. */
    JSON,
    /** Everything as text, as XML elements and form fields carry it: parsed by the property's type. */
    TEXT
}
