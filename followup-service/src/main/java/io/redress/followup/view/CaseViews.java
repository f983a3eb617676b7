package io.redress.followup.view;

import io.redress.followup.satisfaction.FollowUpDataKeys;
import io.redress.followup.tracking.Cases;
import io.redress.followup.tracking.FollowUpCase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Reads a complaint's {@link ComplaintFollowUps}: its case from {@link Cases}, its comment opened with the key. */
@ApplicationScoped
public class CaseViews {

    private final Cases cases;
    private final FollowUpDataKeys keys;

    public CaseViews(Cases cases, FollowUpDataKeys keys) {
        this.cases = cases;
        this.keys = keys;
    }

    /** The complaint's follow-ups, or null when follow-up does not know it. */
    public Uni<ComplaintFollowUps> find(SqlClient client, UUID id) {
        return cases.find(client, id).chain(state -> state == null ? Uni.createFrom().nullItem() : of(client, state));
    }

    /** A case already read, its comment opened with the customer's key (read only when there is a comment). */
    public Uni<ComplaintFollowUps> of(SqlClient client, FollowUpCase state) {
        String customer = state.complaint().customerId();
        return state.complaint().answer() == null || state.complaint().answer().comment() == null
                ? Uni.createFrom().item(ComplaintFollowUps.of(state, null))
                : keys.store().existing(client, Set.of(customer)).map(found ->
                        ComplaintFollowUps.of(state, found.get(customer)));
    }
}
