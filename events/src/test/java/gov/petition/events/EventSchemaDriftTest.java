package gov.petition.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the documented JSON Schemas and AsyncAPI file in step with the Java payload records. */
class EventSchemaDriftTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyPayloadRecordValidatesAgainstItsSchemaWithEveryFieldSet() throws Exception {
        for (EventTypes.Definition definition : EventTypes.ALL.values()) {
            JsonSchema schema = schema(definition);
            JsonNode root = mapper.readTree(resource(definition.schemaResource()));
            JsonNode sample = mapper.valueToTree(sample(definition.payload(), root, root));
            Set<ValidationMessage> errors = schema.validate(sample);
            assertTrue(errors.isEmpty(), definition.type() + " record has fields its schema does not document: " + errors);
        }
    }

    @Test
    void everySchemaPropertyIsAFieldOfTheRecord() throws Exception {
        for (EventTypes.Definition definition : EventTypes.ALL.values()) {
            JsonNode schema = mapper.readTree(resource(definition.schemaResource()));
            assertEquals(definition.type(), schema.path("title").asText(), "schema title names the type");
            assertEquals(fields(definition.payload()), propertyNames(schema.path("properties")),
                    definition.type() + ": schema properties and record components differ");
        }
    }

    @Test
    void asyncApiDocumentNamesEveryTypeAndTopic() throws Exception {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(resource("asyncapi/petition-events.yaml"));
        Set<String> messageNames = new HashSet<>();
        asyncApi.path("components").path("messages").forEach(m -> messageNames.add(m.path("name").asText()));
        Set<String> addresses = new HashSet<>();
        asyncApi.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        for (EventTypes.Definition definition : EventTypes.ALL.values()) {
            assertTrue(messageNames.contains(definition.type()), "AsyncAPI lacks message " + definition.type());
            assertTrue(addresses.contains(definition.topic()), "AsyncAPI lacks channel " + definition.topic());
        }
    }

    @Test
    void aPayloadMissingARequiredFieldIsRejectedBySchema() throws Exception {
        EventTypes.Definition routed = EventTypes.ALL.get(EventTypes.CASE_ROUTED);
        JsonNode root = mapper.readTree(resource(routed.schemaResource()));
        var sample = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(sample(routed.payload(), root, root));
        sample.remove("unitId");
        assertTrue(!schema(routed).validate(sample).isEmpty(), "schema must require unitId");
    }

    private JsonSchema schema(EventTypes.Definition definition) throws IOException {
        try (InputStream in = resource(definition.schemaResource())) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventSchemaDriftTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, "missing resource " + name);
        return in;
    }

    private static Set<String> fields(Class<?> record) {
        Set<String> names = new HashSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    private static Set<String> propertyNames(JsonNode properties) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /**
     * An instance with every component set, nested records and list elements included, to catch undocumented fields.
     * String fields the schema enumerates get the schema's first value.
     */
    static Object sample(Class<?> type, JsonNode schema, JsonNode root) throws Exception {
        if (type == String.class) {
            return schema.has("enum") ? schema.path("enum").get(0).asText() : "x";
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC);
        }
        if (type == double.class || type == Double.class) {
            return 0.5;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            List<Object> args = new ArrayList<>();
            List<Class<?>> types = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                args.add(sampleFor(c, resolve(schema.path("properties").path(c.getName()), root), root));
                types.add(c.getType());
            }
            return type.getDeclaredConstructor(types.toArray(Class[]::new)).newInstance(args.toArray());
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static Object sampleFor(RecordComponent component, JsonNode schema, JsonNode root) throws Exception {
        if (component.getType() == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return List.of(sample((Class<?>) element, resolve(schema.path("items"), root), root));
        }
        return switch (component.getName()) {
            case "lat" -> 30.6;
            case "lon" -> 104.1;
            default -> sample(component.getType(), schema, root);
        };
    }

    /** Follows a local {@code $ref} such as {@code #/$defs/UnitHold}. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            return target;
        }
        return schema;
    }
}
