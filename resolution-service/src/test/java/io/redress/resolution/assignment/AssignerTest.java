package io.redress.resolution.assignment;

import static io.redress.resolution.roster.Roster.Seniority.JUNIOR;
import static io.redress.resolution.roster.Roster.Seniority.SENIOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.Severity;
import io.redress.resolution.roster.Roster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who takes a complaint: the rules in order, on a roster of two teams and the owners' loads. */
class AssignerTest {

    private static final Roster.Team BILLING = new Roster.Team("billing-care", "sup-sara", List.of("billing"),
            List.of(), null);
    private static final Roster.Team NETWORK = new Roster.Team("network-care", "sup-nils", List.of("connectivity"),
            List.of("router-x"), null);

    /** billing-care: two seniors and two juniors; network-care: one senior, one junior; capacity 10 each. */
    private static final Roster ROSTER = new Roster("head-hana", List.of(BILLING, NETWORK), List.of(
            owner("senior-bea", "billing-care", SENIOR, 10),
            owner("senior-bert", "billing-care", SENIOR, 10),
            owner("junior-ben", "billing-care", JUNIOR, 10),
            owner("junior-bob", "billing-care", JUNIOR, 10),
            owner("senior-nadia", "network-care", SENIOR, 10),
            owner("junior-noah", "network-care", JUNIOR, 10)));

    private static Roster.Owner owner(String id, String team, Roster.Seniority seniority, int capacity) {
        return new Roster.Owner(id, id, team, List.of(), seniority, capacity, true);
    }

    private static Assigner.Complaint complaint(String category, String component, Severity severity, int prior) {
        return new Assigner.Complaint(UUID.randomUUID(), "CUST-1", category, component, severity, prior);
    }

    private static Assigner.Complaint minorBilling() {
        return complaint("billing", null, Severity.MINOR, 0);
    }

    /** Loads as the view holds them: owner id, open complaints, owner id, open complaints, … */
    private static Loads loads(Object... ownerAndCount) {
        Map<String, Integer> open = new HashMap<>();
        for (int i = 0; i < ownerAndCount.length; i += 2) {
            open.put((String) ownerAndCount[i], (Integer) ownerAndCount[i + 1]);
        }
        return new Loads(open);
    }

    private static Roster without(Roster roster, String... unavailable) {
        Roster changed = roster;
        for (String owner : unavailable) {
            changed = changed.withAvailability(owner, false);
        }
        return changed;
    }

    // --- the returning customer ---

    @Test
    void returningCustomer_goesToTheirPreviousOwner_evenInAnotherTeam_andCountsInTheirLoad() {
        Loads loads = loads("junior-noah", 9);
        assertThat(Assigner.assign(ROSTER, minorBilling(), loads, "junior-noah"))
                .isEqualTo(new Assigner.Assignment("junior-noah", "network-care", Rule.RETURNING_CUSTOMER));
        assertThat(loads.of("junior-noah")).isEqualTo(10);
    }

    @Test
    void returningCustomer_winsOverSeniority_forASevereRepeatComplaint() {
        assertThat(Assigner.assign(ROSTER, complaint("billing", null, Severity.CRITICAL, 3), loads(), "junior-ben"))
                .isEqualTo(new Assigner.Assignment("junior-ben", "billing-care", Rule.RETURNING_CUSTOMER));
    }

    @Test
    void returningCustomer_doesNotApply_whenThePreviousOwnerIsUnavailable() {
        assertThat(Assigner.assign(without(ROSTER, "junior-noah"), minorBilling(), loads(), "junior-noah").rule())
                .isEqualTo(Rule.LEAST_LOADED);
    }

    @Test
    void returningCustomer_doesNotApply_whenThePreviousOwnerIsAtCapacity() {
        Loads loads = loads("junior-noah", 10);
        assertThat(Assigner.assign(ROSTER, minorBilling(), loads, "junior-noah"))
                .isEqualTo(new Assigner.Assignment("junior-ben", "billing-care", Rule.LEAST_LOADED));
        assertThat(loads.of("junior-noah")).isEqualTo(10);
    }

    @Test
    void returningCustomer_doesNotApply_whenThePreviousOwnerIsNoLongerOnTheRoster() {
        assertThat(Assigner.assign(ROSTER, minorBilling(), loads(), "agent-gone"))
                .isEqualTo(new Assigner.Assignment("junior-ben", "billing-care", Rule.LEAST_LOADED));
    }

    // --- seniors for repeat and severe complaints ---

