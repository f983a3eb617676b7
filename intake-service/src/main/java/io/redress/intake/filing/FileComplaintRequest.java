package io.redress.intake.filing;

import io.redress.events.Channel;
import io.redress.events.Severity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A complaint as another system sends it ({@code POST /complaints} body, and the value of {@code
 * complaint-submissions} records).
 *
 * @param receivedAt when the customer made contact, as the source system recorded it; defaults to now
 */
public record FileComplaintRequest(
        @NotBlank @Size(max = 100) String customerId,
        @Size(max = 200) String customerName,
        @NotNull Channel channel,
        @NotBlank @Size(max = 100) String category,
        @NotNull Severity severity,
        @NotBlank @Size(max = 10_000) String description,
        @Size(max = 100) String product,
        @Size(max = 100) String component,
        @Size(max = 50) String componentVersion,
        @Size(max = 100) String employeeId,
        Instant problemOccurredAt,
        Instant receivedAt,
        @Size(max = 200) String externalRef,
        @DecimalMin("0") BigDecimal customerLifetimeValue) {
}
