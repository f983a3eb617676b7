package io.redress.resolution.assignment;

import io.redress.resolution.lifecycle.ComplaintState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the one named owner of a new complaint. For now a stable spread over the configured agents: the same
 * complaint always lands with the same agent, whatever the order of arrival.
 */
@ApplicationScoped
public class AssignmentPolicy {

    private final List<String> agents;
    private final String team;

    public AssignmentPolicy(@ConfigProperty(name = "redress.resolution.agents") List<String> agents,
            @ConfigProperty(name = "redress.resolution.team") String team) {
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("redress.resolution.agents must name at least one agent");
        }
        this.agents = List.copyOf(agents);
        this.team = team;
    }

    /** Who takes a complaint, in which team, and why. */
    public record Assignment(String ownerId, String team, String rule) {
    }

    public Assignment choose(ComplaintState complaint) {
        int slot = Math.floorMod(complaint.complaintId().hashCode(), agents.size());
        return new Assignment(agents.get(slot), team,
                "spread: complaint id hashed over the %d agents of %s".formatted(agents.size(), team));
    }
}
