package gov.petition.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.evaluation.domain.WorkingCalendar;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import gov.petition.infra.RepoPaths;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays the 120 real messages of {@code messages-with-replies.jsonl} (real post and reply times, A市 time) through
 * the events the other services would emit (received, routed to the district named in the text, accepted with a
 * 15-working-day reply limit, replied and completed at the published reply time) and prints the report of one
 * month ({@code -Dreplay.month=2019-05} by default) and the average reply time in working hours.
 */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_evaluation_test"))
class ReplayMessagesWithRepliesTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final Pattern DISTRICT = Pattern.compile("A(\\d)区");
    private static final int REPLY_LIMIT_WORKING_DAYS = 15;

    @Test
    void theRealMessagesGiveAMonthlyReportWithReplyTimesInWorkingHours() throws Exception {
        YearMonth month = YearMonth.parse(System.getProperty("replay.month", "2019-05"));
        Path data = RepoPaths.resolve("../shared/data/messages-with-replies.jsonl");
        if (!Files.exists(data)) {
            data = Path.of("/work/shared/data/messages-with-replies.jsonl");
        }
        WorkingCalendar calendar = WorkingCalendar.bundled();
        ObjectMapper json = new ObjectMapper();
        List<RecordMetadata> last = new ArrayList<>();
        double totalHours = 0;
        int replied = 0;
        double allHours = 0;
        int all = 0;
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode m = json.readTree(line);
                String caseId = "REPLAY-" + m.path("id").asText();
                OffsetDateTime posted = LocalDateTime.parse(m.path("postedAt").asText()).atZone(CITY).toOffsetDateTime();
                OffsetDateTime repliedAt = LocalDateTime.parse(m.path("repliedAt").asText()).atZone(CITY).toOffsetDateTime();
                String text = m.path("title").asText() + m.path("content").asText();
                Matcher d = DISTRICT.matcher(text);
                String unit = d.find() ? "xd.a.a" + d.group(1) : "xd.a.zwj";
                String unitName = unit.equals("xd.a.zwj") ? "A市政务服务管理局" : "A" + unit.substring(6) + "区人民政府";
                kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, json.writeValueAsString(json.createObjectNode()
                        .put("caseId", caseId).put("trackingCode", "REPLAY0000").put("channel", "FORUM")
                        .put("externalId", m.path("id").asText()).put("title", m.path("title").asText())
                        .put("content", m.path("content").asText()).put("disclosure", "PUBLIC").put("receivedAt", posted.toString())));
                kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, """
                        {"caseId":"%s","unitId":"%s","unitName":"%s","reason":"RULE","confidence":0.9,"routedAt":"%s"}"""
                        .formatted(caseId, unit, unitName, posted));
                kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_ACCEPTED, caseId, handling(caseId, unit, unitName,
                        "\"replyDue\":\"" + calendar.plusWorkingDays(posted, REPLY_LIMIT_WORKING_DAYS) + "\",", posted));
                kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REPLIED, caseId,
                        handling(caseId, unit, unitName, "\"reply\":\"已答复\",", repliedAt));
                last.add(kafka.sendEventRecord(Topics.HANDLING, UUID.randomUUID().toString(), EventTypes.CASE_COMPLETED, caseId,
                        handling(caseId, unit, unitName, "", repliedAt)));
                all++;
                allHours += calendar.workingHoursBetween(posted, repliedAt);
                if (YearMonth.from(repliedAt.atZoneSameInstant(CITY)).equals(month)) {
                    replied++;
                    totalHours += calendar.workingHoursBetween(posted, repliedAt);
                }
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> last.stream().allMatch(r -> kafka.committedPast("evaluation-service", r)));
        }
        String report = given().when().get("/api/v1/reports/" + month).then().statusCode(200).extract().asString();
        JsonPath city = JsonPath.from(report).setRoot("city");
        System.out.println("REPLAY report " + month + ": " + report);
        System.out.printf(Locale.ROOT, "REPLAY %s: %d received, %d first replied in the month, average reply time %.1f working hours%n",
                month, city.getInt("received"), replied, city.getDouble("avgReplyWorkingHours"));
        System.out.printf(Locale.ROOT, "REPLAY all %d messages: average reply time %.1f working hours%n", all, allHours / all);
        System.out.println("REPLAY csv:\n" + given().when().get("/api/v1/reports/" + month + ".csv").then().extract().asString());
        assertTrue(replied > 0, "the month has replies");
        assertEquals(Math.round(totalHours / replied * 10) / 10.0, city.getDouble("avgReplyWorkingHours"), 0.05);
    }

    private static String handling(String caseId, String unit, String unitName, String extra, OffsetDateTime at) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"%s","responderId":"replay","responderName":"答复单位",%s"at":"%s"}"""
                .formatted(caseId, unit, unitName, extra, at);
    }
}
