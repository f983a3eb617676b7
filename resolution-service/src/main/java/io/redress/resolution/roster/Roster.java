package io.redress.resolution.roster;

import io.redress.resolution.sla.BusinessCalendar;
import io.redress.resolution.sla.CalendarSpec;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who can own complaints: the teams, what each covers and who supervises it, the owners with their seniority,
 * capacity and availability, and the head of service at the top of the escalation ladder. Kept as one versioned
 * document in {@code resolution_roster} ({@link RosterStore}), validated by {@link RosterRules}.
 */
public record Roster(
        @Schema(description = "Who complaints escalate to at level 2", examples = "head-hana") String headOfService,
        @Schema(description = "The teams; the first takes complaints no team covers") List<Team> teams,
        List<Owner> owners) {

    /** Whether an owner is senior: the recovery paradox gives one chance, so repeat and severe complaints go to one. */
    public enum Seniority {
        SENIOR, JUNIOR
    }

    /**
     * A team: the complaints it covers (a component it covers wins over a category), its supervisor (escalation
     * level 1, and the holder of its queue) and the calendar its SLA clocks count in.
     *
     * @param calendar null: calendar time, 24/7
     */
    public record Team(
            @Schema(examples = "billing-care") String id,
            @Schema(description = "Who holds the team's unassigned queue and gets level-1 escalations",
                    examples = "sup-sara") String supervisor,
            @Schema(examples = "[\"billing\", \"refund\"]") List<String> categories,
            @Schema(examples = "[\"payments-gateway\"]") List<String> components,
            @Schema(nullable = true, description = "Business hours the SLA clocks count in; absent: calendar time")
            CalendarSpec calendar) {
    }

    /**
     * Someone who can own complaints.
     *
     * @param capacity open complaints they can hold at most
     */
    public record Owner(
            @Schema(examples = "agent-amira") String id,
            @Schema(examples = "Amira Haddad") String name,
            @Schema(examples = "billing-care") String team,
            @Schema(examples = "[\"refunds\", \"arabic\"]") List<String> skills,
            Seniority seniority,
            @Schema(examples = "25") Integer capacity,
            @Schema(description = "Whether they take new complaints now") Boolean available) {

        Owner withAvailable(boolean now) {
            return new Owner(id, name, team, skills, seniority, capacity, now);
        }
    }

    public Optional<Team> team(String id) {
        return teams.stream().filter(team -> team.id().equals(id)).findFirst();
    }

    public Optional<Owner> owner(String id) {
        return owners.stream().filter(owner -> owner.id().equals(id)).findFirst();
    }

    /** The name the roster gives an owner, for customers to read; null for someone it does not list (a supervisor). */
    public String nameOf(String ownerId) {
        return owner(ownerId).map(Owner::name).orElse(null);
    }

    /** The team a complaint goes to: one covering its component, else its category, else the first team. */
    public Team teamFor(String category, String component) {
        return teams.stream().filter(team -> component != null && team.components().contains(component))
                .findFirst()
                .or(() -> teams.stream().filter(team -> team.categories().contains(category)).findFirst())
                .orElse(teams.getFirst());
    }

    /** The calendar a team's SLA clocks count in: its business hours, or calendar time (also for an unknown team). */
    public BusinessCalendar calendar(String teamId) {
        return team(teamId).map(Team::calendar).map(CalendarSpec::toCalendar).orElse(BusinessCalendar.ALWAYS);
    }

    /** The same roster with one owner's availability changed. */
    public Roster withAvailability(String ownerId, boolean available) {
        return new Roster(headOfService, teams, owners.stream()
                .map(owner -> owner.id().equals(ownerId) ? owner.withAvailable(available) : owner).toList());
    }
}
