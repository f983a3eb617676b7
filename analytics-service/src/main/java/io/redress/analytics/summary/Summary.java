package io.redress.analytics.summary;

import io.redress.analytics.summary.Figures.Durations;
import io.redress.analytics.summary.Figures.Rate;
import io.redress.analytics.summary.Figures.Satisfaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The headline figures for complaints received in {@code [from, to)}, as the log stood at {@code asOf}: the
 * definitions are in docs/ARCHITECTURE.md, "Analytics figures", and in the OpenAPI description.
 *
 * @param filed                complaints received in the window and filed by asOf
 * @param backlog              of those, complaints neither resolved (more resolutions than reopenings) nor closed
 *                             at asOf
 * @param assigned             complaints with an owner by asOf
 * @param unassigned           filed − assigned
 * @param withRootCause        complaints traced to a root cause identified by asOf
 * @param bySeverity           complaints per severity as filed; only values with complaints
 * @param escalationsByLevel   ComplaintEscalated events by asOf, per level ("1", "2", …)
 * @param slaBreached          complaints with at least one SlaBreached by asOf, of the filed
 * @param firstContactResolved complaints whose first resolution (by asOf) was on the first contact, of the resolved
 * @param reopened             complaints reopened at least once by asOf, of the resolved
 */
public record Summary(
        @Schema(nullable = true) Instant from,
        @Schema(nullable = true) Instant to,
        Instant asOf,
        long filed,
        long backlog,
        long assigned,
        long unassigned,
        long withRootCause,
        Map<String, Long> bySeverity,
        Map<String, Long> byChannel,
        Map<String, Long> byCategory,
        IncidentRate incidentRate,
        Durations timeToAcknowledge,
        Durations timeToResolve,
        Rate slaBreached,
        Rate firstContactResolved,
        Rate reopened,
        Satisfaction satisfaction,
        Map<String, Long> escalationsByLevel) {

    /**
     * How often problems come back to the company.
     *
     * @param complainingCustomers distinct customers among the complaints
     * @param complaintsPerCustomer filed / complainingCustomers, 4 decimals
     * @param repeatComplaints     complaints whose filing carried {@code priorComplaints} ≥ 1 (the customer had
     *                             complained in the 365 days before)
     * @param repeatShare          repeatComplaints / filed, 4 decimals
     * @param contacts             contacts by asOf: each filing is one, each ContactLogged one more
     * @param contactsPerComplaint contacts / filed, 4 decimals
     */
    public record IncidentRate(long complainingCustomers, BigDecimal complaintsPerCustomer, long repeatComplaints,
            BigDecimal repeatShare, long contacts, BigDecimal contactsPerComplaint) {
    }
}
