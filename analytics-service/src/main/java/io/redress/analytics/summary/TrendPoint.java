package io.redress.analytics.summary;

import io.redress.analytics.summary.Figures.Durations;
import io.redress.analytics.summary.Figures.Rate;
import io.redress.analytics.summary.Figures.Satisfaction;
import java.time.Instant;

/**
 * The main figures of the complaints received in one interval, defined as in {@link Summary}.
 *
 * @param start the interval's first instant (midnight, or Monday's midnight, in the asked zone)
 */
public record TrendPoint(Instant start, long filed, long backlog, Durations timeToAcknowledge,
        Durations timeToResolve, Rate slaBreached, Rate firstContactResolved, Rate reopened,
        Satisfaction satisfaction) {

    static TrendPoint of(Instant start, MainFigures main, Satisfaction satisfaction) {
        return new TrendPoint(start, main.filed(), main.backlog(), main.timeToAcknowledge(), main.timeToResolve(),
                main.slaBreached(), main.firstContactResolved(), main.reopened(), satisfaction);
    }
}
