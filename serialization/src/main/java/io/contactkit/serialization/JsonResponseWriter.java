package io.contactkit.serialization;

import io.contactkit.codec.DocumentSink;
import io.contactkit.domain.failure.Violation;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/** Writes carriers and problem details as compact UTF-8 JSON, every member in wire order, nulls included. */
final class JsonResponseWriter {

    private final JsonFactory factory = JsonFactory.builder()
            // the caller owns the stream (a servlet response): closing it is not ours to do
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // the seed pages show URLs unescaped
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    /** Writes the document the walk tells a sink, straight to the stream. */
    void write(Consumer<DocumentSink> walk, OutputStream out) {
        try (JsonGenerator generator = generator(out)) {
            walk.accept(new JsonDocumentSink(generator));
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

    void writeMessages(Map<String, String> messages, OutputStream out) {
        try (JsonGenerator generator = generator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, String> message : messages.entrySet()) {
                generator.writeStringProperty(message.getKey(), message.getValue());
            }
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
}
