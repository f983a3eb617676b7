package io.redress.analytics.recovery;

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
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintResolved;
import io.redress.events.EventEnvelope;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /analytics/recovery} over four answered complaints received on {@link #DAY}, and the next complaints of
 * three of their customers, every figure worked out by hand:
 * <pre>
 *  P1 cust-p1 MAJOR  apology     REFUND       extra mile  score 5, all four drivers
 *  P2 cust-p2 MAJOR  no apology  EXPLANATION              score 2, no driver
 *  P3 cust-p3 MINOR  apology     DISCOUNT                 score 3, ownership
 *  P4 cust-p4 MINOR  (no ack)    REPAIR       extra mile  score 4, ownership and regret
 *  next: cust-p1 30 days later (answered 4), cust-p2 100 days later, cust-p4 10 days later (answered 2)
 * </pre>
 * P1 and P2 are received at 09:00 and answered at 10:20, P3 and P4 at 11:00 and 12:20.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class RecoveryTest {

    private static final Instant DAY = Instant.parse("2004-03-01T00:00:00Z");
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
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
        complaint("cust-p1", Severity.MAJOR, 9, true, RemedyType.REFUND, "Sent flowers", 5, true, true, true, true);
        complaint("cust-p2", Severity.MAJOR, 9, false, RemedyType.EXPLANATION, null, 2, false, false, false, false);
        complaint("cust-p3", Severity.MINOR, 11, true, RemedyType.DISCOUNT, null, 3, true, false, false, false);
        complaint("cust-p4", Severity.MINOR, 11, null, RemedyType.REPAIR, "Came on Sunday", 4, true, false, false,
                true);
        next("cust-p1", 30, 4);
        next("cust-p2", 100, null);
        next("cust-p4", 10, 2);
        kafka.publishAll(events);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(recovery(DAY.plus(Duration.ofDays(200))).getLong("answers.responses")).isEqualTo(4);
            assertThat(recovery(DAY.plus(Duration.ofDays(200))).getLong("paradox[2].happyFirst.nextAnswers"))
                    .isEqualTo(1);
        });
    }

    @Test
    void splits_giveTheFiguresWorkedOutByHand() {
        JsonPath r = recovery(DAY.plus(Duration.ofDays(200)));
        // Scores 5, 2, 3, 4: mean 3.50; 5 and 4 satisfied.
        assertGroup(r, "answers", 4, "3.50", 2, "0.5000");
        assertGroup(r, "drivers.ownershipTaken.with", 3, "4.00", 2, "0.6667");
        assertGroup(r, "drivers.ownershipTaken.without", 1, "2.00", 0, "0.0000");
        assertGroup(r, "drivers.feltValued.with", 1, "5.00", 1, "1.0000");
        assertGroup(r, "drivers.feltValued.without", 3, "3.00", 1, "0.3333");
        assertGroup(r, "drivers.resolvedQuickly.with", 1, "5.00", 1, "1.0000");
        assertGroup(r, "drivers.regretExpressed.with", 2, "4.50", 2, "1.0000");
        assertGroup(r, "drivers.regretExpressed.without", 2, "2.50", 0, "0.0000");
        assertGroup(r, "driversPresent.0", 1, "2.00", 0, "0.0000");
        assertGroup(r, "driversPresent.1", 1, "3.00", 0, "0.0000");
        assertGroup(r, "driversPresent.2", 1, "4.00", 1, "1.0000");
        assertGroup(r, "driversPresent.3", 0, null, 0, null);
        assertGroup(r, "driversPresent.4", 1, "5.00", 1, "1.0000");
        // An apology before the answer: P1 and P3.
        assertGroup(r, "apology.with", 2, "4.00", 1, "0.5000");
        assertGroup(r, "apology.without", 2, "3.00", 1, "0.5000");
        assertGroup(r, "byRemedy.REFUND", 1, "5.00", 1, "1.0000");
        assertGroup(r, "byRemedy.DISCOUNT", 1, "3.00", 0, "0.0000");
        assertGroup(r, "byRemedy.EXPLANATION", 1, "2.00", 0, "0.0000");
        assertGroup(r, "byRemedy.REPAIR", 1, "4.00", 1, "1.0000");
        assertGroup(r, "extraMile.with", 2, "4.50", 2, "1.0000");
        assertGroup(r, "extraMile.without", 2, "2.50", 0, "0.0000");
        // Compensated (REFUND, DISCOUNT): P1 said ownership and regret, P3 did not. Not compensated: P4 said both.
        assertGroup(r, "compensationWithoutOwnershipAndRegret", 1, "3.00", 0, "0.0000");
        assertGroup(r, "ownershipAndRegretWithoutCompensation", 1, "4.00", 1, "1.0000");
    }

    @Test
    void paradox_comparesHappyAndUnhappyFirstComplaints_bySeverity() {
        JsonPath r = recovery(DAY.plus(Duration.ofDays(200)));
        assertThat(r.getList("paradox.severity")).containsExactly("MINOR", "MODERATE", "MAJOR", "CRITICAL");
        // MAJOR: P1 happy, back 30 days later and answered 4; P2 unhappy, back only after 100 days.
        assertCohort(r, "paradox[2].happyFirst", 1, 1, "1.0000", 1, "4.00");
        assertCohort(r, "paradox[2].unhappyFirst", 1, 0, "0.0000", 0, null);
        // MINOR: P4 happy, back 10 days later and answered 2; P3's 3 is neither.
        assertCohort(r, "paradox[0].happyFirst", 1, 1, "1.0000", 1, "2.00");
        assertCohort(r, "paradox[0].unhappyFirst", 0, 0, null, 0, null);
        assertCohort(r, "paradox[1].happyFirst", 0, 0, null, 0, null);
    }

    @Test
    void asOfTheMorning_countsOnlyTheAnswersGivenByThen_andNoParadoxYet() {
        JsonPath r = recovery(DAY.plusSeconds(11 * 3600));
        assertGroup(r, "answers", 2, "3.50", 1, "0.5000");
        assertGroup(r, "apology.with", 1, "5.00", 1, "1.0000");
        assertCohort(r, "paradox[2].happyFirst", 0, 0, null, 0, null);
    }

    @Test
    void everyPath_admitsOnlyItsRoles() {
        TestTokens.assertAccess("GET", "/analytics/recovery", Set.of("analyst", "operator"));
        as("analyst").get("/analytics/recovery?asOf=soon").then().statusCode(400);
    }

    private static JsonPath recovery(Instant asOf) {
        return new JsonPath(as("analyst").get("/analytics/recovery?from=" + DAY + "&to=" + DAY.plus(Duration.ofDays(1))
                + "&asOf=" + asOf).then().statusCode(200).extract().asString()).using(EXACT);
    }

    private static void assertGroup(JsonPath r, String path, long responses, String mean, long satisfied,
            String share) {
        assertThat(r.getLong(path + ".responses")).as(path).isEqualTo(responses);
        assertThat(r.getString(path + ".meanScore")).as(path).isEqualTo(mean);
        assertThat(r.getLong(path + ".satisfied")).as(path).isEqualTo(satisfied);
        assertThat(r.getString(path + ".satisfiedShare")).as(path).isEqualTo(share);
    }

    private static void assertCohort(JsonPath r, String path, long customers, long again, String share,
            long answers, String mean) {
        assertThat(r.getLong(path + ".customers")).as(path).isEqualTo(customers);
        assertThat(r.getLong(path + ".complainedAgain")).as(path).isEqualTo(again);
        assertThat(r.getString(path + ".againShare")).as(path).isEqualTo(share);
        assertThat(r.getLong(path + ".nextAnswers")).as(path).isEqualTo(answers);
        assertThat(r.getString(path + ".nextMeanScore")).as(path).isEqualTo(mean);
    }

    private void complaint(String customer, Severity severity, int hour, Boolean apologized, RemedyType remedy,
            String extraMile, int score, boolean ownership, boolean valued, boolean quick, boolean regret) {
        UUID id = UUID.randomUUID();
        Instant received = DAY.plusSeconds(hour * 3600L);
        add(filed(id, customer, severity, received));
        if (apologized != null) {
            add(new ComplaintAcknowledged(id, received.plusSeconds(600), "owner-1", apologized, "Hello", "owner-1"));
        }
        add(new ComplaintResolved(id, received.plusSeconds(3600), "owner-1", new Remedy(remedy, null, null), false,
                extraMile, false, "Done"));
        add(new SatisfactionRecorded(id, received.plusSeconds(4800), score, ownership, valued, quick, regret, null));
    }

    private void next(String customer, int days, Integer score) {
        UUID id = UUID.randomUUID();
        Instant received = DAY.plus(Duration.ofDays(days)).plusSeconds(9 * 3600);
        add(filed(id, customer, Severity.MINOR, received));
        if (score != null) {
            add(new ComplaintResolved(id, received.plusSeconds(3600), "owner-1",
                    new Remedy(RemedyType.APOLOGY, null, null), false, null, true, "Done"));
            add(new SatisfactionRecorded(id, received.plus(Duration.ofDays(1)), score, true, true, true, true,
                    null));
        }
    }

    private static ComplaintFiled filed(UUID id, String customer, Severity severity, Instant received) {
        return new ComplaintFiled(id, received.plusSeconds(5), customer, null, Channel.EMAIL, "billing", severity,
                "Crafted", null, null, null, null, null, received, null, null, 0, List.of());
    }

    private void add(ComplaintEvent event) {
        events.add(EventEnvelope.first(event, "/test"));
    }
}
