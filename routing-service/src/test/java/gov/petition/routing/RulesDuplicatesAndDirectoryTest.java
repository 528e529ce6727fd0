package gov.petition.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.petition.events.EventTypes;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static gov.petition.routing.RoutingTestSupport.newCaseId;
import static gov.petition.routing.RoutingTestSupport.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_routing_test"))
class RulesDuplicatesAndDirectoryTest {

    private static final String ADMIN = "xd.a.zwj.3";
    private static final String MANHOLE = """
            {"title":"小区门口井盖丢失","content":"小区门口的井盖丢了好几天，晚上看不清。","category":"城乡建设","regionCode":"xd.a.a3"}""";

    private RoutingTestSupport support;

    @BeforeEach
    void connect() {
        support = new RoutingTestSupport();
    }

    @AfterEach
    void close() {
        support.close();
    }

    private static ValidatableResponse preview(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/routing/preview").then().statusCode(200);
    }

    private static ValidatableResponse asAdmin(String method, String path, String body) {
        var request = given().auth().oauth2(token(ADMIN));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path).then();
    }

    @Test
    void aStoredRuleTakesEffectAtOnceAndIsChangedAndDeletedThroughTheApi() {
        preview(MANHOLE).body("unitId", equalTo("xd.a.a3.zjj")).body("reason", equalTo("RULE"));

        int id = asAdmin("POST", "/api/v1/routing/rules",
                "{\"keywords\":[\"井盖\"],\"scopeId\":\"xd.a.a3\",\"unitId\":\"xd.a.a3.cgj\",\"priority\":10,\"note\":\"井盖归城管\"}")
                .statusCode(201).header("Location", containsString("/api/v1/routing/rules/")).extract().path("id");
        try {
            preview(MANHOLE).body("unitId", equalTo("xd.a.a3.cgj")).body("reason", equalTo("RULE"));

            asAdmin("PUT", "/api/v1/routing/rules/" + id,
                    "{\"keywords\":[\"井盖\"],\"scopeId\":\"xd.a.a3\",\"unitId\":\"xd.a.cgj\",\"priority\":10}")
                    .statusCode(200).body("unitId", equalTo("xd.a.cgj"));
            preview(MANHOLE).body("unitId", equalTo("xd.a.cgj"));
            asAdmin("GET", "/api/v1/routing/rules/" + id, null).statusCode(200).body("keywords", equalTo(List.of("井盖")));
        } finally {
            asAdmin("DELETE", "/api/v1/routing/rules/" + id, null).statusCode(204);
        }
        preview(MANHOLE).body("unitId", equalTo("xd.a.a3.zjj"));
        asAdmin("GET", "/api/v1/routing/rules/" + id, null).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theTieredRulesAreSeededAndListed() {
        asAdmin("GET", "/api/v1/routing/rules?category=城乡建设&unitId=xd.a.a3.zjj", null).statusCode(200)
                .body("total", equalTo(1)).body("items[0].scopeId", equalTo("xd.a.a3"));
        asAdmin("GET", "/api/v1/routing/rules?size=1", null).statusCode(200).body("total", greaterThan(100));
    }

    @Test
    void aRuleNamingAnUnknownUnitIsRefusedAndNothingIsStored() {
        asAdmin("POST", "/api/v1/routing/rules", "{\"category\":\"城乡建设\",\"unitId\":\"xd.a.nowhere\",\"scopeId\":\"xd.a.zz\"}")
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItems("unitId", "scopeId"));
        asAdmin("POST", "/api/v1/routing/rules", "{\"category\":\"没有的类别\",\"unitId\":\"xd.a.cgj\"}")
                .statusCode(422).body("errors.field", hasItem("category"));
        asAdmin("POST", "/api/v1/routing/rules", "{\"unitId\":\"xd.a.cgj\"}").statusCode(400).contentType("application/problem+json");
        asAdmin("POST", "/api/v1/routing/rules", "{\"category\":\"城乡建设\"}").statusCode(400).body("errors.field", hasItem("unitId"));
        asAdmin("GET", "/api/v1/routing/rules?unitId=xd.a.nowhere", null).statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(token("xd.a.jyj.1")).contentType(ContentType.JSON).body("{\"category\":\"城乡建设\",\"unitId\":\"xd.a.cgj\"}")
                .when().post("/api/v1/routing/rules").then().statusCode(403).contentType("application/problem+json");
    }

    private static String phone() {
        return "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    @Test
    void aSimilarCaseFromTheSameCitizenIsLinkedToTheOpenOneAndAnUnrelatedOneIsNot() {
        String phone = phone();
        String first = newCaseId();
        support.receiveAndAwaitRouting(first, "楼下餐馆油烟扰民",
                "我家楼下新开的餐馆每天油烟很大，直冲我家窗户，晚上十点后还在营业，油烟和噪音严重扰民，希望环保部门处理。", "环境保护", "xd.a.a5", phone);
        String second = newCaseId();
        support.receiveAndAwaitRouting(second, "再次反映楼下餐馆油烟扰民",
                "楼下餐馆油烟很大，直冲我家窗户，晚上十点后还在营业，油烟和噪音扰民问题仍未解决，希望环保部门尽快处理。", "环境保护", "xd.a.a6", phone);
        JsonNode linked = support.await(second, EventTypes.CASE_LINKED, 1).get(0);
        assertEquals(first, linked.path("linkedCaseId").asText());
        assertEquals("SAME_CITIZEN", linked.path("relation").asText());
        assertTrue(linked.path("similarity").asDouble() >= 0.6);

        String unrelated = newCaseId();
        support.receiveAndAwaitRouting(unrelated, "孩子入学划片问题",
                "小学招生划片把我们小区划到很远的学校，孩子每天上学要坐一个小时公交，希望教育局重新调整学区划分。", "教育文体", "xd.a.a5", phone);
        // The link would be written before the routing event of the same case, so it would be there by now.
        assertTrue(support.events(unrelated, EventTypes.CASE_LINKED).isEmpty());
        assertTrue(support.events(first, EventTypes.CASE_LINKED).isEmpty());
    }

    @Test
    void aSimilarCaseAboutTheSamePlaceAndProblemIsLinkedEvenFromSomeoneElse() {
        String first = newCaseId();
        support.receiveAndAwaitRouting(first, "路口红绿灯坏了", "滨江路与人民路交叉口的红绿灯坏了一个星期，早晚高峰车辆乱行，非常危险。",
                "交通运输", "xd.a.a7", phone());
        String second = newCaseId();
        support.receiveAndAwaitRouting(second, "滨江路口红绿灯坏了", "滨江路与人民路交叉口红绿灯坏了一个星期没人修，早晚高峰车辆乱行。",
                "交通运输", "xd.a.a7", null);
        JsonNode linked = support.await(second, EventTypes.CASE_LINKED, 1).get(0);
        assertEquals(first, linked.path("linkedCaseId").asText());
        assertEquals("SAME_PLACE_PROBLEM", linked.path("relation").asText());
    }

    private static ObjectNode fixture() throws IOException {
        try (InputStream in = RulesDuplicatesAndDirectoryTest.class.getClassLoader().getResourceAsStream("directory/directory.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    @Test
    void anInvalidDirectoryIsRefusedFieldByFieldAndNothingChanges() throws IOException {
        ObjectNode document = fixture();
        ArrayNode units = (ArrayNode) document.path("units");
        units.addObject().put("id", "xd.a.a3.test").put("name", "测试局").put("level", "DEPARTMENT").put("parent", "xd.a.missing")
                .put("mailbox", true).putArray("categories");
        units.add(units.get(0).deepCopy());
        asAdmin("PUT", "/api/v1/units", document.toString())
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("units[" + (units.size() - 2) + "].parent", "units[" + (units.size() - 1) + "].id"));
        given().queryParam("parent", "xd.a.a3").when().get("/api/v1/units").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem("xd.a.a3.test")));
    }

    @Test
    void aDirectoryLeavingARuleWithoutItsUnitIsRefused() throws IOException {
        ObjectNode document = fixture();
        ArrayNode units = (ArrayNode) document.path("units");
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).path("id").asText().equals("xd.a.a1.zjj")) {
                units.remove(i);
                break;
            }
        }
        ArrayNode officials = (ArrayNode) document.path("officials");
        for (int i = officials.size() - 1; i >= 0; i--) {
            if (officials.get(i).path("unit").asText().equals("xd.a.a1.zjj")) {
                officials.remove(i);
            }
        }
        asAdmin("PUT", "/api/v1/units", document.toString()).statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("nothing was changed"));
        given().queryParam("parent", "xd.a.a1").when().get("/api/v1/units").then().body("id", hasItem("xd.a.a1.zjj"));
    }

    @Test
    void aSupervisorReplacesTheDirectoryAndRoutingUsesItAtOnce() throws IOException {
        ObjectNode document = fixture();
        ((ArrayNode) document.path("units")).addObject().put("id", "xd.a.a3.xfj").put("name", "A3区信访局").put("level", "DEPARTMENT")
                .put("parent", "xd.a.a3").put("mailbox", true).putArray("categories");
        ((ArrayNode) document.path("officials")).addObject().put("id", "xd.a.a3.xfj.1").put("name", "欧阳明睿").put("title", "局长")
                .put("unit", "xd.a.a3.xfj");
        given().auth().oauth2(token("xd.a.jyj.1")).contentType(ContentType.JSON).body(document.toString())
                .when().put("/api/v1/units").then().statusCode(403).contentType("application/problem+json");

        asAdmin("PUT", "/api/v1/units", document.toString()).statusCode(200)
                .body("units", equalTo(document.path("units").size())).body("officials", equalTo(document.path("officials").size()));
        given().queryParam("parent", "xd.a.a3").when().get("/api/v1/units").then().body("id", hasItem("xd.a.a3.xfj"));
        given().queryParam("q", "欧阳明睿").when().get("/api/v1/officials").then().body("total", equalTo(1));
        preview("{\"addressee\":\"A3区信访局欧阳明睿局长\",\"title\":\"反映问题\"}")
                .body("unitId", equalTo("xd.a.a3.xfj")).body("reason", equalTo("ADDRESSEE"));
    }
}
