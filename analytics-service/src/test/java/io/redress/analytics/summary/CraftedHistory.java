package io.redress.analytics.summary;

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
import io.redress.events.RootCauseIdentified;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Four complaints received on Monday {@link #DAY} (UTC) and one root cause, with every step at a chosen time, for
 * figures worked out by hand in {@link FiguresTest}:
 * <pre>
 *            received  prior  severity  channel   category  steps (times after DAY)
 *  A cust-1  09:00     0      MAJOR     PHONE     billing   assigned 09:01 owner-1, ack 09:30, contact 10:00,
 *                                                           resolved +1d 09:00 (not first contact), score 2 +1d 10:00,
 *                                                           reopened +1d 10:00:01, reassigned +1d 10:05 owner-2,
 *                                                           resolved +2d 09:00, score 4 +2d 10:00, closed +5d
 *  B cust-1  12:00     1      MINOR     EMAIL     billing   assigned 12:01, breach (ack) 13:00, escalated 1 13:00:01,
 *                                                           ack 14:00, resolved 15:00 (first contact), score 5 16:00
 *  C cust-2  20:00     0      MODERATE  WEB_FORM  delivery  assigned 20:01, escalated 1 21:00, escalated 2 22:00,
 *                                                           breach (resolve) 22:30, contacts 22:40 and 22:50
 *  D cust-3  23:00     2      MAJOR     PHONE     delivery  assigned 23:01, ack 23:10, resolved 23:30 (first contact)
 *  root cause +3d linking A and C
 * </pre>
 * Each filing is written 5 seconds after its receipt.
 */
final class CraftedHistory {

    final Instant day;
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();
    final UUID d = UUID.randomUUID();
    final List<EventEnvelope> events = new ArrayList<>();

    CraftedHistory(Instant day) {
        this.day = day;
        filed(a, "cust-1", "09:00", 0, Severity.MAJOR, Channel.PHONE, "billing");
        add(new ComplaintAssigned(a, at("09:01"), "owner-1", "care", "test", null));
        add(new ComplaintAcknowledged(a, at("09:30"), "owner-1", true, "Sorry", "owner-1"));
        add(new ContactLogged(a, at("10:00"), Channel.PHONE, "Called again", 2));
        add(resolved(a, at(1, "09:00"), false));
        add(new SatisfactionRecorded(a, at(1, "10:00"), 2, false, false, false, false, null, true));
        add(new ComplaintReopened(a, at(1, "10:00:01"), "low score", "followup"));
        add(new ComplaintAssigned(a, at(1, "10:05"), "owner-2", "care", "test", "owner-1"));
        add(resolved(a, at(2, "09:00"), false));
        add(new SatisfactionRecorded(a, at(2, "10:00"), 4, true, true, false, true, null, false));
        add(new ComplaintClosed(a, at(5, "00:00"), ClosureOutcome.SATISFIED));

        filed(b, "cust-1", "12:00", 1, Severity.MINOR, Channel.EMAIL, "billing");
        add(new ComplaintAssigned(b, at("12:01"), "owner-1", "care", "test", null));
        add(new SlaBreached(b, at("13:00"), SlaClock.ACKNOWLEDGE, at("12:59")));
        add(new ComplaintEscalated(b, at("13:00:01"), 1, "lead-1", "acknowledge breached"));
        add(new ComplaintAcknowledged(b, at("14:00"), "owner-1", false, "On it", "owner-1"));
        add(resolved(b, at("15:00"), true));
        add(new SatisfactionRecorded(b, at("16:00"), 5, true, true, true, true, null, false));

        filed(c, "cust-2", "20:00", 0, Severity.MODERATE, Channel.WEB_FORM, "delivery");
        add(new ComplaintAssigned(c, at("20:01"), "owner-2", "care", "test", null));
        add(new ComplaintEscalated(c, at("21:00"), 1, "lead-1", "stuck"));
        add(new ComplaintEscalated(c, at("22:00"), 2, "head-1", "still stuck"));
        add(new SlaBreached(c, at("22:30"), SlaClock.RESOLVE, at("22:29")));
        add(new ContactLogged(c, at("22:40"), Channel.EMAIL, "Where is it?", 2));
        add(new ContactLogged(c, at("22:50"), Channel.PHONE, "Still waiting", 3));

        filed(d, "cust-3", "23:00", 2, Severity.MAJOR, Channel.PHONE, "delivery");
        add(new ComplaintAssigned(d, at("23:01"), "owner-2", "care", "test", null));
        add(new ComplaintAcknowledged(d, at("23:10"), "owner-2", true, "Sorry", "owner-2"));
        add(resolved(d, at("23:30"), true));

        events.add(EventEnvelope.first(new RootCauseIdentified(UUID.randomUUID(), at(3, "00:00"), "Late couriers",
                "delivery", null, List.of("Parcels arrive late."), "New courier", List.of(a, c)), "/test"));
    }

    Instant at(String time) {
        return at(0, time);
    }

    Instant at(int days, String time) {
        String full = time.length() == 5 ? time + ":00" : time;
        return day.plus(Duration.ofDays(days)).plus(Duration.between(Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2000-01-01T" + full + "Z")));
    }

    private void filed(UUID id, String customer, String received, int prior, Severity severity, Channel channel,
            String category) {
        Instant receivedAt = at(received);
        add(new ComplaintFiled(id, receivedAt.plusSeconds(5), customer, null, channel, category, severity,
                "Crafted", "router", "firmware", "6.2", "emp-1", null, receivedAt, null, null, prior, List.of()));
    }

    private static ComplaintResolved resolved(UUID id, Instant at, boolean firstContact) {
        return new ComplaintResolved(id, at, "owner", new Remedy(RemedyType.REFUND, null, null), false, null,
                firstContact, "Fixed");
    }

    private void add(ComplaintEvent event) {
        events.add(EventEnvelope.first(event, "/test"));
    }
}
