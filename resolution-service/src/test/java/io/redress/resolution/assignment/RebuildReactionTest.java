package io.redress.resolution.assignment;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.core.gate.ProcessingGate;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.resolution.TestRoster;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.events.Topics;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A rebuild must not swallow the reaction to a filing that the live consumer had not reached yet. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class RebuildReactionTest {

    @Inject
    ProcessingGate gate;

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void filingNotYetProcessedLive_isAssignedByTheRebuild_exactlyOnce() {
        TestRoster roster = TestRoster.roomy(null);
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-04T08:00:00Z");
        // Hold the live consumer so the filing is in the log but not in the view when the rebuild starts.
        gate.close().join();
        try {
            kafka.publish(EventEnvelope.first(new ComplaintFiled(id, at, "cust-" + id, null, Channel.SOCIAL_MEDIA,
                    roster.id("billing"), Severity.MAJOR, "Outage for two days", null, null, null, null, null, at, null, null,
                    0, List.of()), "/redress/intake"));
            as("operator").post("/admin/rebuild").then().statusCode(202);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(
                    () -> as("operator").get("/admin/rebuild").then().body("state", equalTo("COMPLETED")));

            assertThat(assignments(id)).as("ComplaintAssigned sent by the rebuild").hasSize(1);
        } finally {
            gate.open();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200).body("status", equalTo("ASSIGNED")));
        assertThat(assignments(id)).as("no second assignment once the live consumer caught up").hasSize(1);
    }

    private List<String> assignments(UUID id) {
        return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id.toString()).stream()
                .filter(r -> "io.redress.complaint.ComplaintAssigned.v1".equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> KafkaProbe.header(r, "ce_id"))
                .toList();
    }
}
