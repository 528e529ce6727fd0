package gov.petition.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads and writes CloudEvents 1.0 in Kafka binary mode: {@code ce_} headers and a JSON body. */
@ApplicationScoped
public class CloudEventCodec {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    private final ObjectMapper mapper;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The headers of a record carrying this event. */
    public List<Header> headers(EventEnvelope event) {
        return List.of(
                header("ce_specversion", SPEC_VERSION),
                header("ce_id", event.id()),
                header("ce_source", event.source()),
                header("ce_type", event.type()),
                header("ce_subject", event.subject()),
                header("ce_time", event.time().toString()),
                header("content-type", CONTENT_TYPE));
    }

    /** The event in a consumed record; throws {@link InvalidEventException} when it is not one of ours. */
    public EventEnvelope decode(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, "ce_specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException("unsupported CloudEvents specversion " + specVersion);
        }
        String id = required(headers, "ce_id");
        String source = required(headers, "ce_source");
        String type = required(headers, "ce_type");
        String subject = required(headers, "ce_subject");
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(required(headers, "ce_time"));
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("ce_time is not an RFC 3339 timestamp", e);
        }
        if (record.value() == null) {
            throw new InvalidEventException("event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = mapper.readTree(record.value());
        } catch (IOException e) {
            throw new InvalidEventException("event " + id + " data is not JSON: " + e.getMessage(), e);
        }
        if (data == null || !data.isObject()) {
            throw new InvalidEventException("event " + id + " data is not a JSON object");
        }
        return new EventEnvelope(id, source, type, subject, time, data);
    }

    /** The event's data as its payload record. */
    public <T> T payload(EventEnvelope event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + " data does not fit " + type.getSimpleName(), e);
        }
    }

    /** A payload record as JSON text, as stored in the outbox. */
    public String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON", e);
        }
    }

    /** A payload record as a JSON tree, as consumers see it. */
    public JsonNode tree(Object payload) {
        return mapper.valueToTree(payload);
    }

    private static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new InvalidEventException("missing header " + key);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

}
