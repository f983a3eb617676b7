package io.redress.analytics.rootcause;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /root-causes}: a cause found by asking "why?" until the answer is something that can be
 * removed, the action that removes it, and the complaints it explains.
 *
 * @param whys        1 to 7 answers, each explaining the one before (the first explains the complaints)
 * @param correctedAt when the corrective action took effect; absent while it is only planned
 */
@Schema(name = "IdentifyRootCause")
public record IdentifyRootCause(
        @Schema(examples = "Firmware 6.2.14 drops the PPPoE session on DHCP lease renewal", maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(examples = "connectivity", maxLength = 100) @NotBlank @Size(max = 100) String category,
        @Schema(nullable = true, examples = "homehub-6", maxLength = 100) @Size(min = 1, max = 100) String component,
        @Schema(minItems = 1, maxItems = 7, description = "Each answers the one before: why did it happen?")
        @NotNull @Size(min = 1, max = 7) List<@NotBlank @Size(max = 1000) String> whys,
        @Schema(examples = "Ship 6.2.15 with the fix and roll firmware out in stages", maxLength = 2000)
        @NotBlank @Size(max = 2000) String correctiveAction,
        @Schema(nullable = true, description = "When the corrective action took effect")
        Instant correctedAt,
        @Schema(minItems = 1, maxItems = 1000, description = "The complaints it explains; each must be known to "
                + "analytics")
        @NotNull @Size(min = 1, max = 1000) List<@NotNull UUID> complaintIds) {
}
