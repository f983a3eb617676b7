package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The recovery paradox of one customer as of every moment, from the timelines of all their complaints: the changes to
 * the cohort figures at the moments they happen, so that the figures as of asOf are the sum of the changes at or
 * before it. The figures as of a moment m are the definition's ({@code RecoverySql.PARADOX}): the customer's first
 * complaint filed by m (by receipt, then complaint id), when its first resolution is at least 90 days before m and
 * its first answer by m is happy (4–5) or unhappy (1–2), counts one customer in the cohort of its severity; one
 * more "again" when a complaint filed by m was received in the 90 days after that resolution; and the first answer by
 * m to the first of those (by receipt, then id) adds an answer and its score. They only change at a filing, a first
 * resolution's 90th day or an answer, so {@link #of} evaluates them at each such moment and keeps the differences.
 * Two answers of one complaint at the same instant count the first read (the facts: the lower event id).
 */
public final class Paradoxes {

    /** The time the customer had to complain again. */
    public static final Duration AFTER = Duration.ofDays(90);

    /** PostgreSQL's order of uuids: their bytes unsigned. */
    private static final Comparator<UUID> UUIDS = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    private static final Comparator<Timeline> RECEIPT = Comparator.comparing(Timeline::receivedAt)
            .thenComparing(Timeline::complaintId, UUIDS);

    /**
     * A change to one cohort's figures at a moment.
     *
     * @param receivedAt the receipt of the first complaint that puts the customer in the cohort (the window's)
     */
    public record Change(Instant receivedAt, Instant at, String severity, boolean happy, int customers, int again,
            int answers, int score) {
    }

    /** The customer's place in a cohort as of one moment. */
    private record State(Instant receivedAt, String severity, boolean happy, int again, int answers, int score) {
    }

    private Paradoxes() {
    }

    /** Whether a step of this kind can change the paradox (filings always can). */
    public static boolean matters(Kind kind) {
        return kind == Kind.RESOLVED || kind == Kind.SATISFACTION;
    }

    /** @param timelines every complaint of one customer */
    public static List<Change> of(List<Timeline> timelines) {
        TreeSet<Instant> moments = new TreeSet<>();
        for (Timeline t : timelines) {
            moments.add(t.filedAt());
            Contributions.first(t, Kind.RESOLVED).ifPresent(s -> moments.add(s.at().plus(AFTER)));
            t.steps().stream().filter(s -> s.kind() == Kind.SATISFACTION).forEach(s -> moments.add(s.at()));
        }
        List<Timeline> byReceipt = timelines.stream().sorted(RECEIPT).toList();
        List<Change> changes = new ArrayList<>();
        State before = null;
        for (Instant m : moments) {
            State now = at(byReceipt, m);
            if (Objects.equals(before, now)) {
                continue;
            }
            if (before != null && now != null && before.receivedAt().equals(now.receivedAt())
                    && before.severity().equals(now.severity()) && before.happy() == now.happy()) {
                changes.add(new Change(now.receivedAt(), m, now.severity(), now.happy(), 0,
                        now.again() - before.again(), now.answers() - before.answers(),
                        now.score() - before.score()));
            } else {
                if (before != null) {
                    changes.add(new Change(before.receivedAt(), m, before.severity(), before.happy(), -1,
                            -before.again(), -before.answers(), -before.score()));
                }
                if (now != null) {
                    changes.add(new Change(now.receivedAt(), m, now.severity(), now.happy(), 1, now.again(),
                            now.answers(), now.score()));
                }
            }
            before = now;
        }
        return changes;
    }

    private static State at(List<Timeline> byReceipt, Instant m) {
        Timeline first = byReceipt.stream().filter(t -> !t.filedAt().isAfter(m)).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        Instant resolved = Contributions.first(first, Kind.RESOLVED).map(Step::at).orElse(null);
        if (resolved == null || resolved.plus(AFTER).isAfter(m)) {
            return null;
        }
        Integer score = firstAnswer(first, m);
        if (score == null || score == 3) {
            return null;
        }
        Instant until = resolved.plus(AFTER);
        Timeline next = byReceipt.stream().filter(t -> !t.filedAt().isAfter(m) && t.receivedAt().isAfter(resolved)
                && !t.receivedAt().isAfter(until)).findFirst().orElse(null);
        Integer nextScore = next == null ? null : firstAnswer(next, m);
        return new State(first.receivedAt(), first.severity().name(), score >= 4, next == null ? 0 : 1,
                nextScore == null ? 0 : 1, nextScore == null ? 0 : nextScore);
    }

    /** The score of the earliest answer at or before m. */
    private static Integer firstAnswer(Timeline t, Instant m) {
        Step first = null;
        for (Step step : t.steps()) {
            if (step.kind() == Kind.SATISFACTION && !step.at().isAfter(m)
                    && (first == null || step.at().isBefore(first.at()))) {
                first = step;
            }
        }
        return first == null ? null : Recoveries.score(first);
    }
}
