package io.redress.analytics.summary;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every figure of {@code /analytics/summary} and {@code /analytics/trends} over {@link CraftedHistory}, each expected
 * value worked out by hand from the table there (the working is in the comments), at three moments.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class FiguresTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final CraftedHistory history = new CraftedHistory(Instant.parse("2002-02-04T00:00:00Z"));
    private final String window = "from=" + history.day + "&to=" + history.day.plus(Duration.ofDays(1));
    private final Instant far = history.day.plus(Duration.ofDays(30));
    private final Instant afterReopening = history.at(1, "10:02");

    private boolean published;

    /** Publishes the history once, and waits until analytics has read all of it (the root cause and the last answer). */
    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        kafka.publishAll(history.events);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary(far).getLong("withRootCause"))
                .isEqualTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(summary(far).getLong("satisfaction.responses")).isEqualTo(3));
    }

    @Test
    void summary_longAfter_givesEveryFigureAsWorkedOutByHand() {
        JsonPath s = summary(far);
        assertThat(s.getLong("filed")).isEqualTo(4);
        assertThat(s.getLong("backlog")).as("only C is neither resolved nor closed").isEqualTo(1);
        assertThat(s.getLong("assigned")).isEqualTo(4);
        assertThat(s.getLong("unassigned")).isZero();
        assertThat(s.getLong("withRootCause")).as("A and C").isEqualTo(2);
        assertThat(s.getMap("bySeverity")).isEqualTo(longs("MAJOR", 2, "MINOR", 1, "MODERATE", 1));
        assertThat(s.getMap("byChannel")).isEqualTo(longs("EMAIL", 1, "PHONE", 2, "WEB_FORM", 1));
        assertThat(s.getMap("byCategory")).isEqualTo(longs("billing", 2, "delivery", 2));
        // cust-1 (A, B), cust-2, cust-3: 4/3; B and D carried priorComplaints ≥ 1; 4 filings + A's 1 + C's 2 contacts.
        assertIncidentRate(s, 3, "1.3333", 2, "0.5000", 7, "1.7500");
        // Acknowledged: A 1,800 s, B 7,200 s, D 600 s; sorted 600, 1,800, 7,200: rank ⌈1.5⌉ = 2, rank ⌈2.7⌉ = 3.
        assertDurations(s, "timeToAcknowledge", 3, 1800L, 7200L, "3200.00");
        // First resolutions: A 86,400 s (a day), B 10,800 s, D 1,800 s; the mean 99,000 / 3.
        assertDurations(s, "timeToResolve", 3, 10800L, 86400L, "33000.00");
        assertRate(s, "slaBreached", 2, 4, "0.5000");
        assertRate(s, "firstContactResolved", 2, 3, "0.6667");
        assertRate(s, "reopened", 1, 3, "0.3333");
        // Scores 2, 4, 5: 11 / 3; 4 and 5 are satisfied.
        assertSatisfaction(s, 3, "3.67", 2, "0.6667");
        assertThat(s.getMap("escalationsByLevel")).isEqualTo(longs("1", 2, "2", 1));
    }

    @Test
    void summary_asOfJustAfterTheReopening_givesThePast() {
        JsonPath s = summary(afterReopening);
        assertThat(s.getLong("filed")).isEqualTo(4);
        assertThat(s.getLong("backlog")).as("A reopened (1 resolution, 1 reopening) and C").isEqualTo(2);
        assertThat(s.getLong("withRootCause")).as("identified two days later").isZero();
        assertIncidentRate(s, 3, "1.3333", 2, "0.5000", 7, "1.7500");
        assertDurations(s, "timeToAcknowledge", 3, 1800L, 7200L, "3200.00");
        assertDurations(s, "timeToResolve", 3, 10800L, 86400L, "33000.00");
        assertRate(s, "reopened", 1, 3, "0.3333");
        // B's 5 and A's first answer, 2; A's 4 came a day later.
        assertSatisfaction(s, 2, "3.50", 1, "0.5000");
    }

    @Test
    void summary_asOfBeforeAnyStep_countsOnlyTheFirstFiling() {
        JsonPath s = summary(history.at("09:00:30"));
        assertThat(s.getLong("filed")).isEqualTo(1);
        assertThat(s.getLong("backlog")).isEqualTo(1);
        assertThat(s.getLong("assigned")).isZero();
        assertThat(s.getLong("unassigned")).isEqualTo(1);
        assertIncidentRate(s, 1, "1.0000", 0, "0.0000", 1, "1.0000");
        assertDurations(s, "timeToAcknowledge", 0, null, null, null);
        assertRate(s, "slaBreached", 0, 1, "0.0000");
        assertRate(s, "firstContactResolved", 0, 0, null);
        assertSatisfaction(s, 0, null, 0, null);
        assertThat(s.getMap("escalationsByLevel")).isEmpty();
    }

    @Test
    void trends_inTokyo_splitTheDayInTwo_andTheCsvHasTheSameRows() {
        String query = "/analytics/trends?" + window + "&asOf=" + far + "&interval=day&tz=Asia/Tokyo";
        JsonPath t = json(as("analyst").get(query).then().statusCode(200).extract().asString());
        // A and B arrive at 18:00 and 21:00 in Tokyo on the 4th, C and D at 05:00 and 08:00 on the 5th.
        assertThat(t.getList("points.start", String.class))
                .containsExactly("2002-02-03T15:00:00Z", "2002-02-04T15:00:00Z");
        assertThat(t.getList("points.filed", Long.class)).containsExactly(2L, 2L);
        assertThat(t.getList("points.backlog", Long.class)).containsExactly(0L, 1L);
        // A 1,800 and B 7,200 s: ranks ⌈1⌉ = 1 and ⌈1.8⌉ = 2; D alone 600 s.
        assertThat(t.getList("points.timeToAcknowledge.p50Seconds", Long.class)).containsExactly(1800L, 600L);
        assertThat(t.getList("points.timeToAcknowledge.p90Seconds", Long.class)).containsExactly(7200L, 600L);
        assertThat(t.getString("points[0].timeToResolve.meanSeconds")).isEqualTo("48600.00");
        assertThat(t.getString("points[1].firstContactResolved.rate")).isEqualTo("1.0000");
        assertThat(t.getString("points[0].reopened.rate")).isEqualTo("0.5000");
        assertThat(t.getList("points.satisfaction.responses", Long.class)).containsExactly(3L, 0L);

        String csv = as("analyst").accept("text/csv").get(query).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(3);
        List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
        for (int point = 0; point < 2; point++) {
            List<String> fields = Arrays.asList(lines.get(point + 1).split(",", -1));
            assertThat(fields).hasSameSizeAs(header);
            for (int column = 0; column < header.size(); column++) {
                Object value = t.get("points[" + point + "]." + header.get(column));
                String expected = value == null ? "" : value instanceof BigDecimal n ? n.toPlainString()
                        : value.toString();
                assertThat(fields.get(column)).as(header.get(column)).isEqualTo(expected);
            }
        }
    }

    @Test
    void trends_inUtcWeeks_giveOnePointThatIsTheSummary() {
        JsonPath t = json(as("analyst").get("/analytics/trends?" + window + "&asOf=" + far + "&interval=week")
                .then().statusCode(200).extract().asString());
        assertThat(t.getList("points.start", String.class)).containsExactly(history.day.toString());
        assertThat(t.getLong("points[0].filed")).isEqualTo(4);
        assertThat(t.getString("points[0].timeToResolve.meanSeconds")).isEqualTo("33000.00");
        assertThat(t.getString("points[0].satisfaction.meanScore")).isEqualTo("3.67");
    }

    @Test
    void hotspotsByOwner_countEachComplaintWithItsOwnerAsOfTheMoment() {
        // At +1d 10:02 A was still owner-1's (reassigned at 10:05): owner-1 has A and B, owner-2 C and D.
        assertThat(owners(afterReopening)).isEqualTo(Map.of("owner-1", 2, "owner-2", 2));
        assertThat(owners(far)).isEqualTo(Map.of("owner-1", 1, "owner-2", 3));
        JsonPath early = json(as("analyst").get("/analytics/hotspots?by=owner&" + window + "&asOf="
                + history.at("09:00:30")).then().statusCode(200).extract().asString());
        assertThat(early.getLong("complaints")).isZero();
        assertThat(early.getLong("excluded")).as("A had no owner yet").isEqualTo(1);
    }

    private Map<String, Integer> owners(Instant asOf) {
        JsonPath answer = json(as("analyst").get("/analytics/hotspots?by=owner&" + window + "&asOf=" + asOf)
                .then().statusCode(200).extract().asString());
        Map<String, Integer> owners = new LinkedHashMap<>();
        List<Map<String, Object>> cells = answer.getList("cells");
        cells.forEach(cell -> owners.put(((Map<?, ?>) cell.get("key")).get("owner").toString(),
                ((Number) cell.get("count")).intValue()));
        return owners;
    }

    @Test
    void badParameters_areAllNamedInOne400() {
        List<String> named = as("analyst").get("/analytics/trends?from=yesterday&asOf=later&interval=month"
                        + "&tz=Mars/Olympus").then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath().getList("errors.field", String.class);
        assertThat(named).containsExactlyInAnyOrder("from", "asOf", "interval", "tz");
    }

    @Test
    void rebuild_givesTheSameAnswers() {
        String before = as("analyst").get("/analytics/summary?" + window + "&asOf=" + far).asString();
        String past = as("analyst").get("/analytics/summary?" + window + "&asOf=" + afterReopening).asString();
        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                as("operator").get("/admin/rebuild").then().extract().jsonPath().getString("state")));
        assertThat(as("analyst").get("/analytics/summary?" + window + "&asOf=" + far).asString()).isEqualTo(before);
        assertThat(as("analyst").get("/analytics/summary?" + window + "&asOf=" + afterReopening).asString())
                .isEqualTo(past);
    }

    private JsonPath summary(Instant asOf) {
        return json(as("analyst").get("/analytics/summary?" + window + "&asOf=" + asOf).then().statusCode(200)
                .extract().asString());
    }

    private static JsonPath json(String body) {
        return new JsonPath(body).using(EXACT);
    }

    private static Map<String, Object> longs(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void assertIncidentRate(JsonPath s, long customers, String perCustomer, long repeats,
            String repeatShare, long contacts, String perComplaint) {
        assertThat(s.getLong("incidentRate.complainingCustomers")).isEqualTo(customers);
        assertThat(s.getString("incidentRate.complaintsPerCustomer")).isEqualTo(perCustomer);
        assertThat(s.getLong("incidentRate.repeatComplaints")).isEqualTo(repeats);
        assertThat(s.getString("incidentRate.repeatShare")).isEqualTo(repeatShare);
        assertThat(s.getLong("incidentRate.contacts")).isEqualTo(contacts);
        assertThat(s.getString("incidentRate.contactsPerComplaint")).isEqualTo(perComplaint);
    }

    private static void assertDurations(JsonPath s, String name, long count, Long p50, Long p90, String mean) {
        assertThat(s.getLong(name + ".count")).isEqualTo(count);
        assertThat(s.get(name + ".p50Seconds") == null ? null : s.getLong(name + ".p50Seconds")).isEqualTo(p50);
        assertThat(s.get(name + ".p90Seconds") == null ? null : s.getLong(name + ".p90Seconds")).isEqualTo(p90);
        assertThat(s.getString(name + ".meanSeconds")).isEqualTo(mean);
    }

    private static void assertRate(JsonPath s, String name, long count, long of, String rate) {
        assertThat(s.getLong(name + ".count")).as(name).isEqualTo(count);
        assertThat(s.getLong(name + ".of")).as(name).isEqualTo(of);
        assertThat(s.getString(name + ".rate")).as(name).isEqualTo(rate);
    }

    private static void assertSatisfaction(JsonPath s, long responses, String mean, long satisfied, String share) {
        assertThat(s.getLong("satisfaction.responses")).isEqualTo(responses);
        assertThat(s.getString("satisfaction.meanScore")).isEqualTo(mean);
        assertThat(s.getLong("satisfaction.satisfied")).isEqualTo(satisfied);
        assertThat(s.getString("satisfaction.satisfiedShare")).isEqualTo(share);
    }
}
