package io.redress.resolution.assignment;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.events.Topics;
import io.redress.resolution.TestRoster;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The assignment rules through the real broker and database, each on a roster the test puts in place: the rule that
 * fired is on {@code ComplaintAssigned}, and a burst is spread fairly without anyone going over capacity.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class AssignmentRulesTest {

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void aSevereComplaint_goesToTheLeastLoadedSenior_aMinorOneToTheLeastLoaded_andTheCustomerComesBackToTheirOwner() {
        TestRoster roster = new TestRoster().team("care", "billing")
                .owner("senior-a", "care", true, 10, true).owner("junior-b", "care", false, 10, true);
        roster.put();
        String customer = "cust-" + UUID.randomUUID();

        JsonPath major = assigned(file(customer, roster.id("billing"), Severity.MAJOR, 0));
        assertThat(major.getString("ownerId")).isEqualTo(roster.id("senior-a"));
        assertThat(major.getString("rule")).isEqualTo("SENIOR_FOR_REPEAT_OR_SEVERE");

        JsonPath minor = assigned(file("cust-" + UUID.randomUUID(), roster.id("billing"), Severity.MINOR, 0));
        assertThat(minor.getString("ownerId")).isEqualTo(roster.id("junior-b"));
        assertThat(minor.getString("rule")).isEqualTo("LEAST_LOADED");

        JsonPath again = assigned(file(customer, roster.id("billing"), Severity.MINOR, 1));
        assertThat(again.getString("ownerId")).isEqualTo(roster.id("senior-a"));
        assertThat(again.getString("rule")).isEqualTo("RETURNING_CUSTOMER");
        assertThat(again.getString("acknowledgeBy")).isNotNull();
    }

    @Test
    void whenNobodyCanTakeIt_itWaitsInTheSupervisorsQueue_andIsAssignedAsSoonAsSomeoneBecomesAvailable() {
        TestRoster roster = new TestRoster().team("care", "refund").owner("away", "care", false, 5, false);
        roster.put();
        UUID id = file("cust-" + UUID.randomUUID(), roster.id("refund"), Severity.MINOR, 0);

        JsonPath queued = assigned(id);
        assertThat(queued.getString("rule")).isEqualTo("UNASSIGNED_QUEUE");
        assertThat(queued.getString("ownerId")).isEqualTo(roster.id("sup-care"));
        as("supervisor").get("/complaints/" + id).then().body("status", equalTo("QUEUED"));
        as("supervisor").queryParam("team", roster.id("care")).get("/queues/unassigned").then().statusCode(200)
                .body("items.complaintId", hasItem(id.toString()));

        io.restassured.RestAssured.given().auth().oauth2(TestTokens.forSubject(roster.id("away"), "agent"))
                .contentType(ContentType.JSON).body(Map.of("available", true))
                .put("/owners/" + roster.id("away") + "/availability").then().statusCode(200)
                .body("available", equalTo(true));

        await().atMost(Duration.ofSeconds(20)).until(() -> assignments(id).size() == 2);
        JsonPath fromQueue = JsonPath.from(KafkaProbe.value(assignments(id).get(1)));
        assertThat(fromQueue.getString("ownerId")).isEqualTo(roster.id("away"));
        assertThat(fromQueue.getString("rule")).isEqualTo("LEAST_LOADED");
        assertThat(fromQueue.getString("previousOwnerId")).isEqualTo(roster.id("sup-care"));
        as("supervisor").get("/complaints/" + id).then().body("status", equalTo("ASSIGNED"))
                .body("ownerId", equalTo(roster.id("away")));
        as("supervisor").queryParam("team", roster.id("care")).get("/queues/unassigned").then()
                .body("items.complaintId", not(hasItem(id.toString())));
    }

    @Test
    void aBurstOf200_isSpreadFairly_nobodyOverCapacity_loadsWithinOneOfEachOther_theRestQueued() {
        TestRoster roster = new TestRoster().team("burst", "delivery");
        List<String> owners = List.of("o1", "o2", "o3", "o4");
        owners.forEach(owner -> roster.owner(owner, "burst", false, 45, true));
        roster.put();
        Instant at = Instant.now();
        List<UUID> ids = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID()).toList();
        kafka.publishAll(ids.stream().map(id -> EventEnvelope.first(filed(id, "cust-" + id, roster.id("delivery"),
                Severity.MINOR, 0, at), "/redress/intake")).toList());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor")
                .get("/teams/" + roster.id("burst") + "/workload").then().statusCode(200)
                .body("queued", equalTo(20)));
        JsonPath workload = as("supervisor").get("/teams/" + roster.id("burst") + "/workload").then().extract()
                .jsonPath();
        assertThat(workload.getList("owners.open", Integer.class)).containsExactly(45, 45, 45, 45);
        assertThat(workload.getString("supervisor")).isEqualTo(roster.id("sup-burst"));
        Map<String, Long> perComplaint = kafka.readAll(Topics.COMPLAINT_EVENTS).stream()
                .filter(r -> "io.redress.complaint.ComplaintAssigned.v1".equals(KafkaProbe.header(r, "ce_type")))
                .collect(java.util.stream.Collectors.groupingBy(r -> r.key(), java.util.stream.Collectors.counting()));
        assertThat(ids).allSatisfy(id -> assertThat(perComplaint.get(id.toString())).isEqualTo(1L));

        // More capacity: the queue empties into the team at once (and leaves nothing queued for other tests).
        roster.capacityOfAll(50).put();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("supervisor")
                .get("/teams/" + roster.id("burst") + "/workload").then().body("queued", equalTo(0))
                .body("owners.open", org.hamcrest.Matchers.contains(50, 50, 50, 50)));
    }

    @Test
    void aBurstBelowCapacity_isSpreadWithinOne() {
        TestRoster roster = new TestRoster().team("even", "website");
        List.of("p1", "p2", "p3").forEach(owner -> roster.owner(owner, "even", false, 100, true));
        roster.put();
        Instant at = Instant.now();
        kafka.publishAll(IntStream.range(0, 100).mapToObj(i -> EventEnvelope.first(filed(UUID.randomUUID(),
                "cust-" + UUID.randomUUID(), roster.id("website"), Severity.MINOR, 0, at), "/redress/intake")).toList());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(as("supervisor")
                .get("/teams/" + roster.id("even") + "/workload").then().extract().jsonPath()
                .getList("owners.open", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(100));
        List<Integer> loads = as("supervisor").get("/teams/" + roster.id("even") + "/workload").then().extract()
                .jsonPath().getList("owners.open", Integer.class);
        assertThat(loads).containsExactlyInAnyOrder(34, 33, 33);
    }

    private UUID file(String customer, String category, Severity severity, int prior) {
        UUID id = UUID.randomUUID();
        kafka.publish(EventEnvelope.first(filed(id, customer, category, severity, prior, Instant.now()),
                "/redress/intake"));
        return id;
    }

    private static ComplaintFiled filed(UUID id, String customer, String category, Severity severity, int prior,
            Instant at) {
        return new ComplaintFiled(id, at, customer, null, Channel.EMAIL, category, severity, "It broke", null, null,
                null, null, null, at, null, null, prior, List.of());
    }

    /** The complaint's first ComplaintAssigned, once it is on the log. */
    private JsonPath assigned(UUID id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !assignments(id).isEmpty());
        return JsonPath.from(KafkaProbe.value(assignments(id).getFirst()));
    }

    private List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> assignments(UUID id) {
        return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id.toString()).stream()
                .filter(r -> "io.redress.complaint.ComplaintAssigned.v1".equals(KafkaProbe.header(r, "ce_type")))
                .toList();
    }
}
