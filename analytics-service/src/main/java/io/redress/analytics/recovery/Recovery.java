package io.redress.analytics.recovery;

import io.redress.analytics.summary.Figures.Satisfaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What drives satisfaction after a complaint: the answers ({@code SatisfactionRecorded} by asOf about complaints
 * received in the window) split by what the customer said and what the company did, and the recovery paradox.
 *
 * @param answers        every answer
 * @param drivers        Gallup's four drivers (ownershipTaken, feltValued, resolvedQuickly, regretExpressed), each
 *                       with and without, as the customer answered
 * @param driversPresent answers by how many of the four were present ("0" … "4")
 * @param apology        with and without an apology: an acknowledgement with apologized before the answer
 * @param byRemedy       by the remedy type of the resolution the answer follows (the latest before it)
 * @param extraMile      with and without an extra mile recorded on that resolution
 * @param compensationWithoutOwnershipAndRegret answers after a compensating remedy (REFUND, DISCOUNT, FEE_WAIVED,
 *                       GOODWILL_GESTURE, UPGRADE) where the customer did not say both that the company took
 *                       ownership and expressed regret
 * @param ownershipAndRegretWithoutCompensation answers with both ownership and regret and no compensating remedy
 * @param paradox        per severity of the first complaint
 */
public record Recovery(@Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to, Instant asOf,
        Satisfaction answers, Map<String, WithAndWithout> drivers, Map<String, Satisfaction> driversPresent,
        WithAndWithout apology, Map<String, Satisfaction> byRemedy, WithAndWithout extraMile,
        Satisfaction compensationWithoutOwnershipAndRegret, Satisfaction ownershipAndRegretWithoutCompensation,
        List<Paradox> paradox) {

    /** The answers with a thing present and without it. */
    public record WithAndWithout(Satisfaction with, Satisfaction without) {
    }

    /**
     * The recovery paradox for one severity: customers whose first complaint ever was first resolved at least 90
     * days before asOf and whose first answer about it was happy (4–5), against those whose answer was unhappy
     * (1–2).
     */
    public record Paradox(String severity, Cohort happyFirst, Cohort unhappyFirst) {
    }

    /**
     * @param customers       customers in the cohort
     * @param complainedAgain of them, customers with another complaint received in the 90 days after that first
     *                        resolution
     * @param againShare      complainedAgain / customers, 4 decimals
     * @param nextAnswers     of the next complaints, those answered by asOf (their first answer)
     * @param nextMeanScore   the mean of those answers, 2 decimals
     */
    public record Cohort(long customers, long complainedAgain, BigDecimal againShare, long nextAnswers,
            BigDecimal nextMeanScore) {
    }
}
