package io.redress.analytics.rollup;

import io.redress.analytics.query.Window;
import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One customer's defection risk over all of asOf (pure): the spans of asOf over which the score's factors stay the
 * same, for the unbounded window. The factors change only at a filing, at a resolution, reopening, answer, contact,
 * first breach or first close, on each of an open complaint's first 30 whole days, 30 and 90 days after a contact,
 * and 365 days after a receipt, when the complaint leaves the year; so a customer has a few dozen spans, and the
 * customers at risk as of a moment read the one span of each customer that holds it. The factors are those of
 * {@code RiskSql.FACTS} and are tested against it.
 */
public final class RiskSpans {

    public static final Duration YEAR = Duration.ofDays(365);
    private static final Duration DAY = Duration.ofDays(1);
    private static final int MAX_OPEN_POINTS = 30;

    /**
     * The factors for every asOf in {@code [from, to)}.
     *
     * @param severityRank   0 MINOR to 3 CRITICAL, the highest of the complaints
     * @param openSince      the receipt of the oldest open complaint; null with none open
     * @param openPoints     the open complaint's whole days, at most 30 (constant over the span)
     * @param recencyPoints  10 for a last contact in the 30 days before asOf, 5 in the 90, else 0
     * @param lifetimeValue  the latest complaint's (by receipt, then id) that carried one; null if none did
     */
    public record Span(Instant from, Instant to, int complaints, int severityRank, int breaches, int reopenings,
            int unhappy, int lukewarm, Instant openSince, Instant lastContact, BigDecimal lifetimeValue,
            int openPoints, int recencyPoints) {

        /** The score: the same points as {@code RiskSql}'s. */
        public int score() {
            return 10 * (complaints - 1) + new int[] {0, 5, 10, 20}[severityRank] + 8 * breaches + 8 * reopenings
                    + 15 * unhappy + 5 * lukewarm + openPoints + recencyPoints;
        }

        boolean sameFactors(Span o) {
            return complaints == o.complaints && severityRank == o.severityRank && breaches == o.breaches
                    && reopenings == o.reopenings && unhappy == o.unhappy && lukewarm == o.lukewarm
                    && Objects.equals(openSince, o.openSince) && Objects.equals(lastContact, o.lastContact)
                    && (lifetimeValue == null ? o.lifetimeValue == null
                            : o.lifetimeValue != null && lifetimeValue.compareTo(o.lifetimeValue) == 0)
                    && openPoints == o.openPoints && recencyPoints == o.recencyPoints;
        }

        Span until(Instant end) {
            return new Span(from, end, complaints, severityRank, breaches, reopenings, unhappy, lukewarm, openSince,
                    lastContact, lifetimeValue, openPoints, recencyPoints);
        }
    }

    private RiskSpans() {
    }

    /** Whether a step of this kind can change a risk score. */
    public static boolean matters(Kind kind) {
        return switch (kind) {
            case RESOLVED, REOPENED, SATISFACTION, CONTACT, BREACHED, CLOSED -> true;
            default -> false;
        };
    }

    /** The spans of one customer's complaints, oldest first; none where no complaint counts. */
    public static List<Span> of(List<Timeline> timelines) {
        return from(timelines, null);
    }

