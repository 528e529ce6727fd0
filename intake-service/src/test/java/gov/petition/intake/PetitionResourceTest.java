package gov.petition.intake;

import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_intake_test"))
class PetitionResourceTest {

    static String petition(String externalId) {
        return """
                {"channel":"MAILBOX","externalId":"%s","title":"小区电梯坏了三个月没人修",
                 "content":"A3区某小区3栋电梯自8月起停运，物业一直推诿。","category":"城乡建设",
                 "location":{"regionCode":"xd.a.a3"},
                 "citizen":{"name":"张三","phone":"13800138000","anonymous":false},"disclosure":"PUBLIC"}
                """.formatted(externalId);
    }

    @Test
    void aPetitionBecomesACaseTheCitizenCanFollow() {
        var answer = given().contentType(ContentType.JSON).body(petition(UUID.randomUUID().toString()))
                .when().post("/api/v1/petitions")
                .then().statusCode(202)
                .body("caseId", matchesPattern("A\\d{4}-\\d{2}-\\d{6}"))
                .body("trackingCode", matchesPattern("[2-9A-Z]{10}"))
                .body("status", equalTo("RECEIVED"))
                .extract().jsonPath();

        given().queryParam("trackingCode", answer.getString("trackingCode"))
                .when().get("/api/v1/petitions/{id}", answer.getString("caseId"))
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("title", equalTo("小区电梯坏了三个月没人修"))
                .body("timeline", hasSize(1))
                .body("timeline.type", hasItem("gov.petition.case.received"));
    }

    @Test
    void theCitizenCanFollowUpOnTheirOpenCase() {
        var answer = given().contentType(ContentType.JSON).body(petition(UUID.randomUUID().toString()))
                .post("/api/v1/petitions").then().statusCode(202).extract().jsonPath();
        String caseId = answer.getString("caseId");
        String code = answer.getString("trackingCode");

        given().contentType(ContentType.JSON).body("{\"trackingCode\":\"%s\",\"text\":\"请问什么时候修好？\"}".formatted(code))
                .when().post("/api/v1/petitions/{id}/follow-ups", caseId)
                .then().statusCode(202).body("caseId", equalTo(caseId));
        given().queryParam("trackingCode", code).when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("timeline.type", hasItem("gov.petition.case.followed-up"))
                .body("timeline.text", hasItem("请问什么时候修好？"));

        given().contentType(ContentType.JSON).body("{\"trackingCode\":\"WRONGCODE2\",\"text\":\"x\"}")
                .when().post("/api/v1/petitions/{id}/follow-ups", caseId)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"trackingCode\":\"%s\",\"text\":\"  \"}".formatted(code))
                .when().post("/api/v1/petitions/{id}/follow-ups", caseId)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void aChannelWithAKeyMustPresentIt() {
        String body = petition(UUID.randomUUID().toString()).replace("MAILBOX", "HOTLINE_12345");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/petitions")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("X-Channel-Key", "wrong").body(body).when().post("/api/v1/petitions")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("X-Channel-Key", "test-only-hotline-key").body(hotline(body))
                .when().post("/api/v1/petitions").then().statusCode(202);
    }

    /** The same petition as a 12345 agent records it: the call id and the agent. */
    static String hotline(String body) {
        return body.strip().replaceFirst("}$", ",\"channelDetails\":{\"callId\":\"12345-20261123-0931-0042\","
                + "\"agentId\":\"agent-017\",\"agentName\":\"张丽\"}}");
    }

    @Test
    void aChannelOverItsRateLimitIsToldWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(petition(UUID.randomUUID().toString()).replace("MAILBOX", "ALIPAY"))
                    .when().post("/api/v1/petitions").then().statusCode(202);
        }
        given().contentType(ContentType.JSON).body(petition(UUID.randomUUID().toString()).replace("MAILBOX", "ALIPAY"))
                .when().post("/api/v1/petitions")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"));
        // other channels are not held up
        given().contentType(ContentType.JSON).body(petition(UUID.randomUUID().toString()))
                .when().post("/api/v1/petitions").then().statusCode(202);
    }

    @Test
    void aWrongTrackingCodeAnswersLikeAnUnknownCase() {
        String caseId = given().contentType(ContentType.JSON).body(petition(UUID.randomUUID().toString()))
                .post("/api/v1/petitions").then().statusCode(202).extract().path("caseId");

        given().queryParam("trackingCode", "WRONGCODE2").when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().queryParam("trackingCode", "WRONGCODE2").when().get("/api/v1/petitions/{id}", "A2000-01-999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void concurrentDuplicateSubmissionsCreateOneCase() throws Exception {
        String body = petition(UUID.randomUUID().toString());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> given().contentType(ContentType.JSON).body(body).post("/api/v1/petitions")
                        .then().statusCode(202).extract().path("caseId"));
            }
            Set<String> caseIds = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                caseIds.add(f.get());
            }
            assertEquals(1, caseIds.size(), "16 concurrent retries must give one case: " + caseIds);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theIdempotencyKeyNamesOneSubmissionAcrossExternalIds() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(petition(UUID.randomUUID().toString()))
                .post("/api/v1/petitions").then().statusCode(202).extract().path("caseId");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(petition(UUID.randomUUID().toString()))
                .post("/api/v1/petitions").then().statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("caseId", equalTo(first));
    }

    @Test
    void anInvalidPetitionIsRefusedWithFieldErrorsAndNothingStored() {
        String externalId = UUID.randomUUID().toString();
        String body = """
                {"channel":"MAILBOX","externalId":"%s","title":"","content":"x",
                 "citizen":{"phone":"12345","email":"not-an-email","anonymous":false},
                 "location":{"lat":123.0}}
                """.formatted(externalId);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/petitions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:validation"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("citizen.phone"))
                .body("errors.field", hasItem("citizen.email"))
                .body("errors.field", hasItem("location.lat"));
        // Nothing was stored: the same channel message is new when it comes back valid.
        given().contentType(ContentType.JSON).body(petition(externalId)).when().post("/api/v1/petitions")
                .then().statusCode(202).header("Idempotent-Replayed", "false");
    }

    @Test
    void malformedJsonAndUnknownChannelsAreProblems() {
        given().contentType(ContentType.JSON).body("{\"channel\": ").when().post("/api/v1/petitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:malformed-body"));
        given().contentType(ContentType.JSON).body(petition("x").replace("MAILBOX", "PIGEON")).when().post("/api/v1/petitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("channel"));
    }

    @Test
    void anOversizedBodyIsRefusedAsAProblemBeforeItIsRead() {
        String huge = petition(UUID.randomUUID().toString()).replace("物业一直推诿。", "物业一直推诿。".repeat(20_000));
        given().contentType(ContentType.JSON).body(huge).when().post("/api/v1/petitions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:payload-too-large"));
    }

    @Test
    void theOpenApiDocumentDescribesSubmission() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).log().ifValidationFails()
                .body("paths.'/api/v1/petitions'.post.responses.'202'", org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.SubmitPetition.properties.title.examples[0]", startsWith("小区"));
    }

    @Test
    void theOpenApiDocumentDescribesUrgencyAndTheUrgentDeadlines() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).log().ifValidationFails()
                .body("components.schemas.CaseView.properties", org.hamcrest.Matchers.hasKey("urgency"))
                .body("components.schemas.CaseUrgency.properties.keyword.examples[0]", equalTo("井盖"))
                .body("components.schemas.CaseDeadline.properties.kind.description",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("HANDLE (处置"),
                                org.hamcrest.Matchers.containsString("FIX (修复")));
    }
}
