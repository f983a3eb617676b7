package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import java.time.Instant;

/**
 * What one complaint adds to its customer's defection-risk score, counted over every step it has (pure): the
 * resolutions, reopenings, answers of 1–2 and of 3, the latest contact, and the first breach and close. The counts
 * hold for any asOf at or after {@code countedUntil}, the latest of the steps counted; an earlier asOf counts the
 * complaint's steps up to it instead (the customers at risk read the occurrences of those few).
 *
 * @param countedUntil the latest resolution, reopening, answer or contact; null with none
 */
public record RiskCounts(int resolutions, int reopenings, int unhappy, int lukewarm, Instant lastContactAt,
        Instant breachedAt, Instant closedAt, Instant countedUntil) {

    public static RiskCounts of(Timeline t) {
        int resolutions = 0;
        int reopenings = 0;
        int unhappy = 0;
        int lukewarm = 0;
        Instant lastContact = null;
        Instant until = null;
        for (Step step : t.steps()) {
            switch (step.kind()) {
                case RESOLVED -> resolutions++;
                case REOPENED -> reopenings++;
                case SATISFACTION -> {
                    int score = Recoveries.score(step);
                    unhappy += score <= 2 ? 1 : 0;
                    lukewarm += score == 3 ? 1 : 0;
                }
                case CONTACT -> lastContact = latest(lastContact, step.at());
                default -> {
                    continue;
                }
            }
            until = latest(until, step.at());
        }
        return new RiskCounts(resolutions, reopenings, unhappy, lukewarm, lastContact, first(t, Kind.BREACHED),
                first(t, Kind.CLOSED), until);
    }

    private static Instant first(Timeline t, Kind kind) {
        return Contributions.first(t, kind).map(Step::at).orElse(null);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
