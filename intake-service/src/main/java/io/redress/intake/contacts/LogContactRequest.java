package io.redress.intake.contacts;

import io.redress.events.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /complaints/{id}/contacts}: the customer got in touch again.
 *
 * @param note what the customer said or asked; personal, encrypted on the log like the description
 */
public record LogContactRequest(
        @NotNull Channel channel,
        @Schema(description = "What the customer said or asked (personal: encrypted on the log, erased on request)")
        @NotBlank @Size(max = 10_000) String note) {
}
