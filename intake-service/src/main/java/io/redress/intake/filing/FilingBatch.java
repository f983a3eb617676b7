package io.redress.intake.filing;

import io.redress.events.ComplaintFiled;
import io.redress.intake.filing.RequestKeys.Ref;
import io.redress.intake.filing.RequestKeys.Stored;
import io.redress.intake.filing.RequestKeys.Verdict;
import io.redress.intake.filing.RequestKeys.Wanted;
import io.redress.intake.history.CustomerFiling;
import io.redress.intake.history.CustomerHistory;
import io.redress.intake.history.CustomerHistory.Past;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pure decision on a batch of submissions, in order, each seeing those before it: what its keys make of it
 * ({@link RequestKeys#judge}: new, a repeat, a conflict), and for a new one its {@code ComplaintFiled}
 * ({@link Filing#decide}) from the customer's history ({@link CustomerHistory#snapshot}), which the filing then joins.
 * A submission whose derived complaint id is already in the history (a record redelivered after it was filed) is a
 * repeat. The filings of a batch take place in its order, a microsecond apart. {@link FilingService} loads what this
 * reads and writes what it decides.
 */
public final class FilingBatch {

    private FilingBatch() {
    }

    /** What became of one submission. */
    public sealed interface Decision {

        /** A new complaint: its event (personal fields still plain) and the event's id. */
        record Filed(ComplaintFiled plain, UUID eventId) implements Decision {
        }

        /** Already filed: by an earlier request under its keys, or this very record before a redelivery. */
        record Repeat(UUID complaintId) implements Decision {
        }

        /** A key of this client answered a different request. */
        record Conflict(Verdict.Conflict conflict) implements Decision {
        }
    }

    /**
     * The decisions, one per submission in order, with the keys and filings to store.
     *
     * @param keys    the request keys to write (new, renewed or added to a repeat), by ref
     * @param filings the new filings for the customers' histories
     */
    public record Plan(List<Decision> decisions, Map<Ref, Stored> keys, List<CustomerFiling> filings) {
    }

    /**
     * @param stored    what the table holds under the batch's keys
     * @param histories the customers' histories, by customer id (missing: no complaint yet)
     * @param retention how long a key holds
     */
    public static Plan decide(List<Submission> batch, Map<Ref, Stored> stored, Map<String, List<Past>> histories,
            FilingRules rules, Instant now, Duration retention) {
        Map<Ref, Stored> known = new HashMap<>(stored);
        Map<String, List<Past>> seen = new HashMap<>();
        histories.forEach((customer, past) -> seen.put(customer, new ArrayList<>(past)));
        Map<Ref, Stored> write = new LinkedHashMap<>();
        List<CustomerFiling> filings = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Submission submission = batch.get(i);
            // The batch's filings happen in its order, a microsecond apart: one without a receivedAt of its own is
            // received after the ones before it, which it therefore counts as prior.
            Instant filedAt = now.plus(i, ChronoUnit.MICROS);
            List<Stored> under = new ArrayList<>();
            for (Wanted key : submission.keys()) {
                Stored found = known.get(key.of(submission.client()));
                if (found != null) {
                    under.add(found);
                }
            }
            Decision decision = switch (RequestKeys.judge(under, submission.hash(), now, retention)) {
                case Verdict.New ignored -> fileNew(submission, under, seen, rules, filedAt, filings);
                case Verdict.Repeat repeat -> new Decision.Repeat(repeat.complaintId());
                case Verdict.Conflict conflict -> new Decision.Conflict(conflict);
            };
            UUID complaintId = switch (decision) {
                case Decision.Filed filed -> filed.plain().complaintId();
                case Decision.Repeat repeat -> repeat.complaintId();
                case Decision.Conflict conflict -> null;
            };
            if (complaintId != null) {
                remember(submission, complaintId, known, write, now, retention);
            }
            decisions.add(decision);
        }
        return new Plan(decisions, write, filings);
    }

    private static Decision fileNew(Submission submission, List<Stored> expired, Map<String, List<Past>> histories,
            FilingRules rules, Instant now, List<CustomerFiling> filings) {
        FileComplaintRequest request = submission.request();
        UUID complaintId = RequestKeys.derivedId("complaint", submission.client(), submission.keys(), expired,
                submission.origin());
        List<Past> history = histories.computeIfAbsent(request.customerId(), id -> new ArrayList<>());
        if (history.stream().anyMatch(past -> past.complaintId().equals(complaintId))) {
            return new Decision.Repeat(complaintId);
        }
        UUID eventId = RequestKeys.derivedId("event", submission.client(), submission.keys(), expired,
                submission.origin());
        CustomerHistory.Snapshot snapshot = CustomerHistory.snapshot(history, request.category(),
                request.component(), Filing.receivedAt(request, now));
        ComplaintFiled plain = Filing.decide(request, rules, snapshot, now, complaintId);
        CustomerFiling filing = CustomerFiling.of(plain);
        history.add(Past.of(filing));
        filings.add(filing);
        return new Decision.Filed(plain, eventId);
    }

    /** Points every key of the submission at its complaint, unless one already does (and has not expired). */
    private static void remember(Submission submission, UUID complaintId, Map<Ref, Stored> known,
            Map<Ref, Stored> write, Instant now, Duration retention) {
        Instant horizon = now.minus(retention);
        for (Wanted key : submission.keys()) {
            Ref ref = key.of(submission.client());
            Stored old = known.get(ref);
            if (old != null && old.complaintId().equals(complaintId) && !old.createdAt().isBefore(horizon)) {
                continue;
            }
            Stored renewed = new Stored(key.kind(), key.key(), submission.hash(), complaintId, now);
            known.put(ref, renewed);
            write.put(ref, renewed);
        }
    }
}
