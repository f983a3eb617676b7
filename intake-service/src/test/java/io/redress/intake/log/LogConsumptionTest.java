package io.redress.intake.log;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.RootCauseIdentified;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How intake's consumer treats what it reads from complaint-events: bad records, redeliveries. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class LogConsumptionTest {

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    @Test
    void unreadableRecord_goesToTheDlqWithItsReason_andConsumptionCarriesOn() {
        String key = "bad-" + UUID.randomUUID();
        kafka.send(Topics.COMPLAINT_EVENTS, key, "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_specversion", "1.0", "ce_type", "io.redress.complaint.ComplaintFiled.v1",
                        "ce_source", "/test", "ce_time", "2026-11-02T09:15:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var dead = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS_DLQ, key);
            assertThat(dead).hasSize(1);
            assertThat(KafkaProbe.header(dead.getFirst(), "dead-letter-reason")).contains("ce_id");
        });
        String id = as("intake").contentType(ContentType.JSON).body(fileBody()).post("/complaints").then()
                .statusCode(201).extract().path("complaintId");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("agent").get("/complaints/" + id).then().statusCode(200));
    }

    @Test
    void redeliveredEvent_changesNothing() {
        String id = as("intake").contentType(ContentType.JSON).body(fileBody()).post("/complaints").then()
                .statusCode(201).extract().path("complaintId");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("agent").get("/complaints/" + id).then().statusCode(200));
        UUID complaintId = UUID.fromString(id);
        Instant at = Instant.parse("2026-11-03T10:00:00Z");
        EventEnvelope contact = EventEnvelope.first(
                new ContactLogged(complaintId, at, Channel.CHAT, "any news?", 2), "/test");
        // Same ce_id, different content: only a consumer that skips seen ids keeps contactCount at 2.
        EventEnvelope redelivery = new EventEnvelope(contact.metadata(),
                new ContactLogged(complaintId, at, Channel.CHAT, "any news?", 7));
        EventEnvelope next = new EventEnvelope(new EventMetadata(UUID.randomUUID(),
                contact.metadata().type(), "/test", id, at.plusSeconds(60), null, null),
                new ContactLogged(complaintId, at.plusSeconds(60), Channel.EMAIL, "still waiting", 3));
        double duplicatesBefore = duplicates();

        kafka.publish(contact);
        kafka.publish(redelivery);
        kafka.publish(next);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("agent").get("/complaints/" + id).then().body("contactCount", equalTo(3)));
        assertThat(duplicates() - duplicatesBefore).isEqualTo(1.0);
    }

    @Test
    void anEventTypeNoReadModelReads_isCountedAsPassed_andChangesNothing() {
        String id = as("intake").contentType(ContentType.JSON).body(fileBody()).post("/complaints").then()
                .statusCode(201).extract().path("complaintId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200));
        String before = as("agent").get("/complaints/" + id).then().extract().asString();
        double passedBefore = consumed("passed", "RootCauseIdentified");

        kafka.publish(EventEnvelope.first(new RootCauseIdentified(UUID.randomUUID(), Instant.now(), "Double billing",
                "billing", null, List.of("the invoice run ran twice"), "lock the invoice run",
                List.of(UUID.fromString(id))), "/redress/analytics"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> consumed("passed", "RootCauseIdentified") - passedBefore >= 1.0);
        assertThat(as("agent").get("/complaints/" + id).then().extract().asString()).isEqualTo(before);
    }

    private static double duplicates() {
        return consumed("duplicate", "ContactLogged");
    }

    private static double consumed(String outcome, String type) {
        String metrics = as("operator").get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("redress_events_consumed_total{")
                        && line.contains("outcome=\"" + outcome + "\"") && line.contains(type))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static Map<String, Object> fileBody() {
        return Map.of("customerId", "cust-" + UUID.randomUUID(), "channel", "EMAIL", "category", "delivery",
                "severity", "MINOR", "description", "Parcel arrived late");
    }
}
