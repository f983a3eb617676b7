package io.redress.intake.log;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class RebuildTest {

    @Test
    void rebuild_replaysTheLogIntoTheSameView() {
        String customer = "cust-" + UUID.randomUUID();
        List<String> ids = List.of(file(customer, "billing"), file(customer, "delivery"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> ids.forEach(id -> as("agent").get("/complaints/" + id).then().statusCode(200)));
        List<String> before = ids.stream().map(RebuildTest::view).toList();

        as("operator").post("/admin/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        Map<String, Object> status = as("operator").get("/admin/rebuild").then().extract().jsonPath().getMap("$");
        assertThat(((Number) status.get("eventsApplied")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) status.get("eventsReplayed")).longValue())
                .isEqualTo(((Number) status.get("targetEvents")).longValue());
        assertThat(ids.stream().map(RebuildTest::view).toList()).isEqualTo(before);
    }

    private static String file(String customer, String category) {
        Map<String, Object> body = Map.of("customerId", customer, "channel", "WEB_FORM", "category", category,
                "severity", "MODERATE", "description", "Problem with " + category);
        return as("intake").contentType(ContentType.JSON).body(body).post("/complaints").then().statusCode(201)
                .extract().path("complaintId");
    }

    private static String view(String id) {
        return as("agent").get("/complaints/" + id).then().statusCode(200).extract().asString();
    }
}
