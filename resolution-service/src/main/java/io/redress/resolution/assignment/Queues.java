package io.redress.resolution.assignment;

import io.redress.events.ComplaintAssigned;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.roster.Roster;
import io.redress.resolution.view.Workloads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes queued complaints out of the teams' queues, oldest first, for as long as someone in their team can take
 * them: after a resolution frees an owner, and after a roster change (an owner back, a capacity raised).
 */
public final class Queues {

    private Queues() {
    }

    /** The owners' loads as the view holds them (complaints in hand), one query. */
    public static Uni<Loads> loads(SqlClient client, Roster roster) {
        return Workloads.loads(client, roster.owners().stream().map(Roster.Owner::id).toList()).map(Loads::new);
    }

    /** The assignments out of the queues the roster and loads allow now (the queue's holder as previous owner). */
    public static Uni<List<ComplaintAssigned>> drain(SqlConnection tx, Roster roster, Loads loads, int limit,
            Instant now) {
        return Workloads.queued(tx, null, null, null, limit).map(queued -> {
            List<ComplaintAssigned> assigned = new ArrayList<>();
            for (ComplaintState complaint : queued) {
                Optional<Assigner.Assignment> chosen = Assigner.fromQueue(roster, complaint.team(),
                        Assigner.Complaint.of(complaint), loads);
                chosen.ifPresent(to -> assigned.add(new ComplaintAssigned(complaint.complaintId(), now, to.ownerId(),
                        to.team(), to.rule().name(), complaint.ownerId(), null, null, roster.nameOf(to.ownerId()))));
            }
            return assigned;
        });
    }
}
