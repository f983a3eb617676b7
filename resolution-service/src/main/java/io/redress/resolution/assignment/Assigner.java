package io.redress.resolution.assignment;

import io.redress.events.ComplaintFiled;
import io.redress.events.Severity;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.roster.Roster;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who takes a complaint, pure: the rules of {@link Rule} in order, on the roster and the owners' loads; each
 * assignment counts in the loads at once, so the next complaint of the same batch sees it.
 */
public final class Assigner {

    private Assigner() {
    }

    /** What a complaint is assigned on. */
    public record Complaint(UUID complaintId, String customerId, String category, String component,
            Severity severity, int priorComplaints) {

        public static Complaint of(ComplaintFiled filed) {
            return new Complaint(filed.complaintId(), filed.customerId(), filed.category(), filed.component(),
                    filed.severity(), filed.priorComplaints());
        }

        public static Complaint of(ComplaintState state) {
            return new Complaint(state.complaintId(), state.customerId(), state.category(), state.component(),
                    state.severity(), state.priorComplaints());
        }

        boolean repeatOrSevere() {
            return priorComplaints >= 1 || severity == Severity.MAJOR || severity == Severity.CRITICAL;
        }
    }

    /** The owner, their team and the rule that chose them. */
    public record Assignment(String ownerId, String team, Rule rule) {
    }

    /**
     * @param previousOwner who owned the customer's latest earlier complaint, if anyone
     */
    public static Assignment assign(Roster roster, Complaint complaint, Loads loads, String previousOwner) {
        Optional<Roster.Owner> returning = Optional.ofNullable(previousOwner).flatMap(roster::owner)
                .filter(owner -> canTake(owner, loads));
        if (returning.isPresent()) {
            return took(loads, returning.get(), Rule.RETURNING_CUSTOMER);
        }
        Roster.Team team = roster.teamFor(complaint.category(), complaint.component());
        return fromTeam(roster, team, complaint, loads)
                .orElse(new Assignment(team.supervisor(), team.id(), Rule.UNASSIGNED_QUEUE));
    }

    /** A queued complaint's owner, once someone in its team can take it; empty while nobody can. */
    public static Optional<Assignment> fromQueue(Roster roster, String teamId, Complaint complaint, Loads loads) {
        return roster.team(teamId).or(() -> Optional.of(roster.teamFor(complaint.category(), complaint.component())))
                .flatMap(team -> fromTeam(roster, team, complaint, loads));
    }

    private static Optional<Assignment> fromTeam(Roster roster, Roster.Team team, Complaint complaint, Loads loads) {
        Predicate<Roster.Owner> inTeam = owner -> owner.team().equals(team.id()) && canTake(owner, loads);
        if (complaint.repeatOrSevere()) {
            Optional<Roster.Owner> senior = leastLoaded(roster, inTeam.and(o -> o.seniority()
                    == Roster.Seniority.SENIOR), loads);
            if (senior.isPresent()) {
                return Optional.of(took(loads, senior.get(), Rule.SENIOR_FOR_REPEAT_OR_SEVERE));
            }
        }
        // No senior free: a junior now beats a senior later; the complaint is not left waiting.
        return leastLoaded(roster, inTeam, loads).map(owner -> took(loads, owner, Rule.LEAST_LOADED));
    }

    private static Optional<Roster.Owner> leastLoaded(Roster roster, Predicate<Roster.Owner> eligible, Loads loads) {
        return roster.owners().stream().filter(eligible)
                .min(Comparator.comparingInt((Roster.Owner owner) -> loads.of(owner.id()))
                        .thenComparing(Roster.Owner::id));
    }

    private static boolean canTake(Roster.Owner owner, Loads loads) {
        return owner.available() && loads.of(owner.id()) < owner.capacity();
    }

    private static Assignment took(Loads loads, Roster.Owner owner, Rule rule) {
        loads.took(owner.id());
        return new Assignment(owner.id(), owner.team(), rule);
    }
}
