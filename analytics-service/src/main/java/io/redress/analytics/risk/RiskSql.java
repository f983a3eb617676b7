package io.redress.analytics.risk;

/**
 * The defection-risk score of every customer, in SQL so that the ranking and the paging happen in the database: $1
 * and $2 the window of {@code receivedAt}, $3 asOf, $4 the lowest score listed, $5 and $6 the cursor (the last
 * score and customer id of the page before, or nulls), $7 the page size plus one. Each factor's points are a
 * column of their own, so that the reasons given are the points counted. A customer's lifetime value is the one
 * their latest complaint (by receipt, then id) with one carried.
 */
final class RiskSql {

    /** Each factor's points, per customer from {@code f} (one row per customer: the factors). */
    private static final String POINTS = """
            p as (
              select f.*,
                     10 * (complaints - 1) as repeat_points,
                     (array[0, 5, 10, 20])[severity_rank + 1] as severity_points,
                     8 * breaches as breach_points, 8 * reopenings as reopen_points,
                     15 * unhappy + 5 * lukewarm as satisfaction_points,
                     least(30, coalesce(oldest_open_days, 0)) as open_points,
                     case when last_contact > $3 - interval '30 days' then 10
                          when last_contact > $3 - interval '90 days' then 5 else 0 end as recency_points
              from f)
            """;

    /** Per customer from {@code d} (one row per complaint of the window): the factors, the score, the page. */
    private static final String RANKING = """
            f as (
              select customer_id, count(*) as complaints,
                     max(case severity when 'CRITICAL' then 3 when 'MAJOR' then 2 when 'MODERATE' then 1 else 0 end)
                         as severity_rank,
                     count(*) filter (where breached) as breaches, sum(reopenings) as reopenings,
                     sum(unhappy) as unhappy, sum(lukewarm) as lukewarm,
                     floor(max(extract(epoch from $3 - received_at)) filter (where open) / 86400)::int
                         as oldest_open_days,
                     max(last_contact) as last_contact,
                     (array_agg(lifetime_value order by received_at desc, complaint_id desc)
                          filter (where lifetime_value is not null))[1]
                         as lifetime_value
              from d group by customer_id),
            """ + POINTS + """
            ,
            s as (
              select p.*, repeat_points + severity_points + breach_points + reopen_points + satisfaction_points
                          + open_points + recency_points as score
              from p),
            r as (
              select s.*, count(*) over () as customers_at_risk, sum(lifetime_value) over () as value_at_risk
              from s where score >= $4)
            select * from r
            where $5::int is null or score < $5 or (score = $5 and customer_id > $6)
            order by score desc, customer_id
            limit $7""";

    /** The definition, over the facts and their occurrences: what {@link #ROLLUP} is tested against. */
    static final String FACTS = """
            with c as (
              select c.* from analytics_complaint c
              where c.received_at >= $1 and c.received_at < $2 and c.filed_at <= $3
                and c.received_at > $3 - interval '365 days'),
            o as (
              select o.complaint_id,
                     count(*) filter (where o.kind = 'RESOLVED') as resolutions,
                     count(*) filter (where o.kind = 'REOPENED') as reopenings,
                     count(*) filter (where o.kind = 'SATISFACTION' and o.value <= 2) as unhappy,
                     count(*) filter (where o.kind = 'SATISFACTION' and o.value = 3) as lukewarm,
                     max(o.at) filter (where o.kind = 'CONTACT') as last_contact
              from analytics_occurrence o join c on c.complaint_id = o.complaint_id
              where o.at <= $3 and o.kind in ('RESOLVED', 'REOPENED', 'SATISFACTION', 'CONTACT')
              group by o.complaint_id),
            d as (
              select c.complaint_id, c.customer_id, c.received_at, c.severity, c.lifetime_value,
                     coalesce(c.first_breached_at <= $3, false) as breached,
                     coalesce(o.reopenings, 0) as reopenings, coalesce(o.unhappy, 0) as unhappy,
                     coalesce(o.lukewarm, 0) as lukewarm,
                     not (coalesce(o.resolutions, 0) > coalesce(o.reopenings, 0)
                          or coalesce(c.closed_at <= $3, false)) as open,
                     greatest(c.received_at, o.last_contact) as last_contact
              from c left join o on o.complaint_id = c.complaint_id),
            """ + RANKING;

