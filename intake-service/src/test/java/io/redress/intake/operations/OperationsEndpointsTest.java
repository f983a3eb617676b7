package io.redress.intake.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.util.Map;
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
    void openApi_documentsTheComplaintAndRebuildPaths() {
        given().accept(ContentType.JSON).get("/q/openapi").then()
                .statusCode(200)
                .body("paths.keySet()", hasItems("/complaints", "/complaints/{id}", "/admin/rebuild"));
    }

    @Test
    void metrics_countPublishedEventsByType() {
        given().contentType(ContentType.JSON).body(Map.of("customerId", "cust-metrics", "channel", "CHAT",
                "category", "billing", "severity", "MINOR", "description", "Wrong amount")).post("/complaints")
                .then().statusCode(201);

        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString(
                        "redress_events_published_total{type=\"io.redress.complaint.ComplaintFiled.v1\"}"));
    }
}
