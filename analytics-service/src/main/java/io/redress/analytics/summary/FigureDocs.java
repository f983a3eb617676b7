package io.redress.analytics.summary;

/** The definitions of the figures, written once for the OpenAPI descriptions (and as in docs/ARCHITECTURE.md). */
final class FigureDocs {

    static final String WINDOW = """
            The complaints counted are those whose receivedAt lies in [from, to) and whose ComplaintFiled has a time \
            at or before asOf; of their later events only those with a time (occurredAt) at or before asOf count, so \
            a past asOf gives the figures as they stood then.""";

    static final String DEFINITIONS = WINDOW + """
             backlog: complaints neither closed by asOf nor resolved at asOf (resolved: more ComplaintResolved than \
            ComplaintReopened by asOf). assigned: complaints with a ComplaintAssigned by asOf. timeToAcknowledge / \
            timeToResolve: over the complaints whose first ComplaintAcknowledged / ComplaintResolved came by asOf, \
            the whole seconds from receivedAt to it (rounded down, 0 if it came first); p50 and p90 are nearest-rank \
            (the smallest value with at least 50 % / 90 % of the values at or below it), mean to 2 decimals. \
            slaBreached: complaints with at least one SlaBreached by asOf, of the filed. firstContactResolved: \
            complaints whose first resolution had firstContact true, of those resolved at least once by asOf. \
            reopened: complaints with at least one ComplaintReopened by asOf, of those resolved. satisfaction: the \
            SatisfactionRecorded events by asOf about these complaints (every answer counts, one per resolution); \
            satisfied are scores 4 and 5. Every rate or share is count / of, half up to 4 decimals, null when of \
            is 0.""";

    private FigureDocs() {
    }
}
