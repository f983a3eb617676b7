package io.redress.analytics.rollup;

import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One complaint as the summary's rollup sees it ({@code analytics_rollup_complaint}): the filing's fields the summary
 * counts by and every later step at its event time, folded by {@link TimelineFold}. {@link Contributions} turns it
 * into what it adds to each figure and when.
 *
 * Times are kept to the microsecond, as PostgreSQL stores them. {@code receivedAt} is never later than the filing
 * (a source clock ahead of intake's by up to the five minutes intake accepts is read as the filing time), so a
 * complaint received after a moment was filed after it too.
 *
 * @param repeat         the filing carried {@code priorComplaints} ≥ 1
 * @param lifetimeValue  the customer's lifetime value as the filing carried it; null without one
 * @param prevReceivedAt when the customer's previous complaint (by receipt time, then id) was received; kept by
 *                       {@link SummaryRollup} across complaints, null for the customer's first
 * @param steps          the steps after the filing, in the order they were read
 */
public record Timeline(UUID complaintId, String customerId, Severity severity, Channel channel, String category,
        Instant receivedAt, Instant filedAt, boolean repeat, BigDecimal lifetimeValue, Instant prevReceivedAt,
        List<Step> steps) {

    /** What a step was. */
    public enum Kind {
        ASSIGNED('A'), ACKNOWLEDGED('K'), CONTACT('C'), BREACHED('B'), ESCALATED('E'), RESOLVED('R'), REOPENED('O'),
        SATISFACTION('S'), CLOSED('X');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        private static final Kind[] BY_CODE = new Kind[128];

        static {
            for (Kind kind : values()) {
                BY_CODE[kind.code] = kind;
            }
        }

        static Kind of(char code) {
            Kind kind = code < BY_CODE.length ? BY_CODE[code] : null;
            if (kind == null) {
                throw new IllegalArgumentException("no step kind " + code);
            }
            return kind;
        }
    }

    /**
     * One step at its event time.
     *
     * @param value ACKNOWLEDGED: 1 with an apology; ESCALATED: the level; RESOLVED and SATISFACTION: as
     *              {@link Recoveries} packs them (the first contact, the extra mile, the remedy; the score, the
     *              drivers); else 0
     */
    public record Step(Kind kind, Instant at, int value) {
    }

    public Timeline {
        steps = List.copyOf(steps);
    }

    static Timeline of(ComplaintFiled filed) {
        Instant filedAt = micros(filed.occurredAt());
        Instant received = micros(filed.receivedAt());
        return new Timeline(filed.complaintId(), filed.customerId(), filed.severity(), filed.channel(),
                filed.category(), received.isAfter(filedAt) ? filedAt : received, filedAt,
                filed.priorComplaints() >= 1, filed.customerLifetimeValue(), null, List.of());
    }

    Timeline with(Step step) {
        List<Step> next = new ArrayList<>(steps.size() + 1);
        next.addAll(steps);
        next.add(new Step(step.kind(), micros(step.at()), step.value()));
        return new Timeline(complaintId, customerId, severity, channel, category, receivedAt, filedAt, repeat,
                lifetimeValue, prevReceivedAt, next);
    }

    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The steps as stored: {@code code epochMicros [:value]}, comma-separated. */
    String encodedSteps() {
        StringBuilder text = new StringBuilder(steps.size() * 20);
        for (Step step : steps) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(step.kind().code).append(ChronoUnit.MICROS.between(Instant.EPOCH, step.at()));
            if (step.value() != 0) {
                text.append(':').append(step.value());
            }
        }
        return text.toString();
    }

    /** The steps of {@link #encodedSteps}, parsed in place (answers decode thousands of timelines each). */
    static List<Step> decodeSteps(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>(8);
        int i = 0;
        int end = text.length();
        while (i < end) {
            Kind kind = Kind.of(text.charAt(i++));
            long micros = 0;
            boolean negative = i < end && text.charAt(i) == '-';
            if (negative) {
                i++;
            }
            int digits = i;
            while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                micros = micros * 10 + (text.charAt(i++) - '0');
            }
            if (i == digits) {
                throw new IllegalArgumentException("malformed steps at " + i + ": " + text);
            }
            int value = 0;
            if (i < end && text.charAt(i) == ':') {
                boolean below = ++i < end && text.charAt(i) == '-';
                if (below) {
                    i++;
                }
                while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    value = value * 10 + (text.charAt(i++) - '0');
                }
                value = below ? -value : value;
            }
            if (i < end && (text.charAt(i++) != ',' || i == end)) {
                throw new IllegalArgumentException("malformed steps at " + i + ": " + text);
            }
            micros = negative ? -micros : micros;
            steps.add(new Step(kind, Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), value));
        }
        return steps;
    }
}
