package io.redress.resolution.command;

import io.redress.events.RemedyType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /**
     * The owner put the problem right ({@code POST /complaints/{id}/resolve}).
     *
     * @param fairSolutionAsked whether the customer was asked what they would consider fair
     * @param extraMile         what was done beyond the fix to make up for the customer's lost time
     * @param summary           what was done
     * @param customerFairSolution what the customer said would be fair, in their own words (personal: encrypted on
     *                          the log with the customer's data key)
     */
    record Resolve(@NotNull @Valid RemedyRequest remedy, @NotNull Boolean fairSolutionAsked,
            @Size(max = 2_000) String extraMile, @NotBlank @Size(max = 4_000) String summary,
            @Size(max = 2_000) String customerFairSolution) implements ComplaintCommand {
    }

    /**
     * What the customer was given; an amount needs its currency.
     *
     * @param currency an ISO 4217 code, e.g. EUR
     */
    record RemedyRequest(@NotNull RemedyType type,
            @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 4)
            BigDecimal amount,
            @Schema(examples = "EUR") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
            String currency) {
    }

    /**
     * A resolved or closed complaint goes back to work ({@code POST /complaints/{id}/reopen}).
     *
     * @param reason why, in the words of whoever asks
     */
    record Reopen(@NotBlank @Size(max = 2_000) String reason) implements ComplaintCommand {
    }
}
