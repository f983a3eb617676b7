package io.redress.analytics.summary;

import static io.redress.embedded.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A rebuild replaces the view in one go: readers keep getting the last complete answer while it runs, and a record
 * that cannot be applied is skipped and reported instead of failing the rebuild.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class RebuildReadsTest {

    private static final int COMPLAINTS = 2_000;

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void readsDuringARebuild_alwaysGiveTheLastCompleteAnswer_andAnUnwritableRecordIsSkipped() {
        Instant day = Instant.parse("2001-06-21T00:00:00Z");
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            Instant at = day.plusSeconds(i);
            ComplaintFiled filed = filed(UUID.randomUUID(), "cust-" + i, at);
            EventEnvelope first = EventEnvelope.first(filed, "/redress/intake");
            events.add(first);
            events.add(EventEnvelope.reactionTo(first.metadata(), new ComplaintAssigned(filed.complaintId(), at,
                    "agent-chen", "customer-care", "test", null), "/redress/resolution"));
        }
        // Longer than analytics' customer_id column: dead-lettered live, skipped by the rebuild.
        events.add(EventEnvelope.first(filed(UUID.randomUUID(), "cust-" + "x".repeat(150), day.plusSeconds(5)),
                "/test"));
        kafka.publishAll(events);
        String window = "/analytics/summary?from=" + day + "&to=" + day.plusSeconds(86_400);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("analyst").get(window).then()
                .body("filed", equalTo(COMPLAINTS)).body("assigned", equalTo(COMPLAINTS)));

        as("operator").post("/admin/rebuild").then().statusCode(202);
        List<String> answers = new ArrayList<>();
        JsonPath status;
        Instant deadline = Instant.now().plusSeconds(120);
        do {
            JsonPath summary = as("analyst").get(window).then().statusCode(200).extract().jsonPath();
            answers.add(summary.getInt("filed") + "/" + summary.getInt("assigned"));
            status = as("operator").get("/admin/rebuild").then().extract().jsonPath();
        } while ("RUNNING".equals(status.getString("state")) && Instant.now().isBefore(deadline));

        assertThat(status.getString("state")).isEqualTo("COMPLETED");
        assertThat(status.getLong("eventsSkipped")).isGreaterThanOrEqualTo(1);
        assertThat(answers).hasSizeGreaterThan(1).containsOnly(COMPLAINTS + "/" + COMPLAINTS);
        as("analyst").get(window).then().body("filed", equalTo(COMPLAINTS)).body("assigned", equalTo(COMPLAINTS));
    }

    private static ComplaintFiled filed(UUID id, String customerId, Instant at) {
        return new ComplaintFiled(id, at, customerId, null, Channel.WEB_FORM, "billing", Severity.MINOR,
                "Wrong bill", null, null, null, null, null, at, null, null, 0, List.of());
    }
}
