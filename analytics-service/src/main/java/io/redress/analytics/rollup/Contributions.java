package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import io.redress.events.Channel;
import io.redress.events.Severity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one complaint adds to each summary figure and when: the pure function both the rollup's upkeep and its reader
 * use, so that the figures as of a moment are the sum of the contributions at or before it. Every figure of the
 * summary except the distinct customers and the percentiles is such a sum; the percentiles are read from the
 * {@code ack.b*} and {@code res.b*} histograms, refined on the rows ({@link #bucket}).
 */
public final class Contributions {

    /** What a complaint adds to a figure at a moment. */
    public record Delta(Instant at, String figure, long n) {
    }

    public static final String FILED = "filed";
    public static final String CONTACTS = "contacts";
    public static final String REPEAT = "repeat";
    public static final String ASSIGNED = "assigned";
    public static final String BREACHED = "breached";
    public static final String RESOLVED = "resolved";
    public static final String FIRST_CONTACT = "fcr";
    public static final String REOPENED = "reopened";
    /** +1 when the complaint becomes resolved (more resolutions than reopenings) or closed, −1 when it stops being. */
    public static final String SETTLED = "settled";
    public static final String RESPONSES = "responses";
    public static final String SCORE = "score";
    public static final String SATISFIED = "satisfied";
    public static final String SEVERITY = "severity:";
    public static final String CHANNEL = "channel:";
    public static final String CATEGORY = "category:";
    public static final String ESCALATION = "escalation:";
    /**
     * The time to acknowledge ({@code ack.}) and to resolve ({@code res.}): count, sum of seconds, histogram, and a
     * checksum of the durations ({@link #check}).
     */
    public static final String ACK = "ack.";
    public static final String RES = "res.";
    public static final String COUNT = "count";
    public static final String SUM = "sum";
    public static final String BUCKET = "b";
    public static final String CHECK = "check";

    /** Figure names built once: every answer names a few thousand figures of a few hundred kinds. */
    private static final String[] SEVERITIES = names(SEVERITY, Severity.values());
    private static final String[] CHANNELS = names(CHANNEL, Channel.values());
    private static final String[] ACK_BUCKETS = buckets(ACK);
    private static final String[] RES_BUCKETS = buckets(RES);
    private static final String[] ESCALATIONS = new String[16];
    private static final int CATEGORY_NAMES = 4_096;
    private static final Map<String, String> CATEGORIES = new ConcurrentHashMap<>();

    static {
        for (int level = 0; level < ESCALATIONS.length; level++) {
            ESCALATIONS[level] = ESCALATION + level;
        }
    }

    private Contributions() {
    }

    public static List<Delta> of(Timeline t) {
        List<Delta> deltas = new ArrayList<>(24);
        Instant filed = t.filedAt();
        deltas.add(new Delta(filed, FILED, 1));
        deltas.add(new Delta(filed, CONTACTS, 1));
        if (t.repeat()) {
            deltas.add(new Delta(filed, REPEAT, 1));
        }
        deltas.add(new Delta(filed, SEVERITIES[t.severity().ordinal()], 1));
        deltas.add(new Delta(filed, CHANNELS[t.channel().ordinal()], 1));
        deltas.add(new Delta(filed, category(t.category()), 1));
        for (Step step : t.steps()) {
            switch (step.kind()) {
                case CONTACT -> deltas.add(new Delta(step.at(), CONTACTS, 1));
                case ESCALATED -> deltas.add(new Delta(step.at(), step.value() >= 0 && step.value() < ESCALATIONS.length
                        ? ESCALATIONS[step.value()] : ESCALATION + step.value(), 1));
                case SATISFACTION -> {
                    int score = Recoveries.score(step);
                    deltas.add(new Delta(step.at(), RESPONSES, 1));
                    deltas.add(new Delta(step.at(), SCORE, score));
                    if (score >= 4) {
                        deltas.add(new Delta(step.at(), SATISFIED, 1));
                    }
                    Recoveries.add(t, step, deltas);
                }
                default -> {
                }
            }
        }
        first(t, Kind.ASSIGNED).ifPresent(s -> deltas.add(new Delta(s.at(), ASSIGNED, 1)));
        first(t, Kind.BREACHED).ifPresent(s -> deltas.add(new Delta(s.at(), BREACHED, 1)));
        first(t, Kind.REOPENED).ifPresent(s -> deltas.add(new Delta(s.at(), REOPENED, 1)));
        first(t, Kind.ACKNOWLEDGED).ifPresent(s -> duration(deltas, ACK, s.at(), seconds(t, s.at())));
        first(t, Kind.RESOLVED).ifPresent(s -> {
            deltas.add(new Delta(s.at(), RESOLVED, 1));
            if (Recoveries.firstContact(s)) {
                deltas.add(new Delta(s.at(), FIRST_CONTACT, 1));
            }
            duration(deltas, RES, s.at(), seconds(t, s.at()));
        });
        settled(t, deltas);
        return deltas;
    }

    /** The step of this kind with the earliest time (the first read among equal times), if any. */
    public static Optional<Step> first(Timeline t, Kind kind) {
        Step first = null;
        for (Step step : t.steps()) {
            if (step.kind() == kind && (first == null || step.at().isBefore(first.at()))) {
                first = step;
            }
        }
        return Optional.ofNullable(first);
    }

    /** Whole seconds from receipt to the step, rounded down, 0 when the step came first. */
    public static long seconds(Timeline t, Instant at) {
        return Math.max(0, Math.floorDiv(ChronoUnit.MICROS.between(t.receivedAt(), at), 1_000_000L));
    }

    /**
     * The histogram bucket of a duration: 0 to 14 seconds each their own, then sixteen buckets per power of two (each
     * at most a sixteenth of its lower bound wide), in the order of the durations. Integer arithmetic, so the writer
     * and the reader always agree.
     */
    public static int bucket(long seconds) {
        long v = seconds + 1;
        if (v < 16) {
            return (int) (v - 1);
        }
        int e = 63 - Long.numberOfLeadingZeros(v);
        return (e << 4) | (int) ((v >> (e - 4)) & 15);
    }

    /**
     * What a duration adds to its metric's checksum: 40 bits of a mix of its seconds, so that a million of them add up
     * without overflow. Summed over a window like the other figures, it tells (with the count, sum and histogram) one
     * multiset of durations from another up to a chance collision: what lets a percentile read once be reused.
     */
    public static long check(long seconds) {
        long z = seconds + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 24;
    }

    private static void duration(List<Delta> deltas, String metric, Instant at, long seconds) {
        deltas.add(new Delta(at, metric + COUNT, 1));
        deltas.add(new Delta(at, metric + SUM, seconds));
        deltas.add(new Delta(at, (metric.equals(ACK) ? ACK_BUCKETS : RES_BUCKETS)[bucket(seconds)], 1));
        deltas.add(new Delta(at, metric + CHECK, check(seconds)));
    }

    private static String category(String category) {
        String name = CATEGORIES.get(category);
        if (name == null) {
            name = CATEGORY + category;
            if (CATEGORIES.size() < CATEGORY_NAMES) {
                CATEGORIES.put(category, name);
            }
        }
        return name;
    }

    private static String[] names(String prefix, Enum<?>[] values) {
        String[] names = new String[values.length];
        for (Enum<?> value : values) {
            names[value.ordinal()] = prefix + value.name();
        }
        return names;
    }

    /** Every bucket's figure name: {@link #bucket} is below 1,024 for any non-negative long. */
    private static String[] buckets(String metric) {
        String[] names = new String[1_024];
        for (int b = 0; b < names.length; b++) {
            names[b] = metric + BUCKET + b;
        }
        return names;
    }

    /** The moments the complaint became settled (+1) or stopped being (−1), all steps at one moment taken together. */
    private static void settled(Timeline t, List<Delta> deltas) {
        List<Step> steps = t.steps().stream()
                .filter(s -> s.kind() == Kind.RESOLVED || s.kind() == Kind.REOPENED).sorted(Comparator.comparing(
                        Step::at)).toList();
        Instant closed = first(t, Kind.CLOSED).map(Step::at).orElse(null);
        List<Instant> moments = new ArrayList<>();
        steps.forEach(s -> moments.add(s.at()));
        if (closed != null) {
            moments.add(closed);
        }
        moments.sort(Comparator.naturalOrder());
        boolean settled = false;
        int resolutions = 0;
        int reopenings = 0;
        int next = 0;
        Instant previous = null;
        for (Instant moment : moments) {
            if (moment.equals(previous)) {
                continue;
            }
            previous = moment;
            while (next < steps.size() && !steps.get(next).at().isAfter(moment)) {
                if (steps.get(next++).kind() == Kind.RESOLVED) {
                    resolutions++;
                } else {
                    reopenings++;
                }
            }
            boolean now = resolutions > reopenings || (closed != null && !closed.isAfter(moment));
            if (now != settled) {
                deltas.add(new Delta(moment, SETTLED, now ? 1 : -1));
                settled = now;
            }
        }
    }
}
