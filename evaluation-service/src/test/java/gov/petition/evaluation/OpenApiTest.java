package gov.petition.evaluation;

import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_evaluation_test"))
class OpenApiTest {

    @Test
    void everyEndpointIsDocumentedWithAnExample() {
        JsonPath api = JsonPath.from(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        for (String path : List.of("/api/v1/cases/{caseId}/rating", "/api/v1/cases/{caseId}/return-visit", "/api/v1/cases/{caseId}/review",
                "/api/v1/reviews/{reviewId}/findings", "/api/v1/reviews/{reviewId}/conclusion", "/api/v1/reviews/{reviewId}",
                "/api/v1/units/{unitId}/evaluations/{period}", "/api/v1/review-pool", "/api/v1/reports/{period}",
                "/api/v1/reports/{period}/ranking", "/api/v1/reports/{period}/bulletin", "/api/v1/hotspots")) {
            assertNotNull(paths.get(path), "documented: " + path);
            String text = paths.get(path).toString();
            assertTrue(text.contains("example"), "an example for " + path + ": " + text);
        }
    }
}