    @ParameterizedTest(name = "{0} with {1} prior complaints")
    @CsvSource({"MAJOR, 0", "CRITICAL, 0", "MINOR, 1", "MODERATE, 4"})
    void aSevereOrRepeatComplaint_goesToTheLeastLoadedSenior(Severity severity, int prior) {
        Loads loads = loads("senior-bea", 3, "senior-bert", 2, "junior-ben", 0, "junior-bob", 0);
        assertThat(Assigner.assign(ROSTER, complaint("billing", null, severity, prior), loads, null))
                .isEqualTo(new Assigner.Assignment("senior-bert", "billing-care", Rule.SENIOR_FOR_REPEAT_OR_SEVERE));
        assertThat(loads.of("senior-bert")).isEqualTo(3);
    }

    @Test
    void aSevereComplaint_goesToTheLeastLoadedJunior_whenNoSeniorCanTakeIt() {
        Roster roster = without(ROSTER, "senior-bea");
        Loads loads = loads("senior-bert", 10, "junior-ben", 4, "junior-bob", 2);
        assertThat(Assigner.assign(roster, complaint("billing", null, Severity.MAJOR, 0), loads, null))
                .isEqualTo(new Assigner.Assignment("junior-bob", "billing-care", Rule.LEAST_LOADED));
    }

    @Test
    void aModerateFirstComplaint_goesToTheLeastLoaded_whoeverThatIs() {
        Loads loads = loads("senior-bea", 1, "senior-bert", 0, "junior-ben", 2, "junior-bob", 1);
        assertThat(Assigner.assign(ROSTER, complaint("billing", null, Severity.MODERATE, 0), loads, null))
                .isEqualTo(new Assigner.Assignment("senior-bert", "billing-care", Rule.LEAST_LOADED));
    }

    // --- least loaded ---

    @Test
    void aMinorFirstComplaint_goesToTheLeastLoadedOfItsTeam() {
        Loads loads = loads("senior-bea", 5, "senior-bert", 5, "junior-ben", 3, "junior-bob", 2);
        assertThat(Assigner.assign(ROSTER, minorBilling(), loads, null))
                .isEqualTo(new Assigner.Assignment("junior-bob", "billing-care", Rule.LEAST_LOADED));
    }

    @Test
    void equalLoads_areBrokenByOwnerId() {
        Loads loads = loads("senior-bea", 2, "senior-bert", 2, "junior-ben", 2, "junior-bob", 2);
        assertThat(Assigner.assign(ROSTER, minorBilling(), loads, null).ownerId()).isEqualTo("junior-ben");
        assertThat(Assigner.assign(ROSTER, complaint("billing", null, Severity.MAJOR, 0), loads, null).ownerId())
                .isEqualTo("senior-bea");
    }

    @Test
    void anAssignment_countsAtOnce_forTheNextComplaintOfTheSameRun() {
        Loads loads = loads("senior-bea", 5, "senior-bert", 5);
        List<String> owners = IntStream.range(0, 4)
                .mapToObj(i -> Assigner.assign(ROSTER, minorBilling(), loads, null).ownerId()).toList();
        assertThat(owners).containsExactly("junior-ben", "junior-bob", "junior-ben", "junior-bob");
        assertThat(loads.of("junior-ben")).isEqualTo(2);
        assertThat(loads.of("junior-bob")).isEqualTo(2);
    }

    // --- which team ---

    @Test
    void aTeamCoveringTheComponent_winsOverTheTeamCoveringTheCategory() {
        assertThat(Assigner.assign(ROSTER, complaint("billing", "router-x", Severity.MINOR, 0), loads(), null))
                .isEqualTo(new Assigner.Assignment("junior-noah", "network-care", Rule.LEAST_LOADED));
    }

    @Test
    void aComplaint_goesToTheTeamCoveringItsCategory() {
        assertThat(Assigner.assign(ROSTER, complaint("connectivity", "modem-y", Severity.MINOR, 0), loads(), null)
                .team()).isEqualTo("network-care");
    }

    @Test
    void anUnknownCategory_goesToTheFirstTeam() {
        assertThat(Assigner.assign(ROSTER, complaint("privacy", null, Severity.MINOR, 0), loads(), null))
                .isEqualTo(new Assigner.Assignment("junior-ben", "billing-care", Rule.LEAST_LOADED));
    }

    // --- the queue ---

    @Test
    void aComplaintNobodyInTheTeamIsAvailableFor_goesToTheSupervisorsQueue() {
        Roster nobody = without(ROSTER, "senior-bea", "senior-bert", "junior-ben", "junior-bob");
        Loads loads = loads();
        assertThat(Assigner.assign(nobody, complaint("billing", null, Severity.MAJOR, 0), loads, null))
                .isEqualTo(new Assigner.Assignment("sup-sara", "billing-care", Rule.UNASSIGNED_QUEUE));
        assertThat(loads.of("sup-sara")).isZero();
    }

