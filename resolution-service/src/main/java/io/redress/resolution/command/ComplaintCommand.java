package io.redress.resolution.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What agents and supervisors ask of a complaint; each is decided by {@link ComplaintDecider#decide}. */
public sealed interface ComplaintCommand {

    /**
     * The owner tells the customer they have the complaint in hand ({@code POST /complaints/{id}/acknowledge}).
     *
     * @param apologized whether the owner apologised (one of the drivers of satisfaction analysts look at)
     * @param message    what the customer was told
     */
    record Acknowledge(@NotNull Boolean apologized, @NotBlank @Size(max = 2_000) String message)
            implements ComplaintCommand {
    }

    /**
     * A supervisor gives the complaint to another owner ({@code POST /complaints/{id}/assign}).
     *
     * @param ownerId the new owner
     * @param team    the new owner's team; default: the complaint's current team
     */
    record Assign(@NotBlank @Size(max = 100) String ownerId, @Size(min = 1, max = 100) String team)
            implements ComplaintCommand {
    }
}
