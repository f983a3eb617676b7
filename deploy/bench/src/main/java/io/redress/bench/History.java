package io.redress.bench;

import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.FollowUpKind;
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Whole complaint lives as every service would have written them, for analytics at scale: complaint {@code i} is
 * received at an even spread over {@code span} from {@code start} (mostly in business hours), from one of
 * {@code complaints / 3} customers, and lives through assignment, acknowledgement, resolution, follow-ups, an answer
 * and the close, with contacts, breaches, escalations and reopenings now and then: about eight events each.
 * Deterministic per index (a seeded random), so a run can be repeated.
 */
final class History {

    private static final Channel[] CHANNELS = Channel.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final RemedyType[] REMEDIES = RemedyType.values();
    private static final String[] CATEGORIES = {"billing", "delivery", "outage", "staff-behaviour", "product-defect",
        "installation", "contract", "roaming", "device", "website"};

    private final Instant start;
    private final Duration span;
    private final int complaints;

    History(Instant start, Duration span, int complaints) {
        this.start = start;
        this.span = span;
        this.complaints = complaints;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return start.plus(span);
    }

    /** Complaint {@code i}'s events, in the order its services would have appended them. */
    List<EventEnvelope> life(int i) {
        Random random = new Random(i * 7_919L + 13);
        long slot = span.toSeconds() / complaints;
        Instant day = start.plusSeconds(slot * i).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        int hour = random.nextInt(10) < 8 ? 8 + random.nextInt(10) : random.nextInt(24);
        Instant received = day.plusSeconds(hour * 3600L + random.nextInt(3600));
        UUID id = UUID.nameUUIDFromBytes(("bench-history-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String customer = "hist-" + (i % Math.max(1, complaints / 3));
        String component = "component-" + random.nextInt(20);
        List<EventEnvelope> events = new ArrayList<>(10);
        Instant at = received.plusSeconds(2);
        events.add(intake(new ComplaintFiled(id, at, customer, null, CHANNELS[random.nextInt(CHANNELS.length)],
                CATEGORIES[random.nextInt(CATEGORIES.length)], SEVERITIES[random.nextInt(SEVERITIES.length)],
                "encrypted", "fibre-500", component, "1." + random.nextInt(5), "emp-" + random.nextInt(200), null,
                received, null, BigDecimal.valueOf(100 + random.nextInt(5_000)), random.nextInt(3), List.of())));
        String owner = "owner-" + random.nextInt(300);
        at = at.plusSeconds(1);
        events.add(resolution(new ComplaintAssigned(id, at, owner, "care", "bench", null)));
        at = at.plusSeconds(600 + random.nextInt(7_200));
        if (random.nextInt(10) == 0) {
            events.add(resolution(new SlaBreached(id, at, SlaClock.ACKNOWLEDGE, at.minusSeconds(60))));
            if (random.nextInt(2) == 0) {
                events.add(resolution(new ComplaintEscalated(id, at.plusSeconds(1), 1, "lead-1", "breach")));
            }
        }
        events.add(resolution(new ComplaintAcknowledged(id, at, owner, random.nextInt(3) > 0, "Sorry", owner)));
        if (random.nextInt(10) < 4) {
            at = at.plusSeconds(3_600 + random.nextInt(86_400));
            events.add(intake(new ContactLogged(id, at, CHANNELS[random.nextInt(CHANNELS.length)], "encrypted", 2)));
        }
        int rounds = random.nextInt(12) == 0 ? 2 : 1;
        for (int round = 0; round < rounds; round++) {
            at = at.plusSeconds(3_600 + random.nextInt(3 * 86_400));
            events.add(resolution(new ComplaintResolved(id, at, owner,
                    new Remedy(REMEDIES[random.nextInt(REMEDIES.length)], null, null), random.nextBoolean(),
                    random.nextInt(5) == 0 ? "extra" : null, random.nextInt(3) == 0, "Done")));
            UUID survey = new UUID(random.nextLong(), random.nextLong());
            events.add(followup(new FollowUpScheduled(id, at, survey, FollowUpKind.SATISFACTION_SURVEY, at)));
            events.add(followup(new FollowUpSent(id, at.plusSeconds(1), survey, FollowUpKind.SATISFACTION_SURVEY)));
            if (random.nextInt(10) < 7) {
                at = at.plusSeconds(600 + random.nextInt(86_400));
                int score = round + 1 < rounds ? 1 + random.nextInt(2) : 1 + random.nextInt(5);
                events.add(followup(new SatisfactionRecorded(id, at, score, random.nextBoolean(),
                        random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), null, round + 1 < rounds)));
            }
            if (round + 1 < rounds) {
                at = at.plusSeconds(1);
                events.add(resolution(new ComplaintReopened(id, at, "low score", "followup")));
            }
        }
        if (random.nextInt(10) < 9) {
            events.add(followup(new ComplaintClosed(id, at.plus(Duration.ofDays(3)), ClosureOutcome.SATISFIED)));
        }
        return events;
    }

    private static EventEnvelope intake(io.redress.events.ComplaintEvent event) {
        return EventEnvelope.first(event, "/redress/intake");
    }

    private static EventEnvelope resolution(io.redress.events.ComplaintEvent event) {
        return EventEnvelope.first(event, "/redress/resolution");
    }

    private static EventEnvelope followup(io.redress.events.ComplaintEvent event) {
        return EventEnvelope.first(event, "/redress/followup");
    }
}
