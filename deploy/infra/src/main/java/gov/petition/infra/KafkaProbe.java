package gov.petition.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test-side Kafka access: send CloudEvents (or garbage) and read a topic from its beginning. */
public final class KafkaProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends a CloudEvent in binary mode and returns its id. */
    public String sendEvent(String topic, String type, String caseId, String json) {
        return sendEvent(topic, UUID.randomUUID().toString(), type, caseId, json);
    }

    /** Sends a CloudEvent with a chosen id (send twice to test redelivery). */
    public String sendEvent(String topic, String id, String type, String caseId, String json) {
        sendEventRecord(topic, id, type, caseId, json);
        return id;
    }

    /** Sends a CloudEvent with a chosen id and tells where it landed. */
    public RecordMetadata sendEventRecord(String topic, String id, String type, String caseId, String json) {
        List<Header> headers = List.of(
                header("ce_specversion", "1.0"), header("ce_id", id), header("ce_source", "/petition/test"),
                header("ce_type", type), header("ce_subject", caseId),
                header("ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString()), header("content-type", "application/json"));
        return send(new ProducerRecord<>(topic, null, caseId, json.getBytes(StandardCharsets.UTF_8), headers));
    }

    /** Sends a record that is no CloudEvent at all. */
    public void sendRaw(String topic, String key, String body) {
        send(new ProducerRecord<>(topic, key, body.getBytes(StandardCharsets.UTF_8)));
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    /** Every record on the topic now, from the beginning (a fresh consumer group each time). */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** True once the consumer group has committed past the given record: it was handled. */
    public boolean committedPast(String group, RecordMetadata record) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var tp = new org.apache.kafka.common.TopicPartition(record.topic(), record.partition());
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(tp);
            return committed != null && committed.offset() > record.offset();
        } catch (Exception e) {
            return false;
        }
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String key) {
        Header h = record.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static String body(ConsumerRecord<?, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
