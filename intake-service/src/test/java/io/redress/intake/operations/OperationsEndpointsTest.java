package io.redress.intake.operations;

import static io.redress.embedded.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.OpenApiCompleteness;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What operators rely on: health with its Kafka and database checks, OpenAPI, Prometheus metrics. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class OperationsEndpointsTest {

    @Test
    void readiness_isUp_andCoversKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("SmallRye Reactive Messaging - readiness check",
                        "Reactive PostgreSQL connections health check"));
    }

    @Test
    void openApi_givesEveryOperationAnIdSummaryRolesProblemErrorsAndExamples() {
        assertThat(OpenApiCompleteness.assertEveryOperationComplete()).isEqualTo(7);
    }

    @Test
    void openApi_documentsEveryOperationWithItsIdAndErrorResponses() {
        given().accept(ContentType.JSON).get("/q/openapi").then()
                .statusCode(200)
                .body("paths.keySet()", hasItems("/complaints", "/complaints/{id}", "/admin/rebuild"))
                .body("paths.'/complaints'.post.operationId", equalTo("fileComplaint"))
                .body("paths.'/complaints'.post.responses.keySet()", hasItems("200", "201", "400", "413"))
                .body("paths.'/complaints/{id}'.get.operationId", equalTo("getIntakeComplaint"))
                .body("paths.'/complaints/{id}'.get.responses.keySet()", hasItems("200", "404"))
                .body("paths.'/admin/rebuild'.post.operationId", equalTo("startRebuild"))
                .body("paths.'/admin/rebuild'.post.responses.keySet()", hasItems("202", "401", "403", "409"))
                .body("paths.'/complaints'.post.responses.'401'.content.keySet()", hasItems("application/problem+json"))
                .body("paths.'/complaints'.post.description", containsString("Roles: intake, agent, supervisor"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void everyPath_admitsOnlyItsRoles() {
        TestTokens.assertAccess("POST", "/complaints", Set.of("intake", "agent", "supervisor"));
        TestTokens.assertAccess("GET", "/complaints/" + UUID.randomUUID(), Set.of("agent", "supervisor"));
        TestTokens.assertAccess("GET", "/admin/rebuild", Set.of("operator"));
        TestTokens.assertAccess("GET", "/q/metrics", Set.of("operator"));
    }

    @Test
    void metrics_countEachPublishedEventByType() {
        double before = published();

        as("intake").contentType(ContentType.JSON).body(Map.of("customerId", "cust-metrics", "channel", "CHAT",
                "category", "billing", "severity", "MINOR", "description", "Wrong amount")).post("/complaints")
                .then().statusCode(201);

        assertThat(published() - before).isEqualTo(1.0);
    }

    private static double published() {
        String sample = "redress_events_published_total{type=\"io.redress.complaint.ComplaintFiled.v1\"}";
        return as("operator").get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(sample))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length()).trim()))
                .sum();
    }
}
