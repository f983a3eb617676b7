package io.redress.resolution.queue;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.resolution.roster.Roster;
import io.redress.resolution.roster.RosterStore;
import io.redress.resolution.view.Workloads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /teams/{team}/workload}: a team's load per owner, its queue, its breaches today and oldest open. */
@Path("/teams/{team}/workload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "queues")
public class WorkloadResource {

    private final Pool pool;
    private final RosterStore rosters;
    private final Clock clock;

    public WorkloadResource(Pool pool, RosterStore rosters, Clock clock) {
        this.pool = pool;
        this.rosters = rosters;
        this.clock = clock;
    }

    /** One owner of the team: how much they hold against what they can. */
    public record OwnerLoad(String ownerId, String name, Roster.Seniority seniority, boolean available, int open,
            int capacity) {
    }

    /**
     * The team's workload.
     *
     * @param breachesToday complaints of the team whose SLA clock breached since midnight in the team's zone
     */
    public record Workload(String team, String supervisor, List<OwnerLoad> owners, int queued, int breachesToday,
            @Schema(nullable = true) Instant oldestOpenReceivedAt) {
    }

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "getTeamWorkload", summary = "A team's load per owner, queue, breaches today, oldest open",
            description = "Role: supervisor. open counts each owner's complaints in hand (ASSIGNED, ACKNOWLEDGED, "
                    + "REOPENED); queued the team's complaints nobody could take yet; breachesToday the team's "
                    + "complaints with an SLA breach since midnight in the team's calendar zone (UTC for calendar "
                    + "time); oldestOpenReceivedAt the receipt of its oldest complaint not yet resolved.")
    @APIResponse(responseCode = "200", description = "The team's workload",
            content = @Content(schema = @Schema(implementation = Workload.class), examples = @ExampleObject(
                    name = "billing", value = """
                    {"team": "billing-care", "supervisor": "sup-omar",
                     "owners": [{"ownerId": "agent-chen", "name": "Chen Wei", "seniority": "SENIOR",
                                 "available": true, "open": 12, "capacity": 30}],
                     "queued": 0, "breachesToday": 1, "oldestOpenReceivedAt": "2026-11-28T10:12:00Z"}""")))
    @APIResponse(responseCode = "400", description = "A malformed team id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such team in the roster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Workload> workload(@PathParam("team") @Size(min = 1, max = 100) String team) {
        return rosters.current(pool).chain(current -> {
            Roster roster = current.roster();
            Roster.Team found = roster.team(team).orElseThrow(() -> ProblemException.notFound("team", team));
            List<Roster.Owner> owners = roster.owners().stream().filter(o -> o.team().equals(team)).toList();
            ZoneId zone = found.calendar() == null ? ZoneId.of("UTC") : roster.calendar(team).zone();
            Instant midnight = LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant();
            return Workloads.loads(pool, owners.stream().map(Roster.Owner::id).toList())
                    .chain(loads -> Workloads.team(pool, team, midnight).map(figures -> new Workload(team,
                            found.supervisor(), owners.stream().map(o -> new OwnerLoad(o.id(), o.name(),
                                    o.seniority(), o.available(), loads.getOrDefault(o.id(), 0), o.capacity()))
                                    .toList(), figures.queued(), figures.breachesSince(),
                            figures.oldestOpenReceivedAt())));
        });
    }
}
