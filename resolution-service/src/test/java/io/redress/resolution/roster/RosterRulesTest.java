package io.redress.resolution.roster;

import static io.redress.resolution.roster.Roster.Seniority.JUNIOR;
import static io.redress.resolution.roster.Roster.Seniority.SENIOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.problem.Problem.FieldError;
import io.redress.resolution.sla.BusinessCalendar;
import io.redress.resolution.sla.CalendarSpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What makes a roster valid, each violation at its JSON pointer; and the roster's look-ups. */
class RosterRulesTest {

    private static final CalendarSpec OFFICE = new CalendarSpec("Europe/Berlin", week("MONDAY",
            List.of("09:00-17:00"), "FRIDAY", List.of("09:00-15:00")), List.of("2026-12-25"));
    private static final Roster.Team BILLING = team("billing-care", "sup-sara", OFFICE);
    private static final Roster.Team NETWORK = new Roster.Team("network-care", "sup-nils", List.of("connectivity"),
            List.of("router-x"), null);
    private static final Roster.Owner AMIRA = owner("agent-amira", "billing-care");
    private static final Roster.Owner NOAH = new Roster.Owner("agent-noah", "Noah Berg", "network-care", List.of(),
            JUNIOR, 10, false);

    private static Roster.Team team(String id, String supervisor, CalendarSpec calendar) {
        return new Roster.Team(id, supervisor, List.of("billing", "refund"), List.of(), calendar);
    }

    private static Roster.Owner owner(String id, String team) {
        return new Roster.Owner(id, "Amira Haddad", team, List.of("refunds", "arabic"), SENIOR, 25, true);
    }

    private static Roster.Owner amiraWith(List<String> skills, Roster.Seniority seniority, Integer capacity,
            Boolean available) {
        return new Roster.Owner("agent-amira", "Amira Haddad", "billing-care", skills, seniority, capacity,
                available);
    }

    private static Roster roster(List<Roster.Team> teams, Roster.Owner... owners) {
        return new Roster("head-hana", teams, Arrays.asList(owners));
    }

