package io.redress.analytics.risk;

import io.redress.core.sql.Sql;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One customer's defection risk as of asOf, over their complaints received in the 365 days before it.
 *
 * @param lifetimeValue   as the customer's latest filing with one carried it; null if none did
 * @param highestSeverity the highest severity among those complaints
 * @param oldestOpenDays  whole days the oldest still open complaint has been open; null with none open
 * @param lastContactAt   the latest filing or ContactLogged
 * @param reasons         the factors that raised the score, each with its points
 */
public record CustomerRisk(String customerId, int score, @Schema(nullable = true) BigDecimal lifetimeValue,
        long complaints, String highestSeverity, long breaches, long reopenings, long unhappyAnswers,
        @Schema(nullable = true) Integer oldestOpenDays, Instant lastContactAt, List<Reason> reasons) {

    private static final List<String> SEVERITIES = List.of("MINOR", "MODERATE", "MAJOR", "CRITICAL");

    /**
     * One factor of the score.
     *
     * @param factor REPEAT, SEVERITY, BREACHES, REOPENINGS, LOW_SATISFACTION, UNRESOLVED_AGE or RECENT_CONTACT
     */
    public record Reason(String factor, int points, String text) {
    }

    static CustomerRisk read(Row row) {
        long complaints = row.getLong("complaints");
        String severity = SEVERITIES.get(row.getInteger("severity_rank"));
        long breaches = row.getLong("breaches");
        long reopenings = row.getLong("reopenings");
        long unhappy = row.getLong("unhappy");
        long lukewarm = row.getLong("lukewarm");
        Integer open = row.getInteger("oldest_open_days");
        Instant last = Sql.instant(row, "last_contact");
        List<Reason> reasons = new ArrayList<>();
        reason(reasons, "REPEAT", row, "repeat_points", complaints + " complaints in the 365 days before asOf");
        reason(reasons, "SEVERITY", row, "severity_points", "a " + severity + " complaint");
        reason(reasons, "BREACHES", row, "breach_points", breaches + " complaint(s) with an SLA breach");
        reason(reasons, "REOPENINGS", row, "reopen_points", "reopened " + reopenings + " time(s)");
        reason(reasons, "LOW_SATISFACTION", row, "satisfaction_points",
                unhappy + " answer(s) of 1–2, " + lukewarm + " of 3");
        reason(reasons, "UNRESOLVED_AGE", row, "open_points", "a complaint open for " + open + " day(s)");
        reason(reasons, "RECENT_CONTACT", row, "recency_points", "last contact at " + last);
        return new CustomerRisk(row.getString("customer_id"), row.getInteger("score"),
                row.getBigDecimal("lifetime_value"), complaints, severity, breaches, reopenings, unhappy, open, last,
                List.copyOf(reasons));
    }

    private static void reason(List<Reason> reasons, String factor, Row row, String column, String text) {
        int points = row.getInteger(column);
        if (points > 0) {
            reasons.add(new Reason(factor, points, text));
        }
    }
}
