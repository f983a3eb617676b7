package io.redress.followup.tracking;

import static io.redress.embedded.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.OpenApiCompleteness;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_followup"))
class TrackingTest {

    private static final Instant FILED_AT = Instant.parse("2026-11-02T09:15:00Z");
    private static final Instant ASSIGNED_AT = Instant.parse("2026-11-02T09:15:02Z");

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void everyPath_admitsOnlyItsRoles() {
        TestTokens.assertAccess("GET", "/complaints/" + UUID.randomUUID() + "/follow-ups",
                Set.of("agent", "supervisor", "operator"));
        TestTokens.assertAccess("POST", "/complaints/" + UUID.randomUUID() + "/satisfaction",
                Set.of("intake", "agent"));
        TestTokens.assertAccess("GET", "/follow-ups", Set.of("operator", "supervisor"));
        TestTokens.assertAccess("GET", "/admin/rebuild", Set.of("operator"));
        TestTokens.assertAccess("GET", "/q/metrics", Set.of("operator"));
    }

    @Test
    void filedThenAssigned_showsTheOwnerAndTheAssignmentTime() {
        UUID id = UUID.randomUUID();
        publishFiledAndAssigned(id);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id + "/follow-ups")
                .then().statusCode(200)
                .body("stage", equalTo("ASSIGNED"))
                .body("ownerId", equalTo("agent-bruno"))
                .body("assignedAt", equalTo("2026-11-02T09:15:02Z")));
    }

    @Test
    void assignmentOfAnUnknownComplaint_isIgnored_andRebuildGivesTheSameAnswers() {
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        publishFiledAndAssigned(known);
        kafka.publish(EventEnvelope.first(
                new ComplaintAssigned(unknown, ASSIGNED_AT, "agent-chen", "customer-care", "test", null), "/test"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent")
                .get("/complaints/" + known + "/follow-ups").then().statusCode(200).body("stage", equalTo("ASSIGNED")));
        String before = as("agent").get("/complaints/" + known + "/follow-ups").then().extract().asString();

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().body("state", equalTo("COMPLETED")));

        assertThat(as("agent").get("/complaints/" + known + "/follow-ups").then().statusCode(200).extract().asString())
                .isEqualTo(before);
        as("agent").get("/complaints/" + unknown + "/follow-ups").then().statusCode(404);
        assertThat(as("operator").get("/admin/rebuild").then().extract().<Integer>path("eventsIgnored"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void openApi_documentsTheAnswerWithItsStages_besidesTheNotFoundProblem() {
        JsonPath api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String responses = "paths.'/complaints/{id}/follow-ups'.get.responses";

        assertThat(api.getString(responses + ".'200'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/ComplaintFollowUps");
        assertThat(api.getString(responses + ".'404'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(api.getString("components.schemas.ComplaintFollowUps.properties.stage.$ref"))
                .isEqualTo("#/components/schemas/FollowUpStage");
        assertThat(api.getList("components.schemas.FollowUpStage.enum")).containsExactly("FILED", "ASSIGNED",
                "ACKNOWLEDGED", "RESOLVED", "REOPENED", "CLOSED");
    }

    @Test
    void openApi_givesEveryOperationAnIdSummaryRolesProblemErrorsAndExamples() {
        assertThat(OpenApiCompleteness.assertEveryOperationComplete()).isEqualTo(5);
    }

    private void publishFiledAndAssigned(UUID id) {
        EventEnvelope filed = EventEnvelope.first(new ComplaintFiled(id, FILED_AT, "cust-" + id, null,
                Channel.EMAIL, "delivery", Severity.MINOR, "Late parcel", null, null, null, null, null, FILED_AT,
                null, null, 0, List.of()), "/redress/intake");
        kafka.publish(filed);
        kafka.publish(EventEnvelope.causedBy(filed.metadata(),
                new ComplaintAssigned(id, ASSIGNED_AT, "agent-bruno", "customer-care", "test", null),
                "/redress/resolution"));
    }
}
