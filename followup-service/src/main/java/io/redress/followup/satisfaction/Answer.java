package io.redress.followup.satisfaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /complaints/{id}/satisfaction}: what the survey system heard from the customer.
 *
 * @param comment the customer's words, personal: encrypted with their data key before it goes on the log
 */
@Schema(name = "SatisfactionAnswer")
public record Answer(
        @Schema(description = "1 (very unhappy) to 5 (very happy)", examples = "4", minimum = "1", maximum = "5")
        @NotNull @Min(1) @Max(5) Integer score,
        @Schema(description = "Someone took ownership of the problem (one of Gallup's four drivers)")
        @NotNull Boolean ownershipTaken,
        @Schema(description = "The customer felt valued") @NotNull Boolean feltValued,
        @Schema(description = "It was resolved quickly") @NotNull Boolean resolvedQuickly,
        @Schema(description = "Sincere regret was expressed") @NotNull Boolean regretExpressed,
        @Schema(nullable = true, maxLength = 2000, description = "The customer's own words (personal: encrypted)",
                examples = "Chen sorted it out and kept me posted.")
        @Size(max = 2000) String comment) {
}
