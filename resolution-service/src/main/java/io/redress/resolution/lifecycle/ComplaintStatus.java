package io.redress.resolution.lifecycle;

/** Where a complaint stands in resolution's lifecycle. */
public enum ComplaintStatus {
    /** Filed, not yet given to anyone (for the moment between the filing and its assignment). */
    FILED,
    /** Nobody could take it: held in its team supervisor's queue until an owner can. */
    QUEUED,
    ASSIGNED, ACKNOWLEDGED, RESOLVED, CLOSED, REOPENED;

    /** Whether someone is working on it: counts in its owner's load. */
    public boolean inHand() {
        return this == ASSIGNED || this == ACKNOWLEDGED || this == REOPENED;
    }

    /** Whether it is still to be resolved. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
