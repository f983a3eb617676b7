package io.redress.analytics.recovery;

import io.redress.analytics.query.Window;
import io.redress.core.problem.Problem;
import io.redress.core.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /analytics/recovery}: what drives satisfaction after a complaint, read by {@link RecoveryReads}. */
@Path("/analytics/recovery")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
public class RecoveryResource {

    private static final String S = "{\"responses\": 120, \"meanScore\": 4.31, \"satisfied\": 101, "
            + "\"satisfiedShare\": 0.8417}";
    private static final String T = "{\"responses\": 80, \"meanScore\": 2.90, \"satisfied\": 30, "
            + "\"satisfiedShare\": 0.3750}";
    private static final String W = "{\"with\": " + S + ", \"without\": " + T + "}";
    private static final String C = "{\"customers\": 40, \"complainedAgain\": 6, \"againShare\": 0.1500, "
            + "\"nextAnswers\": 5, \"nextMeanScore\": 4.20}";
    private static final String EXAMPLE = "{\"from\": null, \"to\": null, \"asOf\": \"2026-12-01T00:00:00Z\", "
            + "\"answers\": " + S + ", \"drivers\": {\"ownershipTaken\": " + W + ", \"feltValued\": " + W
            + ", \"resolvedQuickly\": " + W + ", \"regretExpressed\": " + W + "}, \"driversPresent\": {\"0\": " + T
            + ", \"1\": " + T + ", \"2\": " + T + ", \"3\": " + S + ", \"4\": " + S + "}, \"apology\": " + W
            + ", \"byRemedy\": {\"REFUND\": " + S + ", \"EXPLANATION\": " + T + "}, \"extraMile\": " + W
            + ", \"compensationWithoutOwnershipAndRegret\": " + T + ", \"ownershipAndRegretWithoutCompensation\": "
            + S + ", \"paradox\": [{\"severity\": \"MAJOR\", \"happyFirst\": " + C + ", \"unhappyFirst\": " + C
            + "}]}";

    private final Pool pool;
    private final Clock clock;

    public RecoveryResource(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getRecovery", summary = "What drives satisfaction: Gallup's four drivers, apology, "
            + "remedy, extra mile, and the recovery paradox", description = "Roles: analyst, operator. The answers "
            + "are the SatisfactionRecorded events by asOf about complaints received in [from, to) and filed by "
            + "asOf; each split gives responses, meanScore (2 decimals), satisfied (scores 4–5) and satisfiedShare "
            + "(4 decimals, null without answers). drivers: each of ownershipTaken, feltValued, resolvedQuickly, "
            + "regretExpressed with and without, as answered; driversPresent: by how many of the four; apology: "
            + "whether an acknowledgement with apologized came before the answer; byRemedy and extraMile: of the "
            + "latest resolution before the answer (NONE without one); compensationWithoutOwnershipAndRegret: a "
            + "compensating remedy (REFUND, DISCOUNT, FEE_WAIVED, GOODWILL_GESTURE, UPGRADE) without the customer "
            + "saying both ownershipTaken and regretExpressed; ownershipAndRegretWithoutCompensation: both, and no "
            + "compensating remedy. paradox, per severity of the first complaint: customers whose first complaint "
            + "ever (earliest receivedAt, filed by asOf) was received in the window, first resolved at least 90 "
            + "days before asOf and answered; happyFirst those whose first answer was 4–5, unhappyFirst 1–2; "
            + "complainedAgain those with another complaint received in the 90 days after that resolution, and "
            + "the mean of the first answers to those next complaints.")
    @APIResponse(responseCode = "200", description = "The splits",
            content = @Content(schema = @Schema(implementation = Recovery.class),
                    examples = @ExampleObject(name = "recovery", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed (not an ISO-8601 instant, or to not "
            + "after from); one problem names every bad parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Recovery> recovery(
            @Parameter(description = Window.FROM)
            @QueryParam("from") String from,
            @Parameter(description = Window.TO)
            @QueryParam("to") String to,
            @Parameter(description = Window.AS_OF)
            @QueryParam("asOf") String asOf) {
        return RecoveryReads.read(pool, Window.parse(from, to, asOf, clock.instant()));
    }
}
