package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Contributions.Delta;
import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import io.redress.events.ComplaintResolved;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import java.util.Arrays;
import java.util.List;

/**
 * What an answer adds to the recovery figures, at its time: one count, the score and one if satisfied (4–5) to each
 * group it falls in — all answers, each of Gallup's four drivers present or not, how many of them were present, an
 * apology before it or not, the remedy type of the latest resolution before it ({@code NONE} when there is none) and
 * its extra mile, and the mix of compensation against ownership and regret. Figures are named
 * {@code recovery.<group>:<value>.<n|score|satisfied>}. The answer's drivers and the resolution's remedy are packed
 * into the timeline's step values, so the answer's groups follow from the timeline alone.
 */
public final class Recoveries {

    public static final String PREFIX = "recovery.";
    public static final String N = ".n";
    public static final String SCORE = ".score";
    public static final String SATISFIED = ".satisfied";
    /** The group of every answer. */
    public static final String ALL = "all:all";
    public static final String COMPENSATION_ONLY = "COMPENSATION_ONLY";
    public static final String OWNERSHIP_AND_REGRET_ONLY = "OWNERSHIP_AND_REGRET_ONLY";

    /** The remedies that give the customer something of value rather than fix the problem. */
    public static final List<RemedyType> COMPENSATING = List.of(RemedyType.REFUND, RemedyType.DISCOUNT,
            RemedyType.FEE_WAIVED, RemedyType.GOODWILL_GESTURE, RemedyType.UPGRADE);

    private static final int OWNERSHIP = 1;
    private static final int VALUED = 2;
    private static final int QUICK = 4;
    private static final int REGRET = 8;

    private Recoveries() {
    }

    /** A resolution's step value: bit 0 the first contact, bit 1 an extra mile, from bit 2 the remedy type + 1. */
    static int resolution(ComplaintResolved e) {
        boolean extraMile = e.extraMile() != null && !e.extraMile().isBlank();
        return (e.firstContact() ? 1 : 0) | (extraMile ? 2 : 0) | (e.remedy().type().ordinal() + 1) << 2;
    }

    /** An answer's step value: the score in bits 0–2, the drivers present from bit 3 (as the facts' flags). */
    static int answer(SatisfactionRecorded e) {
        int drivers = (e.ownershipTaken() ? OWNERSHIP : 0) | (e.feltValued() ? VALUED : 0)
                | (e.resolvedQuickly() ? QUICK : 0) | (e.regretExpressed() ? REGRET : 0);
        return e.score() | drivers << 3;
    }

    static boolean firstContact(Step resolution) {
        return (resolution.value() & 1) != 0;
    }

    static int score(Step answer) {
        return answer.value() & 7;
    }

    /** The groups of one answer, with what it adds to each. */
    static void add(Timeline t, Step answer, List<Delta> deltas) {
        int score = score(answer);
        int drivers = answer.value() >> 3;
        boolean ownership = (drivers & OWNERSHIP) != 0;
        boolean regret = (drivers & REGRET) != 0;
        boolean apologized = false;
        Step resolution = null;
        for (Step step : t.steps()) {
            if (step.at().isAfter(answer.at())) {
                continue;
            }
            apologized |= step.kind() == Kind.ACKNOWLEDGED && step.value() == 1;
            if (step.kind() == Kind.RESOLVED && (resolution == null || !step.at().isBefore(resolution.at()))) {
                resolution = step;
            }
        }
        int type = resolution == null ? -1 : (resolution.value() >> 2) - 1;
        RemedyType remedy = type < 0 ? RemedyType.NONE : RemedyType.values()[type];
        boolean compensated = COMPENSATING.contains(remedy);
        group(deltas, answer, Names.ALL, score);
        group(deltas, answer, Names.OWNERSHIP[ownership ? 1 : 0], score);
        group(deltas, answer, Names.VALUED[(drivers & VALUED) != 0 ? 1 : 0], score);
        group(deltas, answer, Names.QUICK[(drivers & QUICK) != 0 ? 1 : 0], score);
        group(deltas, answer, Names.REGRET[regret ? 1 : 0], score);
        group(deltas, answer, Names.DRIVERS[Integer.bitCount(drivers)], score);
        group(deltas, answer, Names.APOLOGIZED[apologized ? 1 : 0], score);
        group(deltas, answer, Names.REMEDY[remedy.ordinal()], score);
        group(deltas, answer, Names.EXTRA_MILE[resolution != null && (resolution.value() & 2) != 0 ? 1 : 0], score);
        if (compensated && !(ownership && regret)) {
            group(deltas, answer, Names.COMPENSATION_ONLY, score);
        } else if (!compensated && ownership && regret) {
            group(deltas, answer, Names.OWNERSHIP_AND_REGRET_ONLY, score);
        }
    }

    private static void group(List<Delta> deltas, Step answer, Names group, int score) {
        deltas.add(new Delta(answer.at(), group.n(), 1));
        deltas.add(new Delta(answer.at(), group.score(), score));
        if (score >= 4) {
            deltas.add(new Delta(answer.at(), group.satisfied(), 1));
        }
    }

    /** A group's three figure names, built once for every group there is. */
    private record Names(String n, String score, String satisfied) {

        static final Names ALL = of(Recoveries.ALL);
        static final Names[] OWNERSHIP = flag("ownership");
        static final Names[] VALUED = flag("valued");
        static final Names[] QUICK = flag("quick");
        static final Names[] REGRET = flag("regret");
        static final Names[] APOLOGIZED = flag("apologized");
        static final Names[] EXTRA_MILE = flag("extra_mile");
        static final Names[] DRIVERS = {of("drivers:0"), of("drivers:1"), of("drivers:2"), of("drivers:3"),
            of("drivers:4")};
        static final Names[] REMEDY = Arrays.stream(RemedyType.values()).map(r -> of("remedy:" + r.name()))
                .toArray(Names[]::new);
        static final Names COMPENSATION_ONLY = of("mix:" + Recoveries.COMPENSATION_ONLY);
        static final Names OWNERSHIP_AND_REGRET_ONLY = of("mix:" + Recoveries.OWNERSHIP_AND_REGRET_ONLY);

        static Names of(String group) {
            return new Names(PREFIX + group + N, PREFIX + group + SCORE, PREFIX + group + SATISFIED);
        }

        private static Names[] flag(String group) {
            return new Names[] {of(group + ":false"), of(group + ":true")};
        }
    }
}
