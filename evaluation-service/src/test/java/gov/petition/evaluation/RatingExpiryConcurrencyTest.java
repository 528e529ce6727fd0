package gov.petition.evaluation;

import gov.petition.evaluation.service.EvaluationJobs;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Several claimers at once (as several instances would run the job) expire each due round exactly once. */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_evaluation_test"))
class RatingExpiryConcurrencyTest {

    @Inject
    EvaluationJobs jobs;
    @Inject
    Vertx vertx;

    @Test
    void concurrentExpiryRunsEmitOneRatingExpiredPerRound() throws Exception {
        List<String> cases = new ArrayList<>();
        List<RecordMetadata> last = new ArrayList<>();
        OffsetDateTime repliedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusDays(20);
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            for (int i = 0; i < 30; i++) {
                String caseId = "X-" + UUID.randomUUID();
                cases.add(caseId);
                last.add(kafka.sendEventRecord(Topics.HANDLING, UUID.randomUUID().toString(), EventTypes.CASE_REPLIED, caseId, """
                        {"caseId":"%s","unitId":"xd.a.a9.x","unitName":"A9区","responderId":"r","responderName":"钟新浩",
                         "reply":"已处理","at":"%s"}""".formatted(caseId, repliedAt)));
            }
            // Rounds of four claimers at once, besides the instance's own timer, while the replies are still being applied.
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                List<CompletableFuture<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    CompletableFuture<Integer> run = new CompletableFuture<>();
                    Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
                    VertxContextSafetyToggle.setContextSafe(context, true);
                    context.runOnContext(ignored -> jobs.expireDueRatings().subscribe().with(run::complete, run::completeExceptionally));
                    runs.add(run);
                }
                for (CompletableFuture<Integer> run : runs) {
                    run.get(30, TimeUnit.SECONDS);
                }
                return last.stream().allMatch(r -> kafka.committedPast("evaluation-service", r)) && expiredPerCase(kafka, cases).size() == cases.size();
            });
            await().atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(2)).until(() -> expiredPerCase(kafka, cases).size() == cases.size());
            Map<String, Long> perCase = expiredPerCase(kafka, cases);
            perCase.forEach((caseId, n) -> assertEquals(1L, n, "rating-expired events of " + caseId));
        }
    }

    private static Map<String, Long> expiredPerCase(KafkaProbe kafka, List<String> cases) {
        return kafka.readAll(Topics.EVALUATION).stream()
                .filter(r -> cases.contains(r.key()) && EventTypes.CASE_RATING_EXPIRED.equals(KafkaProbe.header(r, "ce_type")))
                .collect(Collectors.groupingBy(r -> r.key(), Collectors.counting()));
    }

}
