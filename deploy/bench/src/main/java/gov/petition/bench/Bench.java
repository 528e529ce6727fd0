package gov.petition.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Fixed-rate load against the running suite, with latency percentiles (HdrHistogram).
 * <ul>
 *   <li>{@code intake}: time from when each submission was due to its {@code 202} answer;</li>
 *   <li>{@code flow}: time from when each submission was due until handling announces the case in its unit's
 *   queue (the {@code ADDED} work item on {@code petition.handling.workqueue.v1}, written in the same transaction
 *   as the queue row).</li>
 * </ul>
 * Options: {@code --rate} per second, {@code --seconds}, {@code --intake} base URL, {@code --kafka} bootstrap.
 */
public final class Bench {

    private static final List<String> OPEN_CHANNELS = List.of("MAILBOX", "WEB", "APP", "WECHAT", "FORUM", "EMAIL");
    private static final String WORK_QUEUE = "petition.handling.workqueue.v1";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("intake") || args[0].equals("flow"))) {
            System.err.println("usage: Bench intake|flow [--rate N] [--seconds S] [--intake URL] [--kafka HOST:PORT]");
            System.exit(2);
        }
        Map<String, String> options = new ConcurrentHashMap<>(Map.of("rate", "100", "seconds", "20",
                "intake", "http://127.0.0.1:8081", "kafka", "127.0.0.1:9092"));
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int rate = Integer.parseInt(options.get("rate"));
        int seconds = Integer.parseInt(options.get("seconds"));
        List<String[]> messages = messages();
        boolean flow = args[0].equals("flow");
        Map<String, Long> dueByCase = new ConcurrentHashMap<>();
        Histogram answered = new ConcurrentHistogram(3);
        Histogram inQueue = new ConcurrentHistogram(3);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch consumerReady = new CountDownLatch(1);
        Thread watcher = null;
        if (flow) {
            watcher = new Thread(() -> watchQueue(options.get("kafka"), dueByCase, inQueue, stop, consumerReady), "queue-watcher");
            watcher.start();
            if (!consumerReady.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("cannot read " + WORK_QUEUE + " at " + options.get("kafka"));
            }
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        URI submit = URI.create(options.get("intake") + "/api/v1/petitions");
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        CountDownLatch done = new CountDownLatch(total);
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("%s: %d submissions at %d/s to %s%n", args[0], total, rate, submit);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String[] m = messages.get(i % messages.size());
            String body = """
                    {"channel":"%s","externalId":"bench-%s-%d","title":%s,"content":%s,
                     "citizen":{"name":"测试","phone":"13800138000","anonymous":false},"disclosure":"PRIVATE"}"""
                    .formatted(OPEN_CHANNELS.get(i % OPEN_CHANNELS.size()), run, i, m[0], m[1]);
            HttpRequest request = HttpRequest.newBuilder(submit).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                if (failure != null) {
                    errors.incrementAndGet();
                } else {
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() == 202) {
                        answered.recordValue(Math.max(0, now - due) / 1000);
                        String caseId = caseId(response.body());
                        if (flow && caseId != null) {
                            dueByCase.put(caseId, due);
                        }
                    } else if (response.statusCode() == 429) {
                        limited.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
                done.countDown();
            });
        }
        double sentSeconds = (System.nanoTime() - start) / 1e9;
        done.await(60, TimeUnit.SECONDS);
        System.out.printf("sent %d in %.1f s (%.0f/s); answers by status %s; transport errors and other statuses %d%n",
                total, sentSeconds, total / sentSeconds, statuses, errors.get());
        report("submission answered (202)", answered);
        if (flow) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (inQueue.getTotalCount() < answered.getTotalCount() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            stop.set(true);
            watcher.join();
            System.out.printf("%d of %d cases seen in their unit's queue%n", inQueue.getTotalCount(), answered.getTotalCount());
            report("submission to the unit's queue", inQueue);
        }
        System.exit(0);
    }

    private static void report(String what, Histogram h) {
        if (h.getTotalCount() == 0) {
            System.out.printf("%s: no samples%n", what);
            return;
        }
        System.out.printf("%s: n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms p99.9=%.1f ms max=%.1f ms%n", what, h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
    }

    private static void watchQueue(String bootstrap, Map<String, Long> dueByCase, Histogram inQueue, AtomicBoolean stop,
                                   CountDownLatch ready) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "petition-bench-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(WORK_QUEUE).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            ready.countDown();
            Map<String, Long> seenAt = new ConcurrentHashMap<>();
            while (!stop.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    try {
                        JsonNode item = json.readTree(r.value());
                        if ("ADDED".equals(item.path("change").asText())) {
                            seenAt.putIfAbsent(item.path("caseId").asText(), now);
                        }
                    } catch (IOException e) {
                        // not a work item
                    }
                }
                // An answer can come after the work item: match both ways.
                for (var it = seenAt.entrySet().iterator(); it.hasNext(); ) {
                    var seen = it.next();
                    Long due = dueByCase.remove(seen.getKey());
                    if (due != null) {
                        inQueue.recordValue(Math.max(0, seen.getValue() - due) / 1000);
                        it.remove();
                    }
                }
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String caseId(String body) {
        try {
            return JSON.readTree(body).path("caseId").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Real messages (title, content as JSON strings) from the fixture data when present, else a few built in. */
    private static List<String[]> messages() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> messages = new ArrayList<>();
        Path data = Path.of("..", "shared", "data", "messages-with-replies.jsonl");
        if (Files.exists(data)) {
            for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
                JsonNode m = json.readTree(line);
                String title = m.path("title").asText("诉求");
                String content = m.path("content").asText();
                if (!content.isBlank()) {
                    messages.add(new String[]{json.writeValueAsString(title.length() > 100 ? title.substring(0, 100) : title),
                            json.writeValueAsString(content.length() > 5000 ? content.substring(0, 5000) : content)});
                }
            }
        }
        if (messages.isEmpty()) {
            messages.add(new String[]{"\"小区电梯坏了三个月没人修\"", "\"A3区某小区3栋电梯自8月起停运，物业一直推诿，请尽快督促维修。\""});
            messages.add(new String[]{"\"学校门口上下学时段拥堵\"", "\"A7区实验小学门口每天上下学时段车辆乱停，孩子过马路很危险。\""});
        }
        return messages;
    }
}
