package io.redress.intake.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.view.Outcome;
import io.redress.intake.history.CustomerFiling;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which filings the customer-history read model adds, decided without a database. */
class CustomerHistoriesTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private static CustomerFiling filing(UUID id) {
        return new CustomerFiling(id, "cust-42", "billing", null, AT);
    }

    @Test
    void aFilingTheHistoryHolds_orASecondCopyInTheBatch_isIgnored_andANewOneIsApplied() {
        UUID decidedHere = UUID.randomUUID();
        UUID filedElsewhere = UUID.randomUUID();

        // The statement added only the filing made elsewhere: the one decided here was in the history already.
        List<Outcome> outcomes = CustomerHistories.outcomes(List.of(filing(decidedHere), filing(filedElsewhere),
                filing(filedElsewhere)), Set.of(filedElsewhere));

        assertThat(outcomes).containsExactly(Outcome.ignored(CustomerHistories.KNOWN), Outcome.applied(),
                Outcome.ignored(CustomerHistories.KNOWN));
    }
}
