package io.redress.core.projection;

/** Where an event sits in {@code complaint-events}: what checkpoints advance past, and what logs name. */
public record LogPosition(int partition, long offset) {
}
