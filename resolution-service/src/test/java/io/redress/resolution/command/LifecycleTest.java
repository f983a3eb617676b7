package io.redress.resolution.command;

import static io.redress.embedded.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.ContactLogged;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.redress.events.Topics;
import io.redress.resolution.TestRoster;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A complaint's whole life in resolution through the real broker and database: acknowledged with the promised
 * resolution time, resolved with the remedy and the extra mile, reopened by the customer's contact and by a low
 * score, reopened by hand; every refusal answered with its status; and a rebuild that gives the same answers.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class LifecycleTest {

    private static final Map<String, Object> REFUND = Map.of("remedy", Map.of("type", "REFUND", "amount", 65.00,
            "currency", "EUR"), "fairSolutionAsked", true, "extraMile", "Waived a month's fee",
            "summary", "Refunded the double charge");

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private TestRoster roster;

    @BeforeEach
    void aRosterWithRoom() {
        roster = TestRoster.roomy(null);
    }

    @Test
    void acknowledge_promisesTheResolveDueTime_resolve_recordsFirstContact_andTheClocksShowAsMet() {
        UUID id = filed(Severity.MAJOR);
        String owner = roster.id("senior");
        String resolveDue = as("agent").get("/complaints/" + id).then().extract().path("sla.resolve.dueAt");

        owner(owner).body(Map.of("apologized", true, "message", "Sorry; I'm on it.")).post(path(id, "acknowledge"))
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        assertThat(JsonPath.from(KafkaProbe.value(ofType(id, "ComplaintAcknowledged").getFirst()))
                .getString("resolveBy")).isEqualTo(resolveDue);
        owner(owner).body(REFUND).post(path(id, "resolve")).then().statusCode(200)
                .body("status", equalTo("RESOLVED"));

        JsonPath resolved = JsonPath.from(KafkaProbe.value(ofType(id, "ComplaintResolved").getFirst()));
        assertThat(resolved.getBoolean("firstContact")).isTrue();
        assertThat(resolved.getString("remedy.currency")).isEqualTo("EUR");
        assertThat(resolved.getString("extraMile")).isEqualTo("Waived a month's fee");
        as("supervisor").get("/complaints/" + id).then().statusCode(200)
                .body("sla.acknowledge.met", equalTo(true)).body("sla.resolve.met", equalTo(true))
                .body("history.type", contains("ComplaintFiled", "ComplaintAssigned", "ComplaintAcknowledged",
                        "ComplaintResolved"))
                .body("history[2].actor", equalTo(owner)).body("history[3].detail", containsString("REFUND"));
    }

    @Test
    void aContactAfterTheResolution_reopensIt_andRestartsTheClocks_soTheNextResolutionIsNoFirstContact() {
        UUID id = resolved();
        kafka.publish(EventEnvelope.first(new ContactLogged(id, Instant.now(), Channel.PHONE, "sealed", 2),
                "/redress/intake"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("status", equalTo("REOPENED")).body("reopenCount", equalTo(1))
                .body("sla.resolve.met", nullValue()));
        JsonPath reopened = JsonPath.from(KafkaProbe.value(ofType(id, "ComplaintReopened").getFirst()));
        assertThat(reopened.getString("reason")).contains("got in touch again").contains("contact 2");
        assertThat(reopened.getString("requestedBy")).isEqualTo("customer");
        assertThat(reopened.getString("resolveBy")).isNotNull();

        owner(roster.id("senior")).body(REFUND).post(path(id, "resolve")).then().statusCode(200);
        assertThat(JsonPath.from(KafkaProbe.value(ofType(id, "ComplaintResolved").get(1))).getBoolean("firstContact"))
                .isFalse();
    }

    @Test
    void theCustomersOwnWords_areEncryptedOnTheLog_readableInResolution_andUnreadableOnceErased() {
        UUID id = filed(Severity.MINOR);
        String customer = as("agent").get("/complaints/" + id).then().extract().path("customerId");
        owner(roster.id("junior")).body(Map.of("remedy", Map.of("type", "APOLOGY"), "fairSolutionAsked", true,
                "customerFairSolution", "A call from someone who knows my case", "summary", "Called back"))
                .post(path(id, "resolve")).then().statusCode(200);

        String onTheLog = JsonPath.from(KafkaProbe.value(ofType(id, "ComplaintResolved").getFirst()))
                .getString("customerFairSolution");
        assertThat(onTheLog).startsWith("redress-enc:v1:").doesNotContain("knows my case");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("customerFairSolution", equalTo("A call from someone who knows my case")));

        kafka.publish(EventEnvelope.first(new CustomerDataErased(customer, Instant.now()), "/redress/intake"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("customerFairSolution", nullValue()));
        as("operator").queryParam("readModel", "fair-solutions").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("operator").get("/admin/rebuild").then()
                .body("state", equalTo("COMPLETED")));
        as("agent").get("/complaints/" + id).then().body("customerFairSolution", nullValue())
                .body("status", equalTo("RESOLVED"));
    }

    @Test
    void aRedeliveredContact_changesNothing_theComplaintIsReopenedOnce() {
        UUID id = resolved();
        EventEnvelope contact = EventEnvelope.first(new ContactLogged(id, Instant.now(), Channel.EMAIL, "sealed", 2),
                "/redress/intake");
        kafka.publish(contact);
        kafka.publish(contact);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("status", equalTo("REOPENED")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> as("agent")
                .get("/complaints/" + id).then().body("reopenCount", equalTo(1))
                .body("history.findAll { it.type == 'ContactLogged' }.size()", equalTo(1)));
        assertThat(ofType(id, "ComplaintReopened")).hasSize(1);
    }

    @Test
    void aLowSatisfactionScore_reopensIt_aGoodOneDoesNot() {
        UUID unhappy = resolved();
        UUID happy = resolved();
        kafka.publish(EventEnvelope.first(new SatisfactionRecorded(happy, Instant.now(), 4, true, true, true, true,
                null), "/redress/followup"));
        kafka.publish(EventEnvelope.first(new SatisfactionRecorded(unhappy, Instant.now(), 2, true, false, false,
                true, null), "/redress/followup"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + unhappy)
                .then().body("status", equalTo("REOPENED")));
        assertThat(JsonPath.from(KafkaProbe.value(ofType(unhappy, "ComplaintReopened").getFirst()))
                .getString("reason")).contains("satisfaction score 2 of 5");
        as("agent").get("/complaints/" + happy).then().body("status", equalTo("RESOLVED"));
        assertThat(ofType(happy, "ComplaintReopened")).isEmpty();
    }

    @Test
    void reopenByHand_namesWhoAsked_andIsRefusedWhileTheComplaintIsStillOpen() {
        UUID open = filed(Severity.MINOR);
        as("agent").contentType(ContentType.JSON).body(Map.of("reason", "Customer called back"))
                .post(path(open, "reopen")).then().statusCode(409).body("state", equalTo("ASSIGNED"));

        UUID id = resolved();
        as("agent").contentType(ContentType.JSON).body(Map.of("reason", "Customer called back"))
                .post(path(id, "reopen")).then().statusCode(200).body("status", equalTo("REOPENED"));
        assertThat(JsonPath.from(KafkaProbe.value(ofType(id, "ComplaintReopened").getFirst()))
                .getString("requestedBy")).isEqualTo("test-agent");
        as("agent").contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post(path(id, "reopen")).then().statusCode(409).body("state", equalTo("REOPENED"));
    }

    @Test
    void resolve_isRefused_400ForABadRemedy_403ForSomeoneElses_409OnceResolved() {
        UUID id = filed(Severity.MINOR);
        RequestSpecification owner = owner(roster.id("junior"));
        owner.body(Map.of("remedy", Map.of("type", "REFUND", "amount", 10), "fairSolutionAsked", false,
                "summary", "x")).post(path(id, "resolve")).then().statusCode(400)
                .body("errors.pointer", hasItem("/remedy/currency"));
        owner(roster.id("junior")).body(Map.of("remedy", Map.of("type", "REFUND", "amount", 10, "currency", "XYZ"),
                "fairSolutionAsked", false, "summary", "x")).post(path(id, "resolve")).then().statusCode(400)
                .body("detail", containsString("ISO 4217"));
        owner(roster.id("junior")).body(Map.of("remedy", Map.of("type", "REFUND", "amount", -5, "currency", "EUR"),
                "fairSolutionAsked", false, "summary", "x")).post(path(id, "resolve")).then().statusCode(400)
                .body("errors.field", hasItem(containsString("amount")));
        owner(roster.id("junior")).body(Map.of("remedy", Map.of("type", "VOUCHER"), "fairSolutionAsked", false,
                "summary", "x")).post(path(id, "resolve")).then().statusCode(400);
        owner(roster.id("senior")).body(REFUND).post(path(id, "resolve")).then().statusCode(403);

        owner(roster.id("junior")).body(REFUND).post(path(id, "resolve")).then().statusCode(200);
        owner(roster.id("junior")).body(REFUND).post(path(id, "resolve")).then().statusCode(409)
                .body("state", equalTo("RESOLVED"));
        assertThat(ofType(id, "ComplaintResolved")).hasSize(1);
    }

    @Test
    void theOwnersQueue_isNearestDueFirst_pagedWithACursor_andOnlyTheirs() {
        TestRoster mine = new TestRoster().team("queue", "billing").owner("solo", "queue", false, 50, true);
        mine.put();
        Instant now = Instant.now();
        UUID later = file(mine.id("billing"), Severity.MINOR, now);
        UUID sooner = file(mine.id("billing"), Severity.CRITICAL, now);
        UUID middle = file(mine.id("billing"), Severity.MAJOR, now);
        String solo = mine.id("solo");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> owner(solo).get("/owners/" + solo + "/queue")
                .then().body("items.size()", equalTo(3)));

        JsonPath first = owner(solo).queryParam("limit", 2).get("/owners/" + solo + "/queue").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("items.complaintId")).containsExactly(sooner.toString(), middle.toString());
        JsonPath second = owner(solo).get(first.getString("next")).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.complaintId")).containsExactly(later.toString());
        assertThat(second.getString("next")).isNull();
        as("agent").get("/owners/" + solo + "/queue").then().statusCode(403);
        owner(solo).queryParam("cursor", "nonsense").get("/owners/" + solo + "/queue").then().statusCode(400);
    }

    @Test
    void aRebuild_givesTheSameComplaint_history_andQueue() {
        UUID id = resolved();
        kafka.publish(EventEnvelope.first(new ContactLogged(id, Instant.now(), Channel.CHAT, "sealed", 2),
                "/redress/intake"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("status", equalTo("REOPENED")));
        String complaint = as("supervisor").get("/complaints/" + id).then().extract().asString();
        String queue = owner(roster.id("senior")).queryParam("limit", 100).get("/owners/" + roster.id("senior")
                + "/queue").then().extract().asString();

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("operator").get("/admin/rebuild").then()
                .body("state", equalTo("COMPLETED")));

        assertThat(as("supervisor").get("/complaints/" + id).then().extract().asString()).isEqualTo(complaint);
        assertThat(owner(roster.id("senior")).queryParam("limit", 100).get("/owners/" + roster.id("senior")
                + "/queue").then().extract().asString()).isEqualTo(queue);
        assertThat(ofType(id, "ComplaintReopened")).hasSize(1);
    }

    /** A MAJOR complaint resolved by its (senior) owner. */
    private UUID resolved() {
        UUID id = filed(Severity.MAJOR);
        owner(roster.id("senior")).body(REFUND).post(path(id, "resolve")).then().statusCode(200);
        return id;
    }

    private UUID filed(Severity severity) {
        return file(roster.id("billing"), severity, Instant.now());
    }

    private UUID file(String category, Severity severity, Instant at) {
        UUID id = UUID.randomUUID();
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, at, "cust-" + id, null, Channel.EMAIL, category,
                severity, "Charged twice", null, null, null, null, null, at, null, null, 0, List.of()),
                "/redress/intake"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200).body("status", equalTo("ASSIGNED")));
        return id;
    }

    private static RequestSpecification owner(String ownerId) {
        return given().auth().oauth2(TestTokens.forSubject(ownerId, "agent")).contentType(ContentType.JSON);
    }

    private static String path(UUID id, String command) {
        return "/complaints/" + id + "/" + command;
    }

    private List<ConsumerRecord<String, byte[]>> ofType(UUID id, String type) {
        return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id.toString()).stream()
                .filter(r -> ("io.redress.complaint." + type + ".v1").equals(KafkaProbe.header(r, "ce_type")))
                .toList();
    }
}
