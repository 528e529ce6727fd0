package gov.petition.notification;

import com.icegreen.greenmail.util.GreenMail;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;

/**
 * Delay from event to delivery under load: publishes N receipts at a steady rate to the real broker, a third each
 * answered by e-mail (GreenMail), SMS (the HTTP gateway) and the signed WeChat webhook (the HTTP receiver), and
 * measures from just before each publish until the receiver has the message; prints p50/p90/p99/max per channel.
 * Not part of the normal test run (its name does not end in Test):
 * <pre>
 * MAVEN_OPTS=-Xmx1g flock /tmp/petition-maven.lock ./mvnw -B -q -T 1 -pl notification-service -am verify \
 *     -Dtest=DeliveryDelayBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.events=600 -Dbench.rate=100
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_notification_test"))
@QuarkusTestResource(DeliveryReceivers.class)
class DeliveryDelayBench {

    // injected by DeliveryReceivers
    GreenMail smtp;
    SmsGateway sms;
    WebhookReceiver webhooks;

    @Test
    void measureTheDelayFromEventToDelivery() throws Exception {
        int events = Integer.getInteger("bench.events", 600);
        int rate = Integer.getInteger("bench.rate", 100);
        String run = UUID.randomUUID().toString().substring(0, 6);
        String[] channels = {"EMAIL", "SMS", "WEBHOOK"};
        Map<String, Instant> published = new ConcurrentHashMap<>();
        Map<String, Instant> mailArrivals = new ConcurrentHashMap<>();

        // GreenMail keeps no arrival time: watch its mailbox closely (1 ms) and note when each case's mail shows up
        Thread mailWatch = new Thread(() -> {
            int seen = 0;
            while (!Thread.currentThread().isInterrupted()) {
                MimeMessage[] all = smtp.getReceivedMessages();
                Instant now = Instant.now();
                for (int i = seen; i < all.length; i++) {
                    try {
                        String[] header = all[i].getHeader("X-Petition-Case");
                        if (header != null) {
                            mailArrivals.putIfAbsent(header[0], now);
                        }
                    } catch (Exception ignored) {
                        // not one of ours
                    }
                }
                seen = all.length;
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }, "bench-mail-watch");
        mailWatch.setDaemon(true);
        mailWatch.start();

        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            // warm up: the consumer has its partitions, and every channel has sent once, before the clock runs
            for (int i = 0; i < 3; i++) {
                String caseId = "W" + run + "-" + i;
                kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, receipt(caseId, channels[i]));
                published.put(caseId, Instant.now());
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> arrivals(published, mailArrivals).size() == 3);
            published.clear();
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait); // pacing the load, not waiting for a result
                }
                String caseId = "B" + run + "-" + i;
                String channel = channels[i % 3];
                String json = receipt(caseId, channel);
                published.put(caseId, Instant.now());
                kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, json);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%nBENCH published %d receipts in %.1f s (%.0f/s asked, %.0f/s achieved)%n", events, seconds, (double) rate,
                    events / seconds);
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> arrivals(published, mailArrivals).size() == events);
        mailWatch.interrupt();

        Map<String, Instant> arrived = arrivals(published, mailArrivals);
        for (int c = 0; c < channels.length; c++) {
            List<Long> delays = new ArrayList<>();
            for (int i = c; i < events; i += 3) {
                String caseId = "B" + run + "-" + i;
                delays.add(Duration.between(published.get(caseId), arrived.get(caseId)).toMillis());
            }
            print(channels[c], delays);
        }
        List<Long> all = new ArrayList<>();
        published.forEach((caseId, at) -> all.add(Duration.between(at, arrived.get(caseId)).toMillis()));
        print("ALL", all);
    }

    private static String receipt(String caseId, String channel) {
        return switch (channel) {
            case "EMAIL" -> Events.received(caseId, "MAILBOX", null, caseId.toLowerCase() + "@bench.example.cn", false);
            case "SMS" -> Events.received(caseId, "MAILBOX", "13800138000", null, false);
            default -> Events.received(caseId, "WECHAT", null, null, false);
        };
    }

    private Map<String, Instant> arrivals(Map<String, Instant> published, Map<String, Instant> mailArrivals) {
        Map<String, Instant> arrived = new ConcurrentHashMap<>(mailArrivals);
        for (WebhookReceiver.Received hook : webhooks.all()) {
            arrived.putIfAbsent(hook.body().path("caseId").asText(), hook.at());
        }
        for (String caseId : published.keySet()) {
            Instant sms = this.sms.firstArrival(caseId);
            if (sms != null) {
                arrived.putIfAbsent(caseId, sms);
            }
        }
        arrived.keySet().retainAll(published.keySet());
        return arrived;
    }

    private static void print(String channel, List<Long> delays) {
        delays.sort(Long::compare);
        System.out.printf("BENCH %-8s n=%4d  p50=%5d ms  p90=%5d ms  p99=%5d ms  max=%5d ms%n", channel, delays.size(),
                percentile(delays, 50), percentile(delays, 90), percentile(delays, 99), delays.get(delays.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
