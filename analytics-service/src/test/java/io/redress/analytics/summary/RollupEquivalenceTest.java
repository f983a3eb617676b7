package io.redress.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.analytics.hotspot.Dimension;
import io.redress.analytics.hotspot.Grouping;
import io.redress.analytics.hotspot.HotspotReads;
import io.redress.analytics.hotspot.HotspotReads.Counted;
import io.redress.analytics.query.Window;
import io.redress.analytics.recovery.Recovery;
import io.redress.analytics.recovery.RecoveryReads;
import io.redress.analytics.risk.AtRisk;
import io.redress.analytics.risk.RiskReads;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summary from the rollup ({@link RollupReads}) equals the summary computed from the facts ({@link FigureSql},
 * the figures' definition), figure for figure, over a random history. The windows: with and without whole days, edges
 * inside days, a whole calendar month (its month sums), unbounded ends. The moments: far after, inside a day, at
 * midnight, at an event's exact time, between a complaint's receipt and its filing, before an import filed late with
 * old receipt times (out of each customer's receipt order), just after the month while its steps go on. Also ties
 * between steps, steps read out of time order, reopenings and second resolutions. The trends, the recovery answer,
 * the customers at risk and the hot spots are compared the same way.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class RollupEquivalenceTest {

    private static final Instant DAY = Instant.parse("1995-03-01T00:00:00Z");
    /** Every 25th complaint is received in the six days from here, the month's last day, with steps into April. */
    private static final Instant MONTH_END = Instant.parse("1995-03-31T00:00:00Z").minus(Duration.ofDays(5));
    private static final Instant IMPORTED = DAY.plus(Duration.ofDays(7)).plusSeconds(3_600);
    /**
     * Every 50th complaint is received in the hour before DAY and imported this late, after the paradox's 90 days:
     * it becomes its customer's first complaint, and the customer leaves the cohort of the one that was first.
     */
    private static final Instant LATE_IMPORT = DAY.plus(Duration.ofDays(120));

    @Inject
    Pool pool;

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private static final int COMPLAINTS = 300;
    /** The history is published once for both tests (the test instance is not kept between them). */
    private static final Random RANDOM = new Random(1995);
    /** The lifetime values, drawn apart so that they leave the history's other draws as they were. */
    private static final Random VALUES = new Random(2026);
    private static final List<EventEnvelope> EVENTS = new ArrayList<>();
    private static Instant tie;
    private static Instant beforeFiling;
    /** The 90th day after a first resolution: the moment a customer may enter the paradox's cohorts. */
    private static Instant ninetieth;
    private static int contacts;
    private static int answers;

    private final Random random = RANDOM;
    private final List<EventEnvelope> events = EVENTS;

    @BeforeEach
    void publishTheHistoryOnce() {
        if (!events.isEmpty()) {
            return;
        }
        for (int i = 0; i < COMPLAINTS; i++) {
            complaint(i);
        }
        kafka.publishAll(events);
        Window all = new Window(DAY.minus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(40)),
                DAY.plus(Duration.ofDays(400)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Summary facts = FigureReads.summary(pool, all).await().indefinitely();
            assertThat(facts.filed()).isEqualTo(COMPLAINTS);
            assertThat(facts.incidentRate().contacts()).isEqualTo(COMPLAINTS + contacts);
            assertThat(facts.satisfaction().responses()).isEqualTo(answers);
            assertThat(RollupReads.summary(pool, all).await().indefinitely().satisfaction().responses())
                    .isEqualTo(answers);
        });
    }

    @Test
    void rollupSummary_equalsFactSummary_forEveryWindowAndMoment() {
        int compared = 0;
        for (Instant[] bounds : windows()) {
            for (Instant asOf : moments()) {
                Window window = new Window(bounds[0], bounds[1], asOf);
                Summary facts = FigureReads.summary(pool, window).await().indefinitely();
                Summary rollup = RollupReads.summary(pool, window).await().indefinitely();
                assertThat(rollup).as("from %s to %s as of %s", bounds[0], bounds[1], asOf).isEqualTo(facts);
                compared += facts.filed() > 0 ? 1 : 0;
            }
        }
        assertThat(compared).as("windows with complaints in them").isGreaterThan(40);
    }

    /**
     * The trends from the rollup ({@link TrendReads}) equal those from the facts ({@link FigureSql#bucketed}) point
     * for point, by day and by week, in UTC, in zones a whole number of hours away (their intervals start an hour or
     * two from a UTC midnight, and Berlin's clocks change on 1995-03-26) and in one half an hour off.
     */
    @Test
    void rollupTrends_equalFactTrends_forEveryWindowMomentIntervalAndZone() {
        int points = 0;
        for (String zone : List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata")) {
            for (Interval interval : Interval.values()) {
                for (Instant[] bounds : windows()) {
                    for (Instant asOf : moments()) {
                        Window window = new Window(bounds[0], bounds[1], asOf);
                        List<TrendPoint> facts = FigureReads.trends(pool, window, interval, ZoneId.of(zone))
                                .await().indefinitely();
                        List<TrendPoint> rollup = TrendReads.trends(pool, window, interval, ZoneId.of(zone))
                                .await().indefinitely();
                        assertThat(rollup).as("%s %s from %s to %s as of %s", interval, zone, bounds[0], bounds[1],
                                asOf).isEqualTo(facts);
                        points += facts.size();
                    }
                }
            }
        }
        assertThat(points).as("points compared").isGreaterThan(1_000);
    }

    /**
     * The recovery answer's splits of the answers from the rollup ({@link RecoveryReads#read}) equal those computed
     * from the facts by their definition ({@link RecoveryReads#fromFacts}): by driver, by drivers present, by apology,
     * by the remedy and the extra mile of the latest resolution before each answer (second resolutions after a
     * reopening included), and the two mixes; and the paradox from its changes ({@code rollup/Paradoxes}) equals the
     * paradox computed from the facts: at a first resolution's 90th day, before and after late imports that become a
     * customer's first complaint.
     */
    @Test
    void rollupRecovery_equalsFactRecovery_forEveryWindowAndMoment() {
        int compared = 0;
        int cohorts = 0;
        for (Instant[] bounds : windows()) {
            for (Instant asOf : moments()) {
                Window window = new Window(bounds[0], bounds[1], asOf);
                Recovery facts = RecoveryReads.fromFacts(pool, window).await().indefinitely();
                Recovery rollup = RecoveryReads.read(pool, window).await().indefinitely();
                assertThat(rollup).as("from %s to %s as of %s", bounds[0], bounds[1], asOf).isEqualTo(facts);
                compared += facts.answers().responses() > 0 ? 1 : 0;
                cohorts += facts.paradox().stream().anyMatch(p -> p.happyFirst().complainedAgain() > 0
                        && p.unhappyFirst().nextAnswers() > 0) ? 1 : 0;
            }
        }
        assertThat(compared).as("windows with answers in them").isGreaterThan(30);
        assertThat(cohorts).as("windows with both paradox cohorts complaining again").isGreaterThan(5);
    }

    @Test
    void rollupCustomersAtRisk_equalFactCustomersAtRisk_forEveryWindowAndMoment() {
        int ranked = 0;
        // A window that holds the year before asOf reads the risk spans: also as its complaints leave the year.
        List<Instant> leaving = List.of(DAY.plus(Duration.ofDays(365)).minusSeconds(1), DAY.plus(Duration.ofDays(365)),
                DAY.plus(Duration.ofDays(368)).plusMillis(17), DAY.plus(Duration.ofDays(365 + 120)));
        List<Instant[]> windows = new ArrayList<>(windows());
        windows.add(new Instant[] {DAY.minus(Duration.ofDays(1)), Instant.parse("2100-01-01T00:00:00Z")});
        int fromSpans = 0;
        for (Instant[] bounds : windows) {
            List<Instant> moments = new ArrayList<>(moments());
            if (bounds[0] == null || bounds[1] == null || bounds[1].isAfter(DAY.plus(Duration.ofDays(999)))) {
                moments.addAll(leaving);
            }
            for (Instant asOf : moments) {
                Window window = new Window(bounds[0], bounds[1], asOf);
                for (int minScore : new int[] {0, 20}) {
                    AtRisk facts = RiskReads.fromFacts(pool, window, minScore, 100).await().indefinitely();
                    AtRisk rollup = RiskReads.read(pool, window, minScore, 100).await().indefinitely();
                    assertThat(rollup).as("from %s to %s as of %s, min score %d", bounds[0], bounds[1], asOf,
                            minScore).isEqualTo(facts);
                    ranked += minScore > 0 && facts.customersAtRisk() > 5 ? 1 : 0;
                    fromSpans += bounds[0] != null && RiskReads.spansAnswer(window) ? 1 : 0;
                }
            }
        }
        assertThat(ranked).as("windows with more than five customers at risk").isGreaterThan(20);
        assertThat(fromSpans).as("bounded windows holding the year, answered from the spans").isGreaterThan(4);
    }

    @Test
    void hotspotOwners_lookedUpOnlyForReassignedComplaints_equalTheDefinition_forEveryWindowAndMoment() {
        int owned = 0;
        for (Grouping grouping : List.of(new Grouping(Dimension.OWNER, null),
                new Grouping(Dimension.OWNER, Dimension.CHANNEL))) {
            for (Instant[] bounds : windows()) {
                for (Instant asOf : moments()) {
                    Window window = new Window(bounds[0], bounds[1], asOf);
                    Counted definition = HotspotReads.countByDefinition(pool, window, grouping, ZoneOffset.UTC)
                            .await().indefinitely();
                    Counted counted = HotspotReads.count(pool, window, grouping, ZoneOffset.UTC).await()
                            .indefinitely();
                    String at = "%s from %s to %s as of %s".formatted(grouping, bounds[0], bounds[1], asOf);
                    assertThat(counted.cells()).as(at).containsExactlyInAnyOrderElementsOf(definition.cells());
                    assertThat(counted.excluded()).as(at).isEqualTo(definition.excluded());
                    owned += definition.cells().size() > 2 && definition.excluded() > 0 ? 1 : 0;
                }
            }
        }
        assertThat(owned).as("windows with owners and with complaints not yet assigned").isGreaterThan(20);
    }

    @Test
    void hotspotsFromDaySums_equalTheFacts_forEveryWindowAndMoment() {
        int counted = 0;
        for (Grouping grouping : List.of(new Grouping(Dimension.COMPONENT, Dimension.COMPONENT_VERSION),
                new Grouping(Dimension.COMPONENT, null), new Grouping(Dimension.CHANNEL, null),
                new Grouping(Dimension.CATEGORY, null), new Grouping(Dimension.EMPLOYEE, null))) {
            for (Instant[] bounds : windows()) {
                for (Instant asOf : moments()) {
                    Window window = new Window(bounds[0], bounds[1], asOf);
                    Counted definition = HotspotReads.countByDefinition(pool, window, grouping, ZoneOffset.UTC)
                            .await().indefinitely();
                    Counted days = HotspotReads.count(pool, window, grouping, ZoneOffset.UTC).await().indefinitely();
                    String at = "%s from %s to %s as of %s".formatted(grouping, bounds[0], bounds[1], asOf);
                    assertThat(days.cells()).as(at).containsExactlyInAnyOrderElementsOf(definition.cells());
                    assertThat(days.excluded()).as(at).isEqualTo(definition.excluded());
                    counted += definition.cells().size() > 2 && definition.excluded() > 0 ? 1 : 0;
                }
            }
        }
        assertThat(counted).as("windows with cells and with complaints lacking a value").isGreaterThan(40);
    }

    /**
     * Hours and weekdays from the hour sums equal the facts in UTC, in Berlin (whose clocks go forward among the
     * month's last complaints) and in India (half an hour off: the facts answer), the first and last receipt times
     * (where an unbounded window's exposure starts and ends) included.
     */
    @Test
    void hotspotsFromHourSums_equalTheFacts_forEveryWindowMomentAndZone() {
        int counted = 0;
        for (String zone : List.of("UTC", "Europe/Berlin", "Asia/Kolkata")) {
            for (Grouping grouping : List.of(new Grouping(Dimension.HOUR, null),
                    new Grouping(Dimension.HOUR, Dimension.EMPLOYEE),
                    new Grouping(Dimension.EMPLOYEE, Dimension.WEEKDAY),
                    new Grouping(Dimension.WEEKDAY, Dimension.HOUR))) {
                for (Instant[] bounds : windows()) {
                    for (Instant asOf : moments()) {
                        Window window = new Window(bounds[0], bounds[1], asOf);
                        Counted definition = HotspotReads.countByDefinition(pool, window, grouping, ZoneId.of(zone))
                                .await().indefinitely();
                        Counted hours = HotspotReads.count(pool, window, grouping, ZoneId.of(zone)).await()
                                .indefinitely();
                        String at = "%s in %s from %s to %s as of %s".formatted(grouping, zone, bounds[0], bounds[1],
                                asOf);
                        assertThat(hours.cells()).as(at).containsExactlyInAnyOrderElementsOf(definition.cells());
                        assertThat(hours.excluded()).as(at).isEqualTo(definition.excluded());
                        assertThat(hours.firstReceived()).as(at).isEqualTo(definition.firstReceived());
                        assertThat(hours.lastReceived()).as(at).isEqualTo(definition.lastReceived());
                        counted += definition.cells().size() > 2 && definition.excluded() > 0 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(counted).as("windows with cells and with complaints lacking an employee").isGreaterThan(100);
    }

    private static List<Instant[]> windows() {
        return List.of(
                new Instant[] {DAY, DAY.plus(Duration.ofDays(6))},
                new Instant[] {DAY.plus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(3))},
                new Instant[] {DAY.plus(Duration.ofMinutes(317)), DAY.plus(Duration.ofHours(4 * 24 + 13))},
                new Instant[] {DAY.plus(Duration.ofHours(49)), DAY.plus(Duration.ofHours(68))},
                new Instant[] {DAY.plus(Duration.ofDays(2)).minusNanos(1_000), DAY.plus(Duration.ofDays(3))},
                new Instant[] {null, DAY.plus(Duration.ofHours(3 * 24 + 7))},
                new Instant[] {DAY.plus(Duration.ofHours(51)), null},
                new Instant[] {DAY, Instant.parse("1995-04-01T00:00:00Z")},
                new Instant[] {null, null});
    }

    private static List<Instant> moments() {
        return List.of(DAY.plus(Duration.ofDays(60)), DAY.plus(Duration.ofMinutes(2 * 1440 + 754)),
                DAY.plus(Duration.ofDays(4)), IMPORTED.minusSeconds(1), IMPORTED, tie, beforeFiling,
                DAY.plusSeconds(6 * 3_600),
                DAY.plus(Duration.ofDays(5)).plusMillis(123_456), Instant.parse("1995-04-01T12:00:00Z"),
                DAY.plus(Duration.ofDays(93)), ninetieth, LATE_IMPORT.minusSeconds(1), LATE_IMPORT,
                DAY.plus(Duration.ofDays(250)), DAY.plus(Duration.ofDays(300)));
    }

    /**
     * One complaint of one of 40 customers: every tenth filed late by an import, every 50th by a later one, every
     * 25th received at the month's end, its steps at random moments.
     */
    private void complaint(int i) {
        UUID id = UUID.randomUUID();
        Instant received = (i % 25 == 3 ? MONTH_END : DAY).plusSeconds(random.nextLong(6 * 86_400L))
                .plusNanos(random.nextInt(1_000_000) * 1_000L);
        if (i % 50 == 21) {
            received = DAY.minusSeconds(1 + random.nextInt(3_600));
        }
        Instant filed = i % 10 == 9 ? IMPORTED
                : i % 50 == 21 ? LATE_IMPORT : received.plusSeconds(random.nextInt(5));
        if (beforeFiling == null && filed.isAfter(received.plusSeconds(2)) && filed.isBefore(IMPORTED)) {
            beforeFiling = received.plusSeconds(1);
        }
        add(new ComplaintFiled(id, filed, "rollup-" + random.nextInt(40), null,
                Channel.values()[random.nextInt(Channel.values().length)], "cat-" + random.nextInt(3),
                Severity.values()[random.nextInt(Severity.values().length)], "Random", "router",
                VALUES.nextInt(6) == 0 ? null : "fw-" + VALUES.nextInt(3),
                VALUES.nextInt(6) == 0 ? null : String.valueOf(1 + VALUES.nextInt(3)),
                VALUES.nextInt(8) == 0 ? null : "emp-" + VALUES.nextInt(4), null, received, null,
                VALUES.nextInt(4) == 0 ? null : BigDecimal.valueOf(100 + VALUES.nextInt(500_000), 2),
                random.nextInt(3) == 0 ? 1 : 0,
                List.of()));
        Instant t = filed;
        if (random.nextInt(10) < 9) {
            add(new ComplaintAssigned(id, t = later(t), "owner-" + random.nextInt(3), "care", "test", null));
            if (VALUES.nextInt(4) == 0) {
                // Reassigned up to two days later, now and then at the same instant.
                add(new ComplaintAssigned(id, VALUES.nextInt(5) == 0 ? t : t.plusSeconds(VALUES.nextInt(172_800)),
                        "owner-" + VALUES.nextInt(3), "care", "test", null));
            }
        }
        if (random.nextInt(10) < 8) {
            Instant ack = later(t);
            if (random.nextInt(5) == 0) {
                add(new ComplaintAcknowledged(id, ack.plusSeconds(900), "owner", false, "Again", "owner"));
            }
            add(new ComplaintAcknowledged(id, ack, "owner", random.nextBoolean(), "Sorry", "owner"));
            t = ack;
        }
        for (int c = random.nextInt(3); c > 0; c--) {
            contacts++;
            add(new ContactLogged(id, t = later(t), Channel.PHONE, "Again", 2));
        }
        if (random.nextInt(3) == 0) {
            add(new SlaBreached(id, t = later(t), SlaClock.RESOLVE, t));
            add(new ComplaintEscalated(id, t, 1 + random.nextInt(2), "lead", "breached"));
        }
        if (random.nextInt(10) < 8) {
            add(resolved(id, t = later(t)));
            ninetieth = ninetieth == null ? t.plus(Duration.ofDays(90)) : ninetieth;
            if (random.nextInt(3) == 0) {
                Instant reopened = random.nextBoolean() ? t : later(t);
                tie = tie == null ? reopened : tie;
                add(new ComplaintReopened(id, reopened, "not fixed", "followup"));
                if (random.nextBoolean()) {
                    add(resolved(id, t = later(reopened)));
                }
            }
            if (random.nextBoolean()) {
                answers++;
                add(new SatisfactionRecorded(id, t = later(t), 1 + random.nextInt(5), random.nextBoolean(),
                        random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), null, false));
            }
            if (random.nextInt(5) < 2) {
                add(new ComplaintClosed(id, later(t), ClosureOutcome.SATISFIED));
            }
        }
    }

    /** A moment up to two days after, to the microsecond. */
    private Instant later(Instant t) {
        return t.plusSeconds(random.nextInt(2 * 86_400)).plusNanos(random.nextInt(1_000_000) * 1_000L);
    }

    /** A resolution with one of five remedies (three compensating), an extra mile one time in three. */
    private ComplaintResolved resolved(UUID id, Instant at) {
        RemedyType remedy = List.of(RemedyType.REFUND, RemedyType.EXPLANATION, RemedyType.REPAIR, RemedyType.DISCOUNT,
                RemedyType.UPGRADE).get(random.nextInt(5));
        return new ComplaintResolved(id, at, "owner", new Remedy(remedy, null, null), false,
                random.nextInt(3) == 0 ? "Called back" : null, random.nextBoolean(), "Fixed");
    }

    private void add(ComplaintEvent event) {
        events.add(EventEnvelope.first(event, "/test"));
    }
}
