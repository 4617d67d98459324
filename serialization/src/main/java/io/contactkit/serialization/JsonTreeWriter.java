package io.contactkit.serialization;

import io.contactkit.domain.failure.Violation;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/** Writes plain trees and problem details as compact UTF-8 JSON, every member in its tree order, nulls included. */
final class JsonTreeWriter {

    private final JsonFactory factory = JsonFactory.builder()
            // the caller owns the stream (a servlet response): closing it is not ours to do
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // the seed pages show URLs unescaped
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    void write(Object tree, OutputStream out) {
        try (JsonGenerator generator = generator(out)) {
            value(generator, tree);
        }
    }

    void writeProblem(ProblemDetails problem, OutputStream out) {
        try (JsonGenerator generator = generator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("type", problem.type());
            generator.writeStringProperty("title", problem.title());
            generator.writeNumberProperty("status", problem.status());
            optional(generator, "detail", problem.detail());
            optional(generator, "instance", problem.instance());
            if (!problem.errors().isEmpty()) {
                generator.writeArrayPropertyStart("errors");
                for (Violation violation : problem.errors()) {
                    generator.writeStartObject();
                    generator.writeStringProperty("path", violation.path());
                    generator.writeStringProperty("message", violation.message());
                    generator.writeEndObject();
                }
                generator.writeEndArray();
            }
            optional(generator, "correlationId", problem.correlationId());
            generator.writeEndObject();
        }
    }

    private JsonGenerator generator(OutputStream out) {
        return factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    }

    private static void optional(JsonGenerator generator, String name, String value) {
        if (value != null) {
            generator.writeStringProperty(name, value);
        }
    }

    private static void value(JsonGenerator generator, Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeName((String) entry.getKey());
                value(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                value(generator, item);
            }
            generator.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a document tree value: " + value.getClass().getName());
        }
    }
}
