package io.redress.analytics.risk;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Channel;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.EventEnvelope;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four customers with scores worked out by hand from the points in {@link AtRiskResource#SCORE}, as of {@link #T}
 * and 20 days before it:
 * <pre>
 *  cust-r1  K1 MAJOR T−10d, SLA breach, resolved, answered 1, reopened (open again); value 5,000
 *           K2 MINOR T−100d resolved; value 4,000; K3 MINOR T−400d (more than 365 days before)
 *  cust-r2  CRITICAL T−40d, resolved T−39d, answered 3 T−38d; value 100
 *  cust-r3  MINOR T−5d, resolved
 *  cust-r4  MODERATE T−200d, never resolved; no value
 * </pre>
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class AtRiskTest {

    private static final Instant T = Instant.parse("2011-06-01T12:00:00Z");
    private static final String WINDOW = "from=2010-01-01T00:00:00Z&to=2011-07-01T00:00:00Z";
    private static boolean published;

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final List<EventEnvelope> events = new ArrayList<>();

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        UUID k1 = filed("cust-r1", Severity.MAJOR, 10, "5000");
        add(new SlaBreached(k1, days(9), SlaClock.RESOLVE, days(9)));
        add(resolved(k1, days(8)));
        add(new SatisfactionRecorded(k1, days(7), 1, false, false, false, false, null, true));
        add(new ComplaintReopened(k1, days(7).plusSeconds(1), "unhappy", "followup"));
        add(resolved(filed("cust-r1", Severity.MINOR, 100, "4000"), days(99)));
        add(resolved(filed("cust-r1", Severity.MINOR, 400, null), days(399)));
        UUID r2 = filed("cust-r2", Severity.CRITICAL, 40, "100");
        add(resolved(r2, days(39)));
        add(new SatisfactionRecorded(r2, days(38), 3, true, false, false, false, null, false));
        add(resolved(filed("cust-r3", Severity.MINOR, 5, null), days(4)));
        filed("cust-r4", Severity.MODERATE, 200, null);
        kafka.publishAll(events);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(page(T, 20).getInt("items[0].score")).isEqualTo(71));
    }

    @Test
    void customers_areRankedByTheirPoints_withTheReasons() {
        JsonPath p = page(T, 20);
        assertThat(p.getList("items.customerId")).containsExactly("cust-r1", "cust-r4", "cust-r2");
        // r1: 2 complaints in 365 days 10, MAJOR 10, a breach 8, a reopening 8, an answer of 1 15, open 10 days
        // 10, contact 10 days ago 10.
        assertThat(p.getList("items[0].reasons", Map.class)).extracting(r -> r.get("factor") + "=" + r.get("points"))
                .containsExactly("REPEAT=10", "SEVERITY=10", "BREACHES=8", "REOPENINGS=8", "LOW_SATISFACTION=15",
                        "UNRESOLVED_AGE=10", "RECENT_CONTACT=10");
        assertThat(p.getInt("items[0].score")).isEqualTo(71);
        assertThat(p.getString("items[0].lifetimeValue")).as("the latest filing's").isEqualTo("5000");
        assertThat(p.getInt("items[0].complaints")).isEqualTo(2);
        assertThat(p.getInt("items[0].oldestOpenDays")).isEqualTo(10);
        // r4: MODERATE 5, open 200 days (at most 30), last contact 200 days ago 0.
        assertThat(p.getInt("items[1].score")).isEqualTo(35);
        // r2: CRITICAL 20, an answer of 3 5, contact 40 days ago 5. r3 (MINOR, contact 5 days ago: 10) is below 20.
        assertThat(p.getInt("items[2].score")).isEqualTo(30);
        assertThat(p.getInt("customersAtRisk")).isEqualTo(3);
        assertThat(new BigDecimal(p.getString("valueAtRisk"))).isEqualByComparingTo("5100");
        assertThat(p.getString("next")).isNull();
    }

    @Test
    void asOfTwentyDaysEarlier_givesThePast() {
        JsonPath p = page(T.minus(Duration.ofDays(20)), 20);
        // r1 had only K2 (MINOR, resolved, 80 days before: 5). r2: 20 + 5 + contact 20 days before 10 = 35;
        // r4: 5 + 30 (180 days open) = 35; a tie goes by customer id.
        assertThat(p.getList("items.customerId")).containsExactly("cust-r2", "cust-r4");
        assertThat(p.getList("items.score", Integer.class)).containsExactly(35, 35);
        assertThat(p.getInt("customersAtRisk")).isEqualTo(2);
    }

    @Test
    void pages_followTheNextLinkToTheEnd_andTheCsvHasTheSameRows() {
        JsonPath first = page(T, 2);
        assertThat(first.getList("items.customerId")).containsExactly("cust-r1", "cust-r4");
        String next = first.getString("next");
        assertThat(next).contains("asOf=" + T);
        JsonPath second = as("analyst").get(next).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.customerId")).containsExactly("cust-r2");
        assertThat(second.getInt("customersAtRisk")).isEqualTo(3);
        assertThat(second.getString("next")).isNull();

        String csv = as("analyst").accept("text/csv").get("/analytics/customers/at-risk?" + WINDOW + "&asOf=" + T)
                .then().statusCode(200).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("cust-r1,71,5000,2,MAJOR,1,1,1,10,");
        assertThat(lines.get(2)).startsWith("cust-r4,35,,1,MODERATE,0,0,0,200,");
        assertThat(lines.get(3)).startsWith("cust-r2,30,100,1,CRITICAL,0,0,0,,");
    }

    @Test
    void badParameters_areNamed_andRolesHold() {
        List<String> fields = as("analyst").get("/analytics/customers/at-risk?limit=0&cursor=%21%21&asOf=x").then()
                .statusCode(400).extract().jsonPath().getList("errors.field", String.class);
        assertThat(fields).containsExactlyInAnyOrder("limit", "cursor", "asOf");
        TestTokens.assertAccess("GET", "/analytics/customers/at-risk", Set.of("analyst", "operator"));
    }

    private static JsonPath page(Instant asOf, int limit) {
        return as("analyst").get("/analytics/customers/at-risk?" + WINDOW + "&asOf=" + asOf + "&limit=" + limit)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Instant days(int before) {
        return T.minus(Duration.ofDays(before));
    }

    private UUID filed(String customer, Severity severity, int daysBefore, String value) {
        UUID id = UUID.randomUUID();
        Instant received = days(daysBefore);
        add(new ComplaintFiled(id, received, customer, null, Channel.EMAIL, "billing", severity, "Crafted", null, null,
                null, null, null, received, null, value == null ? null : new BigDecimal(value), 0, List.of()));
        return id;
    }

    private static ComplaintResolved resolved(UUID id, Instant at) {
        return new ComplaintResolved(id, at, "owner-1", new Remedy(RemedyType.REFUND, null, null), false, null,
                false, "Done");
    }

    private void add(ComplaintEvent event) {
        events.add(EventEnvelope.first(event, "/test"));
    }
}