    @Test
    void aComplaint_goesToTheQueue_whenTheWholeTeamIsAtCapacity_evenIfAnotherTeamIsFree() {
        Loads full = loads("senior-bea", 10, "senior-bert", 10, "junior-ben", 10, "junior-bob", 12);
        assertThat(Assigner.assign(ROSTER, minorBilling(), full, null))
                .isEqualTo(new Assigner.Assignment("sup-sara", "billing-care", Rule.UNASSIGNED_QUEUE));
    }

    @Test
    void twoHundredComplaints_overFourJuniors_areSpreadEvenly_andThe241st_isQueued() {
        Roster.Team bulk = new Roster.Team("bulk-care", "sup-sven", List.of("billing"), List.of(), null);
        Roster roster = new Roster("head-hana", List.of(bulk), List.of(owner("junior-a", "bulk-care", JUNIOR, 60),
                owner("junior-b", "bulk-care", JUNIOR, 60), owner("junior-c", "bulk-care", JUNIOR, 60),
                owner("junior-d", "bulk-care", JUNIOR, 60)));
        List<String> juniors = List.of("junior-a", "junior-b", "junior-c", "junior-d");
        Loads loads = loads();

        List<Assigner.Assignment> first = assignMinor(roster, loads, 200);
        assertThat(first).extracting(Assigner.Assignment::rule).containsOnly(Rule.LEAST_LOADED);
        assertThat(juniors).allSatisfy(junior -> assertThat(loads.of(junior)).isEqualTo(50));

        List<Assigner.Assignment> upToCapacity = assignMinor(roster, loads, 40);
        assertThat(upToCapacity).extracting(Assigner.Assignment::rule).containsOnly(Rule.LEAST_LOADED);
        assertThat(juniors).allSatisfy(junior -> assertThat(loads.of(junior)).isEqualTo(60));

        assertThat(Assigner.assign(roster, minorBilling(), loads, null))
                .isEqualTo(new Assigner.Assignment("sup-sven", "bulk-care", Rule.UNASSIGNED_QUEUE));
        assertThat(juniors).allSatisfy(junior -> assertThat(loads.of(junior)).isEqualTo(60));
    }

    @Test
    void unevenStartingLoads_areEvenedOut_beforeAnyoneGetsMore() {
        Roster.Team bulk = new Roster.Team("bulk-care", "sup-sven", List.of("billing"), List.of(), null);
        Roster roster = new Roster("head-hana", List.of(bulk), List.of(owner("junior-a", "bulk-care", JUNIOR, 60),
                owner("junior-b", "bulk-care", JUNIOR, 60), owner("junior-c", "bulk-care", JUNIOR, 60)));
        Loads loads = loads("junior-a", 7, "junior-b", 1);

        assignMinor(roster, loads, 13);

        assertThat(List.of(loads.of("junior-a"), loads.of("junior-b"), loads.of("junior-c")))
                .containsExactly(7, 7, 7);
    }

    private static List<Assigner.Assignment> assignMinor(Roster roster, Loads loads, int count) {
        List<Assigner.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assignments.add(Assigner.assign(roster, minorBilling(), loads, null));
        }
        return assignments;
    }

    // --- out of the queue ---

    @Test
    void fromQueue_isEmpty_whileNobodyInTheTeamCanTakeIt() {
        Roster nobody = without(ROSTER, "senior-bea", "senior-bert", "junior-ben", "junior-bob");
        assertThat(Assigner.fromQueue(nobody, "billing-care", minorBilling(), loads())).isEmpty();
        Loads full = loads("senior-bea", 10, "senior-bert", 10, "junior-ben", 10, "junior-bob", 10);
        assertThat(Assigner.fromQueue(ROSTER, "billing-care", minorBilling(), full)).isEmpty();
    }

    @Test
    void fromQueue_givesIt_toWhoeverIsAvailableAgain_byTheSameRules() {
        Roster nobody = without(ROSTER, "senior-bea", "senior-bert", "junior-ben", "junior-bob");
        Loads loads = loads();
        assertThat(Assigner.fromQueue(nobody.withAvailability("senior-bert", true), "billing-care",
                complaint("billing", null, Severity.CRITICAL, 0), loads))
                .contains(new Assigner.Assignment("senior-bert", "billing-care", Rule.SENIOR_FOR_REPEAT_OR_SEVERE));
        assertThat(loads.of("senior-bert")).isEqualTo(1);
        assertThat(Assigner.fromQueue(nobody.withAvailability("junior-bob", true), "billing-care", minorBilling(),
                loads)).contains(new Assigner.Assignment("junior-bob", "billing-care", Rule.LEAST_LOADED));
    }

    @Test
    void fromQueue_ofATeamNoLongerOnTheRoster_usesTheTeamTheComplaintWouldGoToNow() {
        assertThat(Assigner.fromQueue(ROSTER, "retired-team", complaint("connectivity", null, Severity.MINOR, 0),
                loads())).contains(new Assigner.Assignment("junior-noah", "network-care", Rule.LEAST_LOADED));
    }
}
