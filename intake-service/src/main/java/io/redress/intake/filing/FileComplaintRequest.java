package io.redress.intake.filing;

import io.redress.events.Channel;
import io.redress.events.Severity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint as another system sends it: the {@code POST /complaints} body and the value of a {@code
 * complaint-submissions} record, read by {@link SubmissionReader}. The limits declared here are the contract's (they
 * appear in the OpenAPI as {@code maxLength}) and the ones enforced; {@link FilingRules} adds the rules between
 * fields.
 *
 * @param severity   absent: the category's default severity ({@code redress.intake.default-severity})
 * @param receivedAt when the customer made contact, as the source system recorded it; defaults to now
 * @param language   the language follow-ups should use, a BCP 47 tag
 */
public record FileComplaintRequest(
        @NotBlank @Size(max = 100) String customerId,
        @Size(max = 200) String customerName,
        @NotNull Channel channel,
        @NotBlank @Size(max = 100) String category,
        @Schema(description = "How much the problem affected the customer; absent: the category's default severity "
                + "(a 400 for a category without one)") Severity severity,
        @NotBlank @Size(max = 10_000) String description,
        @Size(max = 100) String product,
        @Size(max = 100) String component,
        @Size(max = 50) String componentVersion,
        @Size(max = 100) String employeeId,
        @Schema(description = "When the problem arose; not after receivedAt") Instant problemOccurredAt,
        @Schema(description = "When the customer made contact, per the source system; default now; may lie in the "
                + "past (imports), at most 5 minutes in the future") Instant receivedAt,
        @Size(max = 200) String externalRef,
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal customerLifetimeValue,
        @Schema(description = "The language follow-ups should use, a well-formed BCP 47 tag", example = "en-GB")
        @Size(max = 35) String language) {
}
