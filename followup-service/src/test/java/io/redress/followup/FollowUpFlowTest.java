package io.redress.followup;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.MovableClock;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintNotification;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.Severity;
import io.redress.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-up through the real broker and database: resolution's events published with a plain producer, what
 * follow-up emits and notifies read back with a plain consumer, time moved by the injected clock.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_followup"))
class FollowUpFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema NOTIFICATION = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(FollowUpFlowTest.class.getResourceAsStream("/" + ComplaintNotification.SCHEMA),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final MovableClock clock = new MovableClock();

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    /** One complaint of a test, told to follow-up as intake and resolution would tell it. */
    private final class Complaint {
        final UUID id = UUID.randomUUID();
        final String customer = "cust-" + id;
        EventEnvelope last;

        Complaint publish(ComplaintLifecycleEvent event) {
            last = last == null ? EventEnvelope.first(event, "/redress/test")
                    : EventEnvelope.causedBy(last.metadata(), event, "/redress/test");
            kafka.publish(last);
            return this;
        }

        Complaint filed(Channel channel) {
            Instant now = clock.instant();
            return publish(new ComplaintFiled(id, now, customer, null, channel, "billing", Severity.MAJOR,
                    "Charged twice", null, null, null, null, null, now, null, null, 0, List.of(), "de"));
        }

        Complaint assigned() {
            Instant now = clock.instant();
            return publish(new ComplaintAssigned(id, now, "agent-chen", "billing-care", "LEAST_LOADED", null,
                    now.plus(Duration.ofHours(4)), now.plus(Duration.ofDays(3)), "Chen Wei"));
        }

        Complaint resolved() {
            return publish(new ComplaintResolved(id, clock.instant(), "agent-chen",
                    new Remedy(RemedyType.REFUND, null, null), true, null, true, "Refunded the second charge"));
        }

        Complaint reopened() {
            Instant now = clock.instant();
            return publish(new ComplaintReopened(id, now, "satisfaction score 1 of 5", "customer",
                    now.plus(Duration.ofHours(4)), now.plus(Duration.ofDays(3))));
        }

        /** Filed, assigned and resolved; waits until the first survey went out. */
        Complaint surveyed() {
            filed(Channel.EMAIL).assigned().resolved();
            awaitFollowUps(this, "SENT", 1);
            return this;
        }

        JsonPath followUps() {
            return as("agent").get("/complaints/" + id + "/follow-ups").then().statusCode(200).extract().jsonPath();
        }

        List<JsonNode> notifications() {
            return kafka.recordsWithKey(Topics.COMPLAINT_NOTIFICATIONS, id.toString()).stream()
                    .map(r -> tree(r.value())).toList();
        }

        List<JsonNode> events(String type) {
            return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id.toString()).stream()
                    .filter(r -> ("io.redress.complaint." + type + ".v1").equals(KafkaProbe.header(r, "ce_type")))
                    .map(r -> tree(r.value())).toList();
        }

        io.restassured.response.Response answer(String body) {
            return as("intake").contentType(ContentType.JSON).body(body)
                    .post("/complaints/" + id + "/satisfaction");
        }
    }

    private static void awaitFollowUps(Complaint complaint, String status, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(complaint.followUps()
                .getList("followUps.findAll { it.status == '" + status + "' }")).hasSize(count));
    }

    private static void awaitStage(Complaint complaint, String stage) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(complaint.followUps().getString("stage"))
                .isEqualTo(stage));
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String HAPPY = """
            {"score": 5, "ownershipTaken": true, "feltValued": true, "resolvedQuickly": true, "regretExpressed": true,
             "comment": "Chen sorted it out and kept me posted."}""";

    @Test
    void anAssignment_plansTheOwnersRemindersAndTheDelayNotice_onTheLog() {
        Complaint complaint = new Complaint().filed(Channel.PHONE).assigned();

        awaitFollowUps(complaint, "DUE", 3);
        JsonPath view = complaint.followUps();
        assertThat(view.getString("stage")).isEqualTo("ASSIGNED");
        assertThat(view.getString("ownerName")).isEqualTo("Chen Wei");
        assertThat(view.getList("followUps.kind")).containsExactlyInAnyOrder("OWNER_REMINDER", "OWNER_REMINDER",
                "DELAY_NOTICE");
        Instant acknowledgeBy = Instant.parse(view.getString("acknowledgeBy"));
        assertThat(Instant.parse(view.getString("followUps.find { it.clock == 'ACKNOWLEDGE' }.dueAt")))
                .isEqualTo(acknowledgeBy.minus(Duration.ofHours(1)));
        assertThat(complaint.events("FollowUpScheduled")).hasSize(3);
        assertThat(complaint.notifications()).isEmpty();
    }

    @Test
    void aResolution_sendsTheSurveyAtOnce_withOneNotificationValidAgainstItsSchema() {
        double before = notificationsPublished("SATISFACTION_SURVEY");
        Complaint complaint = new Complaint().surveyed();

        JsonPath view = complaint.followUps();
        assertThat(view.getString("stage")).isEqualTo("RESOLVED");
        assertThat(view.getList("followUps.findAll { it.status == 'CANCELLED' }.cancelReason"))
                .containsOnly("resolved").hasSize(3);
        assertThat(view.getString("followUps.find { it.kind == 'CHECK_IN' }.status")).isEqualTo("DUE");
        List<JsonNode> notifications = complaint.notifications();
        assertThat(notifications).hasSize(1);
        JsonNode survey = notifications.getFirst();
        assertThat(NOTIFICATION.validate(survey)).isEmpty();
        assertThat(survey.path("kind").asText()).isEqualTo("SATISFACTION_SURVEY");
        assertThat(survey.path("recipient").asText()).isEqualTo("CUSTOMER");
        assertThat(survey.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(survey.path("templateKey").asText()).isEqualTo("satisfaction-survey");
        assertThat(survey.path("language").asText()).isEqualTo("de");
        assertThat(survey.path("ownerName").asText()).isEqualTo("Chen Wei");
        assertThat(survey.path("customerId").asText()).isEqualTo(complaint.customer);
        assertThat(survey.has("description") || survey.has("customerName")).isFalse();
        List<JsonNode> sent = complaint.events("FollowUpSent");
        assertThat(sent).singleElement().satisfies(event -> assertThat(event.path("followUpId").asText())
                .isEqualTo(survey.path("notificationId").asText()));
        assertThat(notificationsPublished("SATISFACTION_SURVEY") - before).isEqualTo(1.0);
    }

    @Test
    void aHappyAnswer_thenTheCheckIn_closesSatisfied_andAClosedComplaintTakesNoMoreAnswers() {
        Complaint complaint = new Complaint().surveyed();

        complaint.answer(HAPPY).then().statusCode(200).body("satisfaction.score", equalTo(5))
                .body("satisfaction.comment", equalTo("Chen sorted it out and kept me posted."))
                .body("stage", equalTo("RESOLVED"));
        complaint.answer(HAPPY).then().statusCode(409).body("state", equalTo("RESOLVED"));
        assertThat(complaint.events("ComplaintClosed")).as("no close before the check-in").isEmpty();

        MovableClock.advance(Duration.ofDays(3).plusMinutes(1));
        awaitStage(complaint, "CLOSED");

        assertThat(complaint.followUps().getString("outcome")).isEqualTo("SATISFIED");
        assertThat(complaint.events("ComplaintClosed")).singleElement()
                .satisfies(closed -> assertThat(closed.path("outcome").asText()).isEqualTo("SATISFIED"));
        assertThat(complaint.notifications()).extracting(n -> n.path("templateKey").asText())
                .containsExactly("satisfaction-survey", "check-in");
        complaint.answer(HAPPY).then().statusCode(409).body("state", equalTo("CLOSED"));
    }

    @Test
    void anUnansweredSurvey_isSentAgainUpToTheLimit_thenTheComplaintClosesNoResponse() {
        Complaint complaint = new Complaint().surveyed();

        MovableClock.advance(Duration.ofDays(3).plusMinutes(1));
        awaitFollowUps(complaint, "SENT", 3);
        MovableClock.advance(Duration.ofDays(3).plusMinutes(1));
        awaitFollowUps(complaint, "SENT", 4);
        assertThat(complaint.followUps().getString("closesWithoutAnswerAt")).isNotNull();
        MovableClock.advance(Duration.ofDays(14).plusMinutes(1));
        awaitStage(complaint, "CLOSED");

        assertThat(complaint.followUps().getString("outcome")).isEqualTo("NO_RESPONSE");
        assertThat(complaint.notifications().stream().filter(n -> n.path("kind").asText()
                .equals("SATISFACTION_SURVEY")).map(n -> n.path("attempt").asInt())).containsExactly(1, 2, 3);
        assertThat(complaint.notifications()).allSatisfy(n -> assertThat(NOTIFICATION.validate(n)).isEmpty());
        assertThat(complaint.events("ComplaintClosed")).hasSize(1);
    }

    @Test
    void aReopening_cancelsThePendingCheckIn_soNoneGoesOut() {
        Complaint complaint = new Complaint().surveyed();

        complaint.reopened();
        awaitStage(complaint, "REOPENED");

        assertThat(complaint.followUps().getString("followUps.find { it.kind == 'CHECK_IN' }.cancelReason"))
                .isEqualTo("reopened");
        MovableClock.advance(Duration.ofDays(3).plusMinutes(1));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(complaint.notifications()).noneMatch(n -> n.path("kind").asText().equals("CHECK_IN")));
    }

    @Test
    void aLowScore_asksResolutionToReopen_untilTheReopeningsAreUsedUp_thenClosesDissatisfied() {
        Complaint complaint = new Complaint().surveyed();
        complaint.answer(HAPPY.replace("\"score\": 5", "\"score\": 1")).then().statusCode(200);
        assertThat(complaint.events("SatisfactionRecorded")).singleElement()
                .satisfies(answer -> assertThat(answer.path("reopen").asBoolean()).isTrue());

        complaint.reopened().resolved().reopened().resolved();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(complaint.followUps().getInt("reopenCount")).isEqualTo(2);
            assertThat(complaint.followUps().getString("stage")).isEqualTo("RESOLVED");
        });
        complaint.answer(HAPPY.replace("\"score\": 5", "\"score\": 2")).then().statusCode(200)
                .body("stage", equalTo("CLOSED")).body("outcome", equalTo("DISSATISFIED"));

        assertThat(complaint.events("SatisfactionRecorded")).extracting(a -> a.path("reopen").asBoolean())
                .containsExactly(true, false);
        assertThat(complaint.events("ComplaintClosed")).singleElement()
                .satisfies(closed -> assertThat(closed.path("outcome").asText()).isEqualTo("DISSATISFIED"));
    }

    @Test
    void aBadAnswer_isRefusedNamingEachField_andRecordsNothing() {
        Complaint complaint = new Complaint().surveyed();

        complaint.answer(HAPPY.replace("\"score\": 5", "\"score\": 0")).then().statusCode(400)
                .body("errors.field", hasItem("score"));
        complaint.answer(HAPPY.replace("\"score\": 5", "\"score\": 6")).then().statusCode(400)
                .body("errors.field", hasItem("score"));
        complaint.answer("{\"score\": 4, \"feltValued\": true, \"resolvedQuickly\": true}").then().statusCode(400)
                .body("errors.field", hasItem("ownershipTaken")).body("errors.field", hasItem("regretExpressed"));
        complaint.answer(HAPPY.replace("\"score\"", "\"scroe\"")).then().statusCode(400);
        complaint.answer(HAPPY.replace("Chen sorted it out and kept me posted.", "x".repeat(2001))).then()
                .statusCode(400).body("errors.field", hasItem("comment"));

        assertThat(complaint.events("SatisfactionRecorded")).isEmpty();
        as("intake").contentType(ContentType.JSON).body(HAPPY).post("/complaints/" + UUID.randomUUID()
                + "/satisfaction").then().statusCode(404);
        Complaint assigned = new Complaint().filed(Channel.EMAIL).assigned();
        awaitStage(assigned, "ASSIGNED");
        assigned.answer(HAPPY).then().statusCode(409).body("state", equalTo("ASSIGNED"));
    }

    @Test
    void erasingTheCustomersData_makesTheirSurveyCommentUnreadable() {
        Complaint complaint = new Complaint().surveyed();
        complaint.answer(HAPPY.replace("\"score\": 5", "\"score\": 3")).then().statusCode(200);
        String onTheLog = complaint.events("SatisfactionRecorded").getFirst().path("comment").asText();
        assertThat(onTheLog).startsWith("redress-enc:").doesNotContain("Chen");

        kafka.publish(EventEnvelope.first(new CustomerDataErased(complaint.customer, clock.instant()),
                "/redress/intake"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent")
                .get("/complaints/" + complaint.id + "/follow-ups").then().statusCode(200)
                .body("satisfaction.comment", nullValue()).body("satisfaction.erased", equalTo(true))
                .body("satisfaction.score", equalTo(3)));
    }

    @Test
    void theFollowUpList_filtersByStatusAndKind_andPages() {
        Complaint first = new Complaint().surveyed();
        Complaint second = new Complaint().surveyed();

        JsonPath page = as("operator").get("/follow-ups?status=DUE&kind=CHECK_IN&limit=1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getList("items.status")).containsOnly("DUE");
        String next = page.getString("next");
        assertThat(next).contains("status=DUE").contains("kind=CHECK_IN").contains("cursor=");
        JsonPath following = as("operator").get(next).then().statusCode(200).extract().jsonPath();
        assertThat(following.getString("items[0].followUpId")).isNotEqualTo(page.getString("items[0].followUpId"));
        List<String> all = as("supervisor").get("/follow-ups?kind=CHECK_IN&status=DUE&limit=500").then()
                .statusCode(200).extract().jsonPath().getList("items.complaintId");
        assertThat(all).contains(first.id.toString(), second.id.toString());

        as("operator").get("/follow-ups?status=LATE").then().statusCode(400).body("errors.field", hasItem("status"));
        as("operator").get("/follow-ups?before=yesterday").then().statusCode(400)
                .body("errors.field", hasItem("before"));
        as("operator").get("/follow-ups?cursor=nonsense").then().statusCode(400);
        assertThat(as("operator").get("/follow-ups?status=DUE&before=" + Instant.now().minusSeconds(60)).then()
                .statusCode(200).extract().jsonPath().getList("items.complaintId"))
                .as("nothing overdue while the service runs").doesNotContain(first.id.toString());
    }

    @Test
    void aRebuild_givesTheSameAnswers_andSendsNothingAgain() {
        Complaint complaint = new Complaint().surveyed();
        complaint.answer(HAPPY).then().statusCode(200);
        Complaint assigned = new Complaint().filed(Channel.CHAT).assigned();
        awaitFollowUps(assigned, "DUE", 3);
        String before = complaint.followUps().prettify();
        String assignedBefore = assigned.followUps().prettify();
        int events = kafka.readAll(Topics.COMPLAINT_EVENTS).size();
        int notifications = kafka.readAll(Topics.COMPLAINT_NOTIFICATIONS).size();

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().body("state", equalTo("COMPLETED")));

        assertThat(complaint.followUps().prettify()).isEqualTo(before);
        assertThat(assigned.followUps().prettify()).isEqualTo(assignedBefore);
        assertThat(kafka.readAll(Topics.COMPLAINT_EVENTS)).hasSize(events);
        assertThat(kafka.readAll(Topics.COMPLAINT_NOTIFICATIONS)).hasSize(notifications);
    }

    /** {@code redress_notifications_published_total{kind=...}} from the service's own metrics. */
    private static double notificationsPublished(String kind) {
        return as("operator").get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("redress_notifications_published_total{")
                        && line.contains("kind=\"" + kind + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

}
