package io.redress.resolution.acknowledgement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The owner tells the customer they have the complaint in hand ({@code POST /complaints/{id}/acknowledge} body).
 *
 * @param apologized whether the owner apologised (one of the drivers of satisfaction analysts look at)
 * @param message    what the customer was told
 */
public record AcknowledgeComplaint(@NotNull Boolean apologized, @NotBlank @Size(max = 2_000) String message) {
}
