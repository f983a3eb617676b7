package io.redress.analytics.summary;

import io.redress.analytics.rollup.TimelineRows;

/** The statements of {@link RollupReads} over the {@code summary-rollup} tables. */
final class RollupSql {

    static final String TABLES = "analytics_rollup_complaint, analytics_rollup_cell, analytics_rollup_day, "
            + "analytics_rollup_week, analytics_rollup_month, analytics_rollup_hour, analytics_rollup_span, "
            + "analytics_rollup_customer, analytics_rollup_paradox, analytics_rollup_paradox_day, analytics_occurrence, "
            + "analytics_complaint, analytics_root_cause_complaint";

    static final String SPANS = """
            select receipt_day, last_day from analytics_rollup_span where receipt_day >= $1 and receipt_day < $2""";

    static final String MONTHS = """
            select figure, sum(n)::int8 as n from analytics_rollup_month where receipt_month = any($1)
            group by figure""";

    static final String DAYS = """
            select figure, sum(n)::int8 as n from analytics_rollup_day where receipt_day = any($1) group by figure""";

    static final String CELLS = """
            select figure, sum(n)::int8 as n from analytics_rollup_cell
            where receipt_day = any($1) and step_day <= $2 group by figure""";

    static final String EDGES = "select " + TimelineRows.COLUMNS + """
             from analytics_rollup_complaint
            where (received_at >= $1 and received_at < $2) or (received_at >= $3 and received_at < $4)""";

    /**
     * The whole days' complaints ($1 to $2) with a step, or their filing, between $3 and $4: compared as the format's
     * two operators say. The few thousand ids are looked up by key ({@code = any(array(…))}); as a join
     * ({@code in (…)}) the planner, weighing a window of two years against them, could read every complaint of the
     * window by receipt time and hash them (~290,000 rows for one moment at a million complaints, 0.3–0.9 s).
     */
    private static final String STEPPED = "select " + TimelineRows.COLUMNS + """
             from analytics_rollup_complaint
            where complaint_id = any(array(
              select complaint_id from analytics_occurrence where at %1$s $3 and at %2$s $4
              union select complaint_id from analytics_rollup_complaint where filed_at %1$s $3 and filed_at %2$s $4))
              and received_at >= $1 and received_at < $2""";

    /** The whole days' complaints with a step (or their filing) after asOf ($3) on asOf's day (before $4). */
    static final String LATE = STEPPED.formatted(">", "<");

    /** The whole days' complaints with a step (or their filing) from asOf's midnight ($3) to asOf ($4). */
    static final String EARLY = STEPPED.formatted(">=", "<=");

    static final String CUSTOMERS = """
            select coalesce(sum(n), 0)::int8 as n from analytics_rollup_customer
            where receipt_day >= $1 and receipt_day < $2 and prev_day < $3""";

    static final String CUSTOMERS_FROM_DAY = """
            select count(*) as n from analytics_rollup_complaint
            where prev_received_at >= $1 and prev_received_at < $2 and received_at >= $3 and received_at < $4""";

    /**
     * The customers of the window's complaints received by asOf ($2 is at most just after it) and filed after it:
     * those filed soon after receipt were received in the hour before asOf ($4), the others are marked late_filed.
     */
    static final String UNFILED = """
            select customer_id from analytics_rollup_complaint
            where received_at >= greatest($1::timestamptz, $4::timestamptz) and received_at < $2 and filed_at > $3
              and not late_filed
            union
            select customer_id from analytics_rollup_complaint
            where late_filed and filed_at > $3 and received_at >= $1 and received_at < $2""";

    static final String CUSTOMER_COMPLAINTS = """
            select customer_id, filed_at, prev_received_at from analytics_rollup_complaint
            where customer_id = any($1) and received_at >= $2 and received_at < $3""";

    /**
     * The duration of rank $5 (from 0) in one histogram bucket ($1) of the window, walked in the order of the
     * {@code (bucket, seconds)} index: ascending, or with {@code desc} from the bucket's end (for a rank in its upper
     * half, counted from there), so that at most half the bucket's rows are read.
     */
    static final String RANK = """
            select %1$s_seconds as seconds from analytics_rollup_complaint
            where %1$s_bucket = $1 and received_at >= $2 and received_at < $3 and %1$s_at <= $4 and filed_at <= $4
            order by %1$s_seconds %2$s offset $5 limit 1""";

    private RollupSql() {
    }
}
