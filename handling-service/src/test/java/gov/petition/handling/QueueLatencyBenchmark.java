package gov.petition.handling;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.handling.service.QueueFeed;
import gov.petition.infra.DevTokens;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Queue latency: from a routed event handed to Kafka to the case committed in the unit's queue (the moment the live
 * feed hears of it, after the commit, when a queue query sees it). Not part of the normal test run; run it with
 * {@code ./mvnw -pl handling-service -am verify -Dtest=QueueLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.cases=1000 -Dbench.rates=100,200}; a warm-up of {@code bench.warmup} cases (1000) goes first, unmeasured.
 */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class QueueLatencyBenchmark {

    @Inject
    QueueFeed feed;

    @Test
    void routedToVisibleInTheQueue() throws Exception {
        int cases = Integer.getInteger("bench.cases", 1000);
        int warmUp = Integer.getInteger("bench.warmup", 1000);
        List<Integer> rates = java.util.Arrays.stream(System.getProperty("bench.rates", "100,200").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        String unit = "xd.a.bench" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> visible = new ConcurrentHashMap<>();
        Cancellable subscription = feed.changes(unit::equals).subscribe().with(change -> {
            if ("ADDED".equals(change.change())) {
                visible.putIfAbsent(change.caseId(), System.nanoTime());
            }
        });
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, HandlingFixtures.bootstrap(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer())) {
            // warm up the consumer group, the connections and the JIT first; a cold JVM takes tens of ms a case
            run(producer, unit, warmUp, rates.get(rates.size() - 1), visible);
            for (int rate : rates) {
                Map<String, Long> sent = new ConcurrentHashMap<>();
                long start = System.nanoTime();
                sent.putAll(run(producer, unit, cases, rate, visible));
                double seconds = (System.nanoTime() - start) / 1e9;
                List<Long> latencies = new ArrayList<>();
                sent.forEach((caseId, at) -> latencies.add(visible.get(caseId) - at));
                latencies.sort(Long::compare);
                System.out.printf("QUEUE LATENCY routed->visible: %d cases at %d/s offered (%.0f/s through): p50 %.1f ms, "
                                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", cases, rate, cases / seconds, ms(latencies, 0.50),
                        ms(latencies, 0.95), ms(latencies, 0.99), latencies.get(latencies.size() - 1) / 1e6);
            }
        } finally {
            subscription.cancel();
        }
        String token = DevTokens.forOfficial("xd.a.1");
        int total = given().auth().oauth2(token).when().get("/api/v1/units/{u}/queue", unit).then().statusCode(200)
                .extract().path("total");
        assertEquals(warmUp + cases * rates.size(), total);
    }

    /** Sends {@code cases} routed events at {@code rate} a second and waits until all are in the queue. */
    private static Map<String, Long> run(KafkaProducer<String, byte[]> producer, String unit, int cases, int rate,
                                         Map<String, Long> visible) {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        for (int i = 0; i < cases; i++) {
            long due = start + i * intervalNanos;
            // pacing the load, not synchronising with the service; parked, not spinning, so the pacing does not take
            // a core from the service it measures on a 2-core machine
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            send(producer, "B-" + UUID.randomUUID(), unit, sent);
        }
        producer.flush();
        await().atMost(Duration.ofSeconds(180)).until(() -> visible.keySet().containsAll(sent.keySet()));
        return sent;
    }

    private static void send(KafkaProducer<String, byte[]> producer, String caseId, String unit, Map<String, Long> sent) {
        String json = """
                {"caseId":"%s","unitId":"%s","unitName":"基准测试单位","officialId":null,"category":"城乡建设",
                 "reason":"RULE","confidence":0.9,"routedAt":"%s"}""".formatted(caseId, unit, OffsetDateTime.now(ZoneOffset.UTC));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ROUTING, null, caseId,
                json.getBytes(StandardCharsets.UTF_8), List.of(
                header("ce_specversion", "1.0"), header("ce_id", UUID.randomUUID().toString()),
                header("ce_source", "/petition/bench"), header("ce_type", EventTypes.CASE_ROUTED), header("ce_subject", caseId),
                header("ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString()), header("content-type", "application/json")));
        if (sent != null) {
            sent.put(caseId, System.nanoTime());
        }
        producer.send(record);
    }

    private static RecordHeader header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
