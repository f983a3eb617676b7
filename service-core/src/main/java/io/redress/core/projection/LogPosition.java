package io.redress.core.projection;

/** Where an event sits in {@code complaint-events}; kept with its processed-event record for operators. */
public record LogPosition(int partition, long offset) {
}
