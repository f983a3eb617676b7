package io.redress.core.consumer;

/** Whether an event arrives live (reactions are sent) or in a rebuild's replay (reactions are already in the log). */
public enum Mode {
    LIVE, REPLAY
}
