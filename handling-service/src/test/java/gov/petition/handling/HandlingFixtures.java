package gov.petition.handling;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the service's Quarkus tests share: routing cases in, taking steps, reading topics and tables. */
final class HandlingFixtures {

    private HandlingFixtures() {
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    static String newCaseId() {
        return "T-" + UUID.randomUUID();
    }

    static String routedJson(String caseId, String unitId, String unitName, OffsetDateTime routedAt) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"%s","officialId":null,"category":"教育文体",
                 "reason":"RULE","confidence":0.8,"routedAt":"%s"}""".formatted(caseId, unitId, unitName, routedAt);
    }

    static void sendRouted(String caseId, String unitId, String unitName, OffsetDateTime routedAt) {
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routedJson(caseId, unitId, unitName, routedAt));
        }
    }

    static void send(String topic, String type, String caseId, String json) {
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            kafka.sendEvent(topic, type, caseId, json);
        }
    }

    /** Routes a new case to the unit and waits until it is in the unit's queue. */
    static String routedCase(String unitId, String unitName, OffsetDateTime routedAt, String token) {
        String caseId = newCaseId();
        sendRouted(caseId, unitId, unitName, routedAt);
        await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(token, unitId, caseId) != null);
        return caseId;
    }

    /** The case's entry in the unit's queue, or null. */
    static java.util.Map<String, Object> queueItem(String token, String unitId, String caseId) {
        List<java.util.Map<String, Object>> items = given().auth().oauth2(token).queryParam("size", 200)
                .when().get("/api/v1/units/{u}/queue", unitId)
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> caseId.equals(i.get("caseId"))).findFirst().orElse(null);
    }

    static ValidatableResponse post(String token, String path, String body, Object... params) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.when().post(path, params).then();
    }

    static ValidatableResponse act(String token, String caseId, String action, String body) {
        return post(token, "/api/v1/cases/{c}/" + action, body, caseId);
    }

    /** Records of a topic with the given key (case id or unit id), in publishing order per partition. */
    static List<ConsumerRecord<String, byte[]>> records(String topic, String key) {
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            return kafka.readAll(topic).stream().filter(r -> key.equals(r.key()))
                    .sorted(Comparator.comparingLong(ConsumerRecord::offset)).toList();
        }
    }

    static List<ConsumerRecord<String, byte[]>> ofType(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().filter(r -> type.equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> KafkaProbe.header(r, "ce_type")).toList();
    }

    /** Rows of a query on the service's database, each as its columns' text. */
    static List<List<String>> rows(String sql, Object... params) {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
