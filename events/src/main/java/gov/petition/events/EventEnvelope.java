package gov.petition.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** One CloudEvents 1.0 event as it travels: the context attributes and the JSON {@code data}. */
public record EventEnvelope(String id, String source, String type, String subject, OffsetDateTime time, JsonNode data) {
}
