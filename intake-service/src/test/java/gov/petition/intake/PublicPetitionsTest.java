package gov.petition.intake;

import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_intake_test"))
class PublicPetitionsTest {

    private static String submit(String disclosure, String marker) {
        String body = """
                {"channel":"FORUM","externalId":"%s","title":"%s小区电梯坏了三个月没人修",
                 "content":"我叫王建国，住枫林路88号3栋2单元501室，电话13912345678。%s小区电梯停运，老人上下楼很困难。",
                 "category":"城乡建设","citizen":{"name":"王建国","phone":"13912345678","anonymous":false},"disclosure":"%s"}
                """.formatted(UUID.randomUUID(), marker, marker, disclosure);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/petitions")
                .then().statusCode(202).extract().path("caseId");
    }

    @Test
    void aDisclosedCaseIsFoundByChineseWordsWithPersonalDataRedacted() {
        String marker = "翠湖" + (int) (Math.random() * 1000);
        String caseId = submit("PUBLIC", marker);

        given().queryParam("q", "电梯").queryParam("size", 100).when().get("/api/v1/public/petitions")
                .then().statusCode(200)
                .body("items.caseId", hasItem(caseId))
                .body("items.find { it.caseId == '%s' }.content".formatted(caseId), not(containsString("13912345678")))
                .body("items.find { it.caseId == '%s' }.content".formatted(caseId), not(containsString("王建国")))
                .body("items.find { it.caseId == '%s' }.content".formatted(caseId), not(containsString("501室")))
                .body("items.find { it.caseId == '%s' }.content".formatted(caseId), containsString("枫林路＊号"))
                .body("items.find { it.caseId == '%s' }.category".formatted(caseId), equalTo("城乡建设"));
    }

    @Test
    void aPrivateCaseNeverAppears() {
        String marker = "碧湖" + (int) (Math.random() * 1000);
        String caseId = submit("PRIVATE", marker);
        given().queryParam("q", marker).when().get("/api/v1/public/petitions")
                .then().statusCode(200).body("items.caseId", not(hasItem(caseId)));
        given().queryParam("size", 100).when().get("/api/v1/public/petitions")
                .then().statusCode(200).body("items.caseId", not(hasItem(caseId)));
    }

    @Test
    void filtersNarrowTheList() {
        submit("PUBLIC", "松湖");
        given().queryParam("category", "教育文体").queryParam("size", 100).when().get("/api/v1/public/petitions")
                .then().statusCode(200).body("items.category", everyItem(equalTo("教育文体")));
        given().queryParam("size", 1000).when().get("/api/v1/public/petitions")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
