package gov.petition.intake;

import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_intake_test"))
class Open311Test {

    @Test
    void servicesAreTheFirstLevelCategories() {
        given().when().get("/open311/v2/services.json").then().statusCode(200)
                .body("$", hasSize(15))
                .body("service_code", hasItem("urban-construction"))
                .body("find { it.service_code == 'transport' }.keywords", equalTo("交通运输"));
    }

    @Test
    void aGeoReportClientFilesARequestAndFollowsIt() {
        String key = UUID.randomUUID().toString();
        var created = given().header("Idempotency-Key", key)
                .formParam("service_code", "urban-construction").formParam("lat", 28.19).formParam("long", 112.97)
                .formParam("description", "路灯不亮已经一周了，晚上出行很不安全").formParam("phone", "13700137000")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(200).body("[0].service_request_id", notNullValue()).body("[0].token", notNullValue())
                .extract().jsonPath();
        String id = created.getString("[0].service_request_id");

        given().header("Idempotency-Key", key)
                .formParam("service_code", "urban-construction").formParam("description", "路灯不亮已经一周了，晚上出行很不安全")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(200).body("[0].service_request_id", equalTo(id));

        given().when().get("/open311/v2/requests/{id}.json", id).then().statusCode(200)
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("urban-construction"))
                .body("[0].description", nullValue()); // filed privately: only the status is public
    }

    @Test
    void anUnknownServiceCodeIsAProblem() {
        given().formParam("service_code", "pigeons").formParam("description", "x")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("service_code"));
    }
}
