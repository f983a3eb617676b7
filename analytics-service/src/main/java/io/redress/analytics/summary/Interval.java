package io.redress.analytics.summary;

/** The intervals trends are counted in: a calendar day, or an ISO week (Monday to Sunday), in the asked time zone. */
public enum Interval {
    DAY, WEEK
}