    /**
     * The same ranking from the summary's rollup: each complaint's counts over all its steps
     * ({@code analytics_rollup_complaint}), and its occurrences up to asOf only for the complaints with a counted step
     * after it.
     */
    static final String ROLLUP = """
            with c as (
              select r.complaint_id, r.customer_id, r.received_at, r.severity, r.lifetime_value, r.breached_at,
                     r.closed_at, r.resolutions, r.reopenings, r.unhappy, r.lukewarm, r.last_contact_at,
                     coalesce(r.counted_until <= $3, true) as counted
              from analytics_rollup_complaint r
              where r.received_at >= $1 and r.received_at < $2 and r.filed_at <= $3
                and r.received_at > $3 - interval '365 days'),
            d as (
              select c.complaint_id, c.customer_id, c.received_at, c.severity, c.lifetime_value,
                     coalesce(c.breached_at <= $3, false) as breached,
                     case when c.counted then c.reopenings else o.reopenings end as reopenings,
                     case when c.counted then c.unhappy else o.unhappy end as unhappy,
                     case when c.counted then c.lukewarm else o.lukewarm end as lukewarm,
                     not (case when c.counted then c.resolutions > c.reopenings
                               else o.resolutions > o.reopenings end
                          or coalesce(c.closed_at <= $3, false)) as open,
                     greatest(c.received_at, case when c.counted then c.last_contact_at else o.last_contact end)
                         as last_contact
              from c left join lateral (
                select count(*) filter (where o.kind = 'RESOLVED') as resolutions,
                       count(*) filter (where o.kind = 'REOPENED') as reopenings,
                       count(*) filter (where o.kind = 'SATISFACTION' and o.value <= 2) as unhappy,
                       count(*) filter (where o.kind = 'SATISFACTION' and o.value = 3) as lukewarm,
                       max(o.at) filter (where o.kind = 'CONTACT') as last_contact
                from analytics_occurrence o
                where not c.counted and o.complaint_id = c.complaint_id and o.at <= $3
                  and o.kind in ('RESOLVED', 'REOPENED', 'SATISFACTION', 'CONTACT')) o on true),
            """ + RANKING;

    /**
     * The page from the customers' risk spans ({@code analytics_rollup_risk_span}), for the unbounded window: the one
     * span of each customer that holds asOf, walked in score order through an index. $1 and $2 are unused (the
     * window is unbounded), so that the parameters are those of the other statements.
     */
    static final String SPANS = """
            with f as (
              select s.customer_id, s.complaints, s.severity_rank, s.breaches, s.reopenings, s.unhappy, s.lukewarm,
                     floor(extract(epoch from $3 - s.open_since) / 86400)::int as oldest_open_days, s.last_contact,
                     s.lifetime_value, s.score
              from analytics_rollup_risk_span s
              where s.valid_from <= $3 and s.valid_to > $3 and s.score >= $4
                and ($5::int is null or s.score < $5 or (s.score = $5 and s.customer_id > $6))
                and $1::timestamptz is not null and $2::timestamptz is not null
              order by s.score desc, s.customer_id
              limit $7),
            """ + POINTS + """
            select * from p order by score desc, customer_id""";

    /**
     * The spans' totals as of $1 with a score of at least $2: the day sums of the days before asOf's (UTC), and the
     * spans that begin, less those that end, in its day up to asOf.
     */
    static final String SPAN_TOTALS = """
            with t as (
              select sum(customers) as customers, sum(valued) as valued, sum(value) as value
              from analytics_rollup_risk_day where day < ($1 at time zone 'UTC')::date and score >= $2
              union all
              select count(*), count(lifetime_value), coalesce(sum(lifetime_value), 0)
              from analytics_rollup_risk_span
              where valid_from >= date_trunc('day', $1, 'UTC') and valid_from <= $1 and score >= $2
              union all
              select -count(*), -count(lifetime_value), -coalesce(sum(lifetime_value), 0)
              from analytics_rollup_risk_span
              where valid_to >= date_trunc('day', $1, 'UTC') and valid_to <= $1 and score >= $2)
            select coalesce(sum(customers), 0)::bigint as customers_at_risk,
                   case when sum(valued) > 0 then sum(value) end as value_at_risk
            from t""";

    /** The view's tables the spans' statements read. */
    static final String SPAN_TABLES = "analytics_rollup_risk_span, analytics_rollup_risk_day";

    /** The totals when the page is empty (a cursor past the end): the same set, counted. */
    static String totals(String ranked) {
        return ranked.substring(0, ranked.indexOf("select * from r")) + """
                select count(*) as customers_at_risk, sum(lifetime_value) as value_at_risk from r""";
    }

    /** The view's tables the facts' statement reads. */
    static final String FACT_TABLES = "analytics_complaint, analytics_occurrence";

    /** The view's tables the rollup's statement reads. */
    static final String TABLES = "analytics_rollup_complaint, analytics_occurrence";

    private RiskSql() {
    }
}