    private static Map<String, List<String>> week(Object... dayAndPeriods) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        for (int i = 0; i < dayAndPeriods.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> periods = (List<String>) dayAndPeriods[i + 1];
            week.put((String) dayAndPeriods[i], periods);
        }
        return week;
    }

    private static List<FieldError> violations(Roster roster) {
        return RosterRules.violations(roster);
    }

    private static FieldError error(String field, String pointer, String message) {
        return new FieldError(field, message, pointer);
    }

    // --- valid ---

    @Test
    void aValidRoster_hasNoViolations() {
        assertThat(violations(roster(List.of(BILLING, NETWORK), AMIRA, NOAH))).isEmpty();
    }

    @Test
    void aRosterWithoutOwners_isValid() {
        assertThat(violations(roster(List.of(BILLING)))).isEmpty();
    }

    // --- the document and its head of service ---

    @Test
    void noRosterAtAll_isOneViolation_atTheRoot() {
        assertThat(violations(null)).containsExactly(
                new FieldError("roster", "a roster document is required", ""));
    }

    @Test
    void aMissingHeadOfService_isNamed() {
        assertThat(violations(new Roster(null, List.of(BILLING), List.of(AMIRA)))).containsExactly(
                error("headOfService", "/headOfService", "is required"));
        assertThat(violations(new Roster("  ", List.of(BILLING), List.of(AMIRA)))).containsExactly(
                error("headOfService", "/headOfService", "is required"));
    }

    @Test
    void aHeadOfService_withSurroundingSpacesOrTooLong_isNamed() {
        String message = "must be at most 100 characters, without surrounding spaces";
        assertThat(violations(new Roster(" head-hana", List.of(BILLING), List.of()))).containsExactly(
                error("headOfService", "/headOfService", message));
        assertThat(violations(new Roster("h".repeat(101), List.of(BILLING), List.of()))).containsExactly(
                error("headOfService", "/headOfService", message));
    }

    // --- teams ---

    @Test
    void noTeams_isNamed() {
        assertThat(violations(roster(List.of()))).containsExactly(
                error("teams", "/teams", "at least one team is required"));
    }

    @Test
    void missingTeamsAndOwners_areBothNamed_andNothingBelowThem() {
        assertThat(violations(new Roster("head-hana", null, null))).containsExactly(
                error("teams", "/teams", "at least one team is required"),
                error("owners", "/owners", "is required (an empty list is allowed)"));
    }

    @Test
    void aTeamListedTwice_isNamedAtTheSecond() {
        assertThat(violations(roster(List.of(BILLING, NETWORK, team("billing-care", "sup-sven", null)), AMIRA)))
                .containsExactly(error("teams[2].id", "/teams/2/id", "team billing-care is listed twice"));
    }

    @Test
    void aTeam_withoutSupervisor_categoriesOrComponents_orWithABlankCategory_isNamed() {
        Roster.Team bare = new Roster.Team("bare-care", "", null, Arrays.asList("router-x", " "), null);
        assertThat(violations(roster(List.of(BILLING, bare)))).containsExactly(
                error("teams[1].supervisor", "/teams/1/supervisor", "is required"),
                error("teams[1].categories", "/teams/1/categories", "is required (an empty list is allowed)"),
                error("teams[1].components[1]", "/teams/1/components/1", "is required"));
    }

    @Test
    void aMissingTeamEntry_isNamed() {
        assertThat(violations(roster(Arrays.asList(BILLING, null)))).containsExactly(
                error("teams[1]", "/teams/1", "a team is required here"));
    }

    @Test
    void aBadTeamCalendar_isNamed_belowTheTeamsCalendar() {
        CalendarSpec bad = new CalendarSpec("Mars/Olympus", week("MONDAY", List.of("17:00-09:00"), "FUNDAY",
                List.of()), null);
        assertThat(violations(roster(List.of(NETWORK, team("billing-care", "sup-sara", bad)), AMIRA)))
                .containsExactly(
                        error("teams[1].calendar.zone", "/teams/1/calendar/zone",
                                "'Mars/Olympus' is not a time zone such as Europe/Berlin"),
                        error("teams[1].calendar.week.MONDAY[0]", "/teams/1/calendar/week/MONDAY/0",
                                "period 17:00-09:00 must end after it starts"),
                        error("teams[1].calendar.week.FUNDAY", "/teams/1/calendar/week/FUNDAY",
                                "unknown day 'FUNDAY' (expected one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,"
                                        + " SATURDAY, SUNDAY)"),
                        error("teams[1].calendar.holidays", "/teams/1/calendar/holidays",
                                "must be a list of ISO dates (empty for none), not null"));
    }

    // --- owners ---

    @Test
    void anOwnerInAnUnknownTeam_isNamed_withTheKnownTeams() {
        assertThat(violations(roster(List.of(BILLING), owner("agent-amira", "sales-care")))).containsExactly(
                error("owners[0].team", "/owners/0/team", "no team sales-care in teams (known: billing-care)"));
    }

    @Test
    void anOwnerInAnUnknownTeam_namesEveryKnownTeam() {
        List<FieldError> errors = violations(roster(List.of(BILLING, NETWORK), owner("agent-amira", "sales-care")));
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/owners/0/team");
            assertThat(error.message()).startsWith("no team sales-care in teams (known: ")
                    .contains("billing-care", "network-care");
        });
    }

    @Test
    void anOwnerListedTwice_isNamedAtTheSecond() {
        assertThat(violations(roster(List.of(BILLING, NETWORK), AMIRA, NOAH, owner("agent-amira", "network-care"))))
                .containsExactly(error("owners[2].id", "/owners/2/id", "owner agent-amira is listed twice"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(ints = {0, -1, 10_001})
    void aCapacityOutsideOneTo10000_isNamed(Integer capacity) {
        assertThat(violations(roster(List.of(BILLING), amiraWith(List.of(), SENIOR, capacity, true))))
                .containsExactly(error("owners[0].capacity", "/owners/0/capacity",
                        "must be a whole number from 1 to 10000 (open complaints)"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000})
    void aCapacityOfOneTo10000_isValid(int capacity) {
        assertThat(violations(roster(List.of(BILLING), amiraWith(List.of(), JUNIOR, capacity, false)))).isEmpty();
    }

    @Test
    void aMissingSeniorityOrAvailability_isNamed() {
        assertThat(violations(roster(List.of(BILLING), amiraWith(List.of(), null, 25, null)))).containsExactly(
                error("owners[0].seniority", "/owners/0/seniority", "is required: SENIOR or JUNIOR"),
                error("owners[0].available", "/owners/0/available", "is required: true or false"));
    }

    @Test
    void aBlankSkill_isNamedAtItsIndex() {
        assertThat(violations(roster(List.of(BILLING), amiraWith(List.of("refunds", " "), SENIOR, 25, true))))
                .containsExactly(error("owners[0].skills[1]", "/owners/0/skills/1", "is required"));
    }

    @Test
    void anOwner_withoutIdNameTeamOrSkills_isNamed() {
        Roster.Owner nobody = new Roster.Owner(null, "", null, null, JUNIOR, 5, true);
        assertThat(violations(roster(List.of(BILLING), nobody))).containsExactly(
                error("owners[0].id", "/owners/0/id", "is required"),
                error("owners[0].name", "/owners/0/name", "is required"),
                error("owners[0].team", "/owners/0/team", "is required"),
                error("owners[0].skills", "/owners/0/skills", "is required (an empty list is allowed)"));
    }

    @Test
    void aMissingOwnerEntry_isNamed() {
        assertThat(violations(roster(List.of(BILLING), AMIRA, null))).containsExactly(
                error("owners[1]", "/owners/1", "an owner is required here"));
    }

    @Test
    void everyViolation_isNamed_atOnce_inDocumentOrder() {
        Roster roster = new Roster(null, List.of(BILLING, team("billing-care", "sup-sara", null)), List.of(
                amiraWith(List.of("refunds"), SENIOR, 0, true), owner("agent-amira", "sales-care"),
                amiraWith(List.of(""), null, 25, true)));
        assertThat(violations(roster)).containsExactly(
                error("headOfService", "/headOfService", "is required"),
                error("teams[1].id", "/teams/1/id", "team billing-care is listed twice"),
                error("owners[0].capacity", "/owners/0/capacity",
                        "must be a whole number from 1 to 10000 (open complaints)"),
                error("owners[1].id", "/owners/1/id", "owner agent-amira is listed twice"),
                error("owners[1].team", "/owners/1/team", "no team sales-care in teams (known: billing-care)"),
                error("owners[2].id", "/owners/2/id", "owner agent-amira is listed twice"),
                error("owners[2].skills[0]", "/owners/2/skills/0", "is required"),
                error("owners[2].seniority", "/owners/2/seniority", "is required: SENIOR or JUNIOR"));
    }

    // --- the roster's look-ups ---

    @Test
    void teamFor_prefersTheTeamCoveringTheComponent_thenTheCategory_thenTheFirstTeam() {
        Roster roster = roster(List.of(BILLING, NETWORK));
        assertThat(roster.teamFor("billing", "router-x")).isEqualTo(NETWORK);
        assertThat(roster.teamFor("connectivity", null)).isEqualTo(NETWORK);
        assertThat(roster.teamFor("refund", "modem-y")).isEqualTo(BILLING);
        assertThat(roster.teamFor("privacy", null)).isEqualTo(BILLING);
    }

    @Test
    void withAvailability_changesThatOwnerOnly() {
        Roster roster = roster(List.of(BILLING, NETWORK), AMIRA, NOAH);

        Roster changed = roster.withAvailability("agent-noah", true);

        assertThat(changed.owner("agent-noah")).contains(new Roster.Owner("agent-noah", "Noah Berg", "network-care",
                List.of(), JUNIOR, 10, true));
        assertThat(changed.owner("agent-amira")).contains(AMIRA);
        assertThat(changed.teams()).isEqualTo(roster.teams());
        assertThat(changed.headOfService()).isEqualTo("head-hana");
        assertThat(roster.owner("agent-noah").orElseThrow().available()).isFalse();
        assertThat(roster.withAvailability("agent-gone", false)).isEqualTo(roster);
    }

    @Test
    void calendar_isTheTeamsBusinessHours_orCalendarTime() {
        Roster roster = roster(List.of(BILLING, NETWORK));
        assertThat(roster.calendar("billing-care")).isEqualTo(OFFICE.toCalendar());
        assertThat(roster.calendar("network-care")).isSameAs(BusinessCalendar.ALWAYS);
        assertThat(roster.calendar("retired-care")).isSameAs(BusinessCalendar.ALWAYS);
    }
}
