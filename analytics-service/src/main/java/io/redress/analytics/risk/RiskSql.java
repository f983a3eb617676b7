package io.redress.analytics.risk;

/**
 * The defection-risk score of every customer, in SQL so that the ranking and the paging happen in the database: $1
 * and $2 the window of {@code receivedAt}, $3 asOf, $4 the lowest score listed, $5 and $6 the cursor (the last
 * score and customer id of the page before, or nulls), $7 the page size plus one. Each factor's points are a
 * column of their own, so that the reasons given are the points counted.
 */
final class RiskSql {

    static final String RANKED = """
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
              select c.customer_id, c.received_at, c.severity, c.lifetime_value,
                     coalesce(c.first_breached_at <= $3, false) as breached,
                     coalesce(o.reopenings, 0) as reopenings, coalesce(o.unhappy, 0) as unhappy,
                     coalesce(o.lukewarm, 0) as lukewarm,
                     not (coalesce(o.resolutions, 0) > coalesce(o.reopenings, 0)
                          or coalesce(c.closed_at <= $3, false)) as open,
                     greatest(c.received_at, o.last_contact) as last_contact
              from c left join o on o.complaint_id = c.complaint_id),
            f as (
              select customer_id, count(*) as complaints,
                     max(case severity when 'CRITICAL' then 3 when 'MAJOR' then 2 when 'MODERATE' then 1 else 0 end)
                         as severity_rank,
                     count(*) filter (where breached) as breaches, sum(reopenings) as reopenings,
                     sum(unhappy) as unhappy, sum(lukewarm) as lukewarm,
                     floor(max(extract(epoch from $3 - received_at)) filter (where open) / 86400)::int
                         as oldest_open_days,
                     max(last_contact) as last_contact,
                     (array_agg(lifetime_value order by received_at desc) filter (where lifetime_value is not null))[1]
                         as lifetime_value
              from d group by customer_id),
            p as (
              select f.*,
                     10 * (complaints - 1) as repeat_points,
                     (array[0, 5, 10, 20])[severity_rank + 1] as severity_points,
                     8 * breaches as breach_points, 8 * reopenings as reopen_points,
                     15 * unhappy + 5 * lukewarm as satisfaction_points,
                     least(30, coalesce(oldest_open_days, 0)) as open_points,
                     case when last_contact > $3 - interval '30 days' then 10
                          when last_contact > $3 - interval '90 days' then 5 else 0 end as recency_points
              from f),
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

    /** The totals when the page is empty (a cursor past the end): the same set, counted. */
    static final String TOTALS = RANKED.substring(0, RANKED.indexOf("select * from r")) + """
            select count(*) as customers_at_risk, sum(lifetime_value) as value_at_risk from r""";

    /** The view's tables these statements read. */
    static final String TABLES = "analytics_complaint, analytics_occurrence";

    private RiskSql() {
    }
}
