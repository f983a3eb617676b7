package io.redress.analytics.summary;

/**
 * The SQL of the figures, over {@code analytics_complaint} (one row per complaint, with the first time of each step)
 * and {@code analytics_occurrence} (each later step at its event time). Parameters: $1 and $2 the window of
 * {@code receivedAt}, $3 asOf, and for {@link #bucketed} $4 the time zone. Every event time is compared with asOf,
 * so a past asOf gives the past.
 */
final class FigureSql {

    /** The complaints of the window, as filed by asOf; {@code %s} is the bucket each falls into. */
    private static final String COMPLAINTS = """
            select c.*, %s as bucket from analytics_complaint c
            where c.received_at >= $1 and c.received_at < $2 and c.filed_at <= $3""";

    /** Per complaint: contacts after the filing, resolutions and reopenings, all up to asOf. */
    private static final String MAIN = """
            with c as (%s),
            o as (
              select o.complaint_id,
                     count(*) filter (where o.kind = 'CONTACT') as contacts,
                     count(*) filter (where o.kind = 'RESOLVED') as resolutions,
                     count(*) filter (where o.kind = 'REOPENED') as reopenings
              from analytics_occurrence o join c on c.complaint_id = o.complaint_id
              where o.at <= $3 and o.kind in ('CONTACT', 'RESOLVED', 'REOPENED')
              group by o.complaint_id),
            d as (
              select c.*, coalesce(o.contacts, 0) as contacts,
                     coalesce(o.resolutions, 0) > coalesce(o.reopenings, 0) or coalesce(c.closed_at <= $3, false)
                         as settled,
                     case when c.first_acknowledged_at <= $3 then greatest(0, floor(extract(epoch from
                         c.first_acknowledged_at - c.received_at)))::bigint end as ack,
                     case when c.first_resolved_at <= $3 then greatest(0, floor(extract(epoch from
                         c.first_resolved_at - c.received_at)))::bigint end as res
              from c left join o on o.complaint_id = c.complaint_id)
            select bucket, count(*) as filed, count(*) filter (where not settled) as backlog,
                   count(*) filter (where assigned_at <= $3) as assigned,
                   count(distinct customer_id) as customers,
                   count(*) filter (where prior_complaints >= 1) as repeats,
                   sum(contacts) as contacts,
                   count(ack) as ack_count, sum(ack) as ack_sum,
                   percentile_disc(0.5) within group (order by ack) as ack_p50,
                   percentile_disc(0.9) within group (order by ack) as ack_p90,
                   count(res) as res_count, sum(res) as res_sum,
                   percentile_disc(0.5) within group (order by res) as res_p50,
                   percentile_disc(0.9) within group (order by res) as res_p90,
                   count(*) filter (where first_breached_at <= $3) as breached,
                   count(*) filter (where first_resolved_at <= $3) as resolved,
                   count(*) filter (where first_resolved_at <= $3 and first_contact) as first_contact,
                   count(*) filter (where first_reopened_at <= $3) as reopened
            from d group by bucket order by bucket""";

    /** The answers given by asOf, per bucket. */
    private static final String SATISFACTION = """
            with c as (%s)
            select c.bucket, count(*) as responses, sum(o.value) as score_sum,
                   count(*) filter (where o.value >= 4) as satisfied
            from analytics_occurrence o join c on c.complaint_id = o.complaint_id
            where o.kind = 'SATISFACTION' and o.at <= $3
            group by c.bucket""";

    /** The complaints per severity, channel and category (one of the three columns set on each row). */
    static final String DIMENSIONS = "with c as (" + COMPLAINTS.formatted("0") + """
            )
            select severity, channel, category, count(*) as complaints from c
            group by grouping sets ((severity), (channel), (category))""";

    /** The escalations by asOf, per level. */
    static final String ESCALATIONS = "with c as (" + COMPLAINTS.formatted("0") + """
            )
            select o.value as level, count(*) as escalations
            from analytics_occurrence o join c on c.complaint_id = o.complaint_id
            where o.kind = 'ESCALATED' and o.at <= $3
            group by o.value order by o.value""";

    /** The complaints traced to a root cause identified by asOf. */
    static final String WITH_ROOT_CAUSE = "with c as (" + COMPLAINTS.formatted("0") + """
            )
            select count(distinct l.complaint_id) as complaints
            from analytics_root_cause_complaint l join c on c.complaint_id = l.complaint_id
            where l.identified_at <= $3""";

    /** The view's tables these statements read. */
    static final String TABLES = "analytics_complaint, analytics_occurrence, analytics_root_cause_complaint";

    private FigureSql() {
    }

    /** The main figures over the whole window (one row, or none for an empty window). */
    static String whole() {
        return MAIN.formatted(COMPLAINTS.formatted("0"));
    }

    static String wholeSatisfaction() {
        return SATISFACTION.formatted(COMPLAINTS.formatted("0"));
    }

    /** The main figures per interval of receipt time in the zone $4: one row per interval with complaints. */
    static String bucketed(Interval interval) {
        return MAIN.formatted(COMPLAINTS.formatted(bucket(interval)));
    }

    static String bucketedSatisfaction(Interval interval) {
        return SATISFACTION.formatted(COMPLAINTS.formatted(bucket(interval)));
    }

    private static String bucket(Interval interval) {
        return "date_trunc('%s', c.received_at, $4)".formatted(interval.name().toLowerCase());
    }
}
