package io.redress.resolution.assignment;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.resolution.TestRoster;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.events.Severity;
import io.redress.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class AssignmentFlowTest {


    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private TestRoster roster;

    @BeforeEach
    void aRosterWithRoom() {
        roster = TestRoster.roomy(null);
    }

    @Test
    void newComplaint_getsOneNamedOwner_byAReactionChainedToItsFiling() {
        EventEnvelope filed = EventEnvelope.first(filed(UUID.randomUUID()), "/redress/intake");
        String id = filed.key();

        kafka.publish(filed);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("ownerId", equalTo(roster.id("senior")))
                .body("rule", equalTo("SENIOR_FOR_REPEAT_OR_SEVERE"))
                .body("team", equalTo(roster.id("care"))));
        List<ConsumerRecord<String, byte[]>> assigned = assignments(id);
        assertThat(assigned).hasSize(1);
        ConsumerRecord<String, byte[]> record = assigned.getFirst();
        EventMetadata expected = EventMetadata.reactionTo(filed.metadata(),
                new ComplaintAssigned(UUID.fromString(id), Instant.now(), "x", "t", "r", null), "/redress/resolution");
        assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo(expected.id().toString());
        assertThat(KafkaProbe.header(record, "ce_causationid")).isEqualTo(filed.metadata().id().toString());
        assertThat(KafkaProbe.header(record, "ce_correlationid"))
                .isEqualTo(filed.metadata().correlationId().toString());
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/redress/resolution");
    }

    @Test
    void rebuild_restoresTheSameState_withoutAssigningAgain() {
        EventEnvelope filed = EventEnvelope.first(filed(UUID.randomUUID()), "/redress/intake");
        String id = filed.key();
        kafka.publish(filed);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> as("agent").get("/complaints/" + id).then().body("status", equalTo("ASSIGNED")));
        String before = as("agent").get("/complaints/" + id).then().extract().asString();

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().body("state", equalTo("COMPLETED")));

        assertThat(as("agent").get("/complaints/" + id).then().statusCode(200).extract().asString()).isEqualTo(before);
        assertThat(assignments(id)).hasSize(1);
    }

    private List<ConsumerRecord<String, byte[]>> assignments(String id) {
        return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(r -> "io.redress.complaint.ComplaintAssigned.v1".equals(KafkaProbe.header(r, "ce_type")))
                .toList();
    }

    private ComplaintFiled filed(UUID id) {
        Instant at = Instant.parse("2026-11-02T09:15:00Z");
        return new ComplaintFiled(id, at, "cust-" + id, null, Channel.CHAT, roster.id("billing"), Severity.CRITICAL,
                "No signal since yesterday", null, null, null, null, null, at, null, null, 0, List.of());
    }
}
