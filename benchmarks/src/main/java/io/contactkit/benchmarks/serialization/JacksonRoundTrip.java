package io.contactkit.benchmarks.serialization;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/** The peer: plain Jackson 3 databind reading the same body into an untyped Map (XML: a tree) and writing it. */
public final class JacksonRoundTrip {

    private final JsonMapper json = JsonMapper.builder().build();
    private final XmlMapper xmlMapper = XmlMapper.builder().build();
    private final ObjectWriter xmlWriter = xmlMapper.writer().withRootName("ContactEntity");

    public byte[] json(byte[] body) {
        return json.writeValueAsBytes(json.readValue(body, Map.class));
    }

    public byte[] xml(byte[] body) {
        JsonNode tree = xmlMapper.readTree(body);
        return xmlWriter.writeValueAsBytes(tree);
    }
}
