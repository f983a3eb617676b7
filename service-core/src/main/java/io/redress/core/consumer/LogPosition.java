package io.redress.core.consumer;

/** Where an event sits in {@code complaint-events}: what checkpoints advance past, and what logs name. */
public record LogPosition(int partition, long offset) {
}
