package io.redress.analytics.recovery;

/**
 * The SQL of {@code /analytics/recovery}: $1 and $2 the window of {@code receivedAt}, $3 asOf. {@link #ANSWERS} and
 * {@link #PARADOX} over {@code analytics_complaint} and {@code analytics_occurrence} define the figures; the answer
 * reads the rollup instead.
 */
final class RecoverySql {

    /**
     * Every answer by asOf about a complaint of the window, with what it answered: the latest resolution at or
     * before it (its remedy type, its extra mile) and whether an acknowledgement before it apologised. Grouped in one
     * pass by each way of splitting the answers; {@code grouping(...)} tells the sets apart (a bit per column, the
     * first column the highest bit; all bits set for the total).
     */
    static final String ANSWERS = """
            with c as (select c.complaint_id from analytics_complaint c
                       where c.received_at >= $1 and c.received_at < $2 and c.filed_at <= $3),
            a as (
              select o.value as score, (o.flags & 1) > 0 as ownership, (o.flags & 2) > 0 as valued,
                     (o.flags & 4) > 0 as quick, (o.flags & 8) > 0 as regret,
                     ((o.flags & 1) > 0)::int + ((o.flags & 2) > 0)::int + ((o.flags & 4) > 0)::int
                         + ((o.flags & 8) > 0)::int as drivers,
                     exists (select 1 from analytics_occurrence k where k.complaint_id = o.complaint_id
                             and k.kind = 'ACKNOWLEDGED' and k.value = 1 and k.at <= o.at) as apologized,
                     coalesce(r.detail, 'NONE') as remedy, coalesce((r.flags & 1) > 0, false) as extra_mile,
                     coalesce(r.detail, 'NONE') in (%s) as compensated
              from analytics_occurrence o join c on c.complaint_id = o.complaint_id
              left join lateral (select r.detail, r.flags from analytics_occurrence r
                                 where r.complaint_id = o.complaint_id and r.kind = 'RESOLVED' and r.at <= o.at
                                 order by r.at desc, r.event_id desc limit 1) r on true
              where o.kind = 'SATISFACTION' and o.at <= $3)
            select grouping(ownership, valued, quick, regret, drivers, apologized, remedy, extra_mile, mix) as set,
                   ownership, valued, quick, regret, drivers, apologized, remedy, extra_mile, mix,
                   count(*) as responses, sum(score) as score_sum, count(*) filter (where score >= 4) as satisfied
            from (select a.*, case when compensated and not (ownership and regret) then 'COMPENSATION_ONLY'
                                   when not compensated and ownership and regret then 'OWNERSHIP_AND_REGRET_ONLY'
                              end as mix from a) a
            group by grouping sets ((), (ownership), (valued), (quick), (regret), (drivers), (apologized), (remedy),
                                    (extra_mile), (mix))""";

    /**
     * The recovery paradox: each customer's first complaint ever (by receivedAt, filed by asOf) received in the
     * window, first resolved at least 90 days before asOf and answered (its first answer by asOf); whether the
     * customer complained again in the 90 days after that resolution, and the first answer to that next complaint.
     */
    static final String PARADOX = """
            with firsts as (
              select distinct on (customer_id) customer_id, complaint_id, received_at, severity, first_resolved_at
              from analytics_complaint where filed_at <= $3
              order by customer_id, received_at, complaint_id),
            cohort as (
              select f.*, (select o.value from analytics_occurrence o where o.complaint_id = f.complaint_id
                           and o.kind = 'SATISFACTION' and o.at <= $3 order by o.at, o.event_id limit 1) as score
              from firsts f
              where f.received_at >= $1 and f.received_at < $2
                and f.first_resolved_at + interval '90 days' <= $3),
            followed as (
              select k.*, n.complaint_id as next_id,
                     (select o.value from analytics_occurrence o where o.complaint_id = n.complaint_id
                      and o.kind = 'SATISFACTION' and o.at <= $3 order by o.at, o.event_id limit 1) as next_score
              from cohort k
              left join lateral (select n.complaint_id from analytics_complaint n
                                 where n.customer_id = k.customer_id and n.filed_at <= $3
                                   and n.received_at > k.first_resolved_at
                                   and n.received_at <= k.first_resolved_at + interval '90 days'
                                 order by n.received_at, n.complaint_id limit 1) n on true
              where k.score >= 4 or k.score <= 2)
            select severity, score >= 4 as satisfied, count(*) as customers, count(next_id) as again,
                   count(next_score) as next_answers, sum(next_score) as next_score_sum
            from followed group by severity, score >= 4""";

    /** The paradox's day sums' whole receipt days ($1 to $2), and whether all their changes came by asOf ($3). */
    static final String PARADOX_DAYS = """
            select receipt_day, max(last_at) <= $3 as settled from analytics_rollup_paradox_day
            where receipt_day >= $1 and receipt_day < $2 group by receipt_day""";

    /**
     * The recovery paradox from the summary's rollup: the sums of the changes ({@code rollup/Paradoxes}) whose first
     * complaint was received in the window, at or before asOf ($4), taken for the settled whole days ($1) from their
     * day sums and for the other receipt times ($2 to $3) from the changes. The same rows as {@link #PARADOX}.
     */
    static final String ROLLUP_PARADOX = """
            select severity, happy as satisfied, sum(customers)::int8 as customers, sum(again)::int8 as again,
                   sum(answers)::int8 as next_answers, sum(score)::int8 as next_score_sum
            from (select severity, happy, customers, again, answers, score from analytics_rollup_paradox_day
                  where receipt_day = any($1)
                  union all
                  select p.severity, p.happy, p.customers, p.again, p.answers, p.score
                  from unnest($2::timestamptz[], $3::timestamptz[]) as r(s, e)
                  join analytics_rollup_paradox p on p.received_at >= r.s and p.received_at < r.e
                  where p.at <= $4) changes
            group by severity, happy having sum(customers) <> 0""";

    private RecoverySql() {
    }
}
