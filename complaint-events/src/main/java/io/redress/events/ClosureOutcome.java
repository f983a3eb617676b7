package io.redress.events;

/** How the customer felt when the complaint was closed. */
public enum ClosureOutcome {
    SATISFIED, DISSATISFIED, NO_RESPONSE
}
