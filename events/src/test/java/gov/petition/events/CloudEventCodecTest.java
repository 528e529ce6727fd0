package gov.petition.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.petition.events.payload.CaseRouted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    private final OffsetDateTime at = OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void anEventSurvivesTheRoundTripThroughBinaryModeHeaders() {
        var payload = new CaseRouted("A2026-11-000001", "xd.a.jyj", "A市教育局", null, "教育文体", "RULE", 0.9, at);
        var event = new EventEnvelope("e-1", "/petition/routing-service", EventTypes.CASE_ROUTED, "A2026-11-000001", at, null);

        EventEnvelope decoded = codec.decode(record(new RecordHeaders(codec.headers(event)), codec.json(payload)));

        assertEquals("e-1", decoded.id());
        assertEquals(EventTypes.CASE_ROUTED, decoded.type());
        assertEquals("A2026-11-000001", decoded.subject());
        assertEquals(at, decoded.time());
        assertEquals(payload, codec.payload(decoded, CaseRouted.class));
        assertEquals("A市教育局", decoded.data().path("unitName").asText(), "Chinese text stays UTF-8");
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsInvalid() {
        var e = assertThrows(InvalidEventException.class, () -> codec.decode(record(new RecordHeaders(), "{}")));
        assertEquals("missing header ce_specversion", e.getMessage());
    }

    @Test
    void aRecordWhoseDataIsNotJsonIsInvalid() {
        var event = new EventEnvelope("e-2", "/x", EventTypes.CASE_ROUTED, "c", at, null);
        assertThrows(InvalidEventException.class, () -> codec.decode(record(new RecordHeaders(codec.headers(event)), "not json")));
    }

    private static ConsumerRecord<String, byte[]> record(RecordHeaders headers, String body) {
        return new ConsumerRecord<>("t", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, "k",
                body.getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }
}
