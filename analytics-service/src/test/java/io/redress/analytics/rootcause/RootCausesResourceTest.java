package io.redress.analytics.rootcause;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.OpenApiCompleteness;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** {@code POST}/{@code GET /root-causes} through the real broker and database. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class RootCausesResourceTest {

    /** A day no other test writes to. */
    private static final Instant DAY = Instant.parse("2004-06-07T00:00:00Z");
    private static final String SUMMARY = "/analytics/summary?from=" + DAY + "&to=" + DAY.plusSeconds(86_400)
            + "&asOf=2030-01-01T00:00:00Z";

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private static Map<String, Object> body(List<UUID> complaints) {
        return Map.of("title", "Labels without a zip code", "category", "delivery", "component", "label-printer",
                "whys", List.of("Parcels came back", "The label had no zip code",
                        "The printer template drops the last address line"),
                "correctiveAction", "Fix the template and validate labels before printing",
                "correctedAt", "2004-06-09T06:00:00Z", "complaintIds", complaints);
    }

    @Test
    void aRootCause_isOnTheLog_andReadsBackWithItsComplaints() {
        UUID first = filed(DAY.plusSeconds(3_600));
        UUID second = filed(DAY.plusSeconds(7_200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("analyst").get(SUMMARY).then()
                .body("filed", equalTo(2)));

        JsonPath created = as("analyst").contentType(ContentType.JSON).body(body(List.of(second, first, second)))
                .post("/root-causes").then().statusCode(201).extract().jsonPath();
        String id = created.getString("rootCauseId");

        assertThat(created.getInt("complaintCount")).as("a complaint given twice counts once").isEqualTo(2);
        assertThat(created.getList("complaints.complaintId")).containsExactly(first.toString(), second.toString());
        assertThat(created.getList("complaints.inView")).containsOnly(true);
        assertThat(created.getList("whys")).hasSize(3);
        assertThat(created.getString("correctedAt")).isEqualTo("2004-06-09T06:00:00Z");
        String onTheLog = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(r -> "io.redress.complaint.RootCauseIdentified.v1".equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(onTheLog).contains("\"correctedAt\":\"2004-06-09T06:00:00Z\"").contains(first.toString());
        as("operator").get("/root-causes/" + id).then().statusCode(200).body("title",
                equalTo("Labels without a zip code")).body("complaints", hasSize(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("analyst").get(SUMMARY).then()
                .body("withRootCause", equalTo(2)));
    }

    @Test
    void unknownComplaints_areEachNamed_andNothingIsRecorded() {
        UUID known = filed(DAY.plusSeconds(10_800));
        UUID unknown = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("analyst").get(SUMMARY).then()
                .body("filed", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> as("analyst").contentType(ContentType.JSON)
                .body(body(List.of(known))).post("/root-causes").statusCode() == 201);
        int before = kafka.readAll(Topics.COMPLAINT_EVENTS).size();

        as("analyst").contentType(ContentType.JSON).body(body(List.of(known, unknown))).post("/root-causes").then()
                .statusCode(400).body("errors.pointer", hasItem("/complaintIds/1"))
                .body("errors", hasSize(1));

        assertThat(kafka.readAll(Topics.COMPLAINT_EVENTS)).hasSize(before);
    }

    @Test
    void aBadBody_namesEachField() {
        UUID any = UUID.randomUUID();
        Map<String, Object> noWhys = new java.util.HashMap<>(body(List.of(any)));
        noWhys.put("whys", List.of());
        as("analyst").contentType(ContentType.JSON).body(noWhys).post("/root-causes").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("whys")));
        Map<String, Object> eightWhys = new java.util.HashMap<>(body(List.of(any)));
        eightWhys.put("whys", List.of("1", "2", "3", "4", "5", "6", "7", "8"));
        eightWhys.put("title", " ");
        as("analyst").contentType(ContentType.JSON).body(eightWhys).post("/root-causes").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("whys")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("title")));
        as("analyst").get("/root-causes/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theList_isNewestFirst_andPages() {
        UUID complaint = filed(DAY.plusSeconds(14_400));
        await().atMost(Duration.ofSeconds(30)).until(() -> as("analyst").contentType(ContentType.JSON)
                .body(body(List.of(complaint))).post("/root-causes").statusCode() == 201);
        String newest = as("analyst").contentType(ContentType.JSON).body(body(List.of(complaint)))
                .post("/root-causes").then().statusCode(201).extract().path("rootCauseId");

        JsonPath page = as("operator").get("/root-causes?limit=1").then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("items[0].rootCauseId")).isEqualTo(newest);
        assertThat(page.getList("items[0].complaints")).isEmpty();
        JsonPath next = as("operator").get(page.getString("next")).then().statusCode(200).extract().jsonPath();
        assertThat(next.getString("items[0].rootCauseId")).isNotEqualTo(newest);
        as("operator").get("/root-causes?cursor=nonsense").then().statusCode(400);
    }

    @Test
    void recurrence_countsTheCategoryWeekByWeekAroundTheFix_andTestsTheDrop() {
        Instant fixed = Instant.parse("2005-02-07T06:00:00Z");
        List<UUID> before = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            before.add(filed(fixed.minus(Duration.ofHours(10 + 12 * i)), "recurrence-widget", "widget-9"));
        }
        filed(fixed.plus(Duration.ofDays(1)), "recurrence-widget", "widget-9");
        filed(fixed.plus(Duration.ofDays(5)), "recurrence-widget", "widget-9");
        filed(fixed.plus(Duration.ofDays(2)), "recurrence-widget", "another-component");
        filed(fixed.minus(Duration.ofDays(9)), "recurrence-widget", "widget-9");
        Map<String, Object> body = new java.util.HashMap<>(body(List.of(before.getFirst())));
        body.put("category", "recurrence-widget");
        body.put("component", "widget-9");
        body.put("correctedAt", fixed.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("analyst").contentType(ContentType.JSON)
                .body(body).post("/root-causes").then().statusCode(201));
        String id = as("analyst").get("/root-causes?limit=1").then().extract().jsonPath()
                .getString("items[0].rootCauseId");
        String url = "/root-causes/" + id + "?weeks=1&asOf=" + fixed.plus(Duration.ofDays(7));
        JsonPath recurrence = new JsonPath(as("analyst").get(url).then().statusCode(200).extract().asString())
                .using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .setRootPath("recurrence");
        // The week before: 12 of widget-9 (the one 9 days before is outside; another component never counts).
        assertThat(recurrence.getLong("before")).isEqualTo(12);
        assertThat(recurrence.getLong("after")).isEqualTo(2);
        assertThat(recurrence.getString("beforePerWeek")).isEqualTo("12.00");
        assertThat(recurrence.getString("afterPerWeek")).isEqualTo("2.00");
        assertThat(recurrence.getString("change")).isEqualTo("-0.8333");
        // n 14 split evenly if nothing changed: 2 · P(X ≤ 2) = 2 · (1 + 14 + 91) / 2^14.
        assertThat(recurrence.getDouble("pValue")).isCloseTo(212.0 / 16_384, org.assertj.core.api.Assertions
                .within(1e-12));
        assertThat(recurrence.getBoolean("significant")).isTrue();
        // Half a day after the fix: after has had half a day and no complaint yet.
        JsonPath early = as("analyst").get("/root-causes/" + id + "?weeks=1&asOf=" + fixed.plus(Duration.ofHours(12)))
                .then().statusCode(200).extract().jsonPath().setRootPath("recurrence");
        assertThat(early.getLong("after")).isZero();
        assertThat(early.getString("afterDays")).isEqualTo("0.5");
        as("analyst").get("/root-causes/" + id + "?weeks=99").then().statusCode(400);
    }

    @Test
    void list_takesAWindowOfIdentificationAndAMoment_andAnswersCsv() {
        UUID complaint = filed(DAY.plusSeconds(40_000));
        Instant before = Instant.now();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("analyst").contentType(ContentType.JSON)
                .body(body(List.of(complaint))).post("/root-causes").then().statusCode(201));
        String id = as("analyst").get("/root-causes?limit=1").then().extract().jsonPath()
                .getString("items[0].rootCauseId");
        assertThat(ids("/root-causes?from=" + before)).contains(id);
        assertThat(ids("/root-causes?to=" + before)).doesNotContain(id);
        assertThat(ids("/root-causes?asOf=" + before)).as("not identified yet then").doesNotContain(id);
        String csv = as("analyst").accept("text/csv").get("/root-causes?from=" + before).then().statusCode(200)
                .extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("rootCauseId,title,category,component,whys,correctiveAction,"
                + "identifiedAt,correctedAt,complaintCount");
        assertThat(lines.get(1)).startsWith(id + ",Labels without a zip code,delivery,label-printer,"
                + "Parcels came back | The label had no zip code | ").endsWith(",1");
        as("analyst").get("/root-causes?from=soon").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    private static List<String> ids(String path) {
        return as("analyst").get(path + "&limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items.rootCauseId", String.class);
    }

    @Test
    void everyPath_admitsOnlyItsRoles() {
        TestTokens.assertAccess("POST", "/root-causes", Set.of("analyst"));
        TestTokens.assertAccess("GET", "/root-causes", Set.of("analyst", "operator"));
        TestTokens.assertAccess("GET", "/root-causes/" + UUID.randomUUID(), Set.of("analyst", "operator"));
    }

    @Test
    void openApi_givesEveryOperationAnIdSummaryRolesProblemErrorsAndExamples() {
        assertThat(OpenApiCompleteness.assertEveryOperationComplete()).isEqualTo(10);
    }

    private UUID filed(Instant receivedAt) {
        return filed(receivedAt, "delivery", null);
    }

    private UUID filed(Instant receivedAt, String category, String component) {
        UUID id = UUID.randomUUID();
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, receivedAt, "cust-" + id, null, Channel.EMAIL,
                category, Severity.MINOR, "Parcel came back", null, component, null, null, null, receivedAt, null,
                null, 0, List.of()), "/redress/intake"));
        return id;
    }
}