    /**
     * The spans from {@code cut} on, oldest first, the first starting at {@code cut} (null: at the first moment): a
     * change at {@code cut} leaves every asOf before it as it was. Only the complaints still in the year at
     * {@code cut} are read, and only the moments after it, so a customer with many complaints stays cheap.
     */
    public static List<Span> from(List<Timeline> timelines, Instant cut) {
        List<Timeline> counted = timelines.stream().filter(RiskSpans::inWindow)
                .filter(t -> cut == null || t.receivedAt().plus(YEAR).isAfter(cut)).toList();
        TreeSet<Instant> all = moments(counted);
        List<Instant> moments = new ArrayList<>();
        if (cut != null) {
            moments.add(cut);
        }
        moments.addAll(cut == null ? all : all.tailSet(cut, false));
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < moments.size(); i++) {
            Span span = at(counted, moments.get(i), moments.get(i + 1));
            if (span == null) {
                continue;
            }
            Span last = spans.isEmpty() ? null : spans.getLast();
            if (last != null && last.to().equals(span.from()) && last.sameFactors(span)) {
                spans.set(spans.size() - 1, last.until(span.to()));
            } else {
                spans.add(span);
            }
        }
        return spans;
    }

    private static boolean inWindow(Timeline t) {
        return !t.receivedAt().isBefore(Window.BEGINNING) && t.receivedAt().isBefore(Window.END);
    }

    /** Every moment a factor can change at. */
    private static TreeSet<Instant> moments(List<Timeline> timelines) {
        TreeSet<Instant> moments = new TreeSet<>();
        for (Timeline t : timelines) {
            moments.add(t.filedAt());
            moments.add(t.receivedAt().plus(YEAR));
            for (int day = 1; day <= MAX_OPEN_POINTS; day++) {
                moments.add(t.receivedAt().plus(DAY.multipliedBy(day)));
            }
            contactMoments(moments, t.receivedAt());
            for (Step step : t.steps()) {
                if (matters(step.kind())) {
                    moments.add(step.at());
                }
                if (step.kind() == Kind.CONTACT) {
                    contactMoments(moments, step.at());
                }
            }
        }
        return moments;
    }

    private static void contactMoments(TreeSet<Instant> moments, Instant contact) {
        moments.add(contact.plus(Duration.ofDays(30)));
        moments.add(contact.plus(Duration.ofDays(90)));
    }

    /** The factors as of {@code asOf}, holding until {@code end}; null when no complaint counts then. */
    private static Span at(List<Timeline> timelines, Instant asOf, Instant end) {
        int complaints = 0;
        int severity = 0;
        int breaches = 0;
        int reopenings = 0;
        int unhappy = 0;
        int lukewarm = 0;
        Instant openSince = null;
        Instant lastContact = null;
        Timeline valued = null;
        for (Timeline t : timelines) {
            if (t.filedAt().isAfter(asOf) || !t.receivedAt().plus(YEAR).isAfter(asOf)) {
                continue;
            }
            complaints++;
            severity = Math.max(severity, t.severity().ordinal());
            int resolutions = 0;
            int reopened = 0;
            boolean breached = false;
            boolean closed = false;
            Instant contact = t.receivedAt();
            for (Step step : t.steps()) {
                if (step.at().isAfter(asOf)) {
                    continue;
                }
                switch (step.kind()) {
                    case RESOLVED -> resolutions++;
                    case REOPENED -> reopened++;
                    case SATISFACTION -> {
                        int score = Recoveries.score(step);
                        unhappy += score <= 2 ? 1 : 0;
                        lukewarm += score == 3 ? 1 : 0;
                    }
                    case CONTACT -> contact = step.at().isAfter(contact) ? step.at() : contact;
                    case BREACHED -> breached = true;
                    case CLOSED -> closed = true;
                    default -> {
                    }
                }
            }
            breaches += breached ? 1 : 0;
            reopenings += reopened;
            if (!(resolutions > reopened || closed)
                    && (openSince == null || t.receivedAt().isBefore(openSince))) {
                openSince = t.receivedAt();
            }
            lastContact = lastContact == null || contact.isAfter(lastContact) ? contact : lastContact;
            if (t.lifetimeValue() != null && (valued == null || later(t, valued))) {
                valued = t;
            }
        }
        if (complaints == 0) {
            return null;
        }
        int open = openSince == null ? 0
                : (int) Math.min(MAX_OPEN_POINTS, Duration.between(openSince, asOf).dividedBy(DAY));
        int recency = lastContact.plus(Duration.ofDays(30)).isAfter(asOf) ? 10
                : lastContact.plus(Duration.ofDays(90)).isAfter(asOf) ? 5 : 0;
        return new Span(asOf, end, complaints, severity, breaches, reopenings, unhappy, lukewarm, openSince,
                lastContact, valued == null ? null : valued.lifetimeValue(), open, recency);
    }

    /** Later by receipt, then by complaint id as PostgreSQL orders uuids (their bytes, unsigned). */
    private static boolean later(Timeline a, Timeline b) {
        int c = a.receivedAt().compareTo(b.receivedAt());
        return c != 0 ? c > 0 : compare(a.complaintId(), b.complaintId()) > 0;
    }

    static int compare(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
