package io.redress.resolution.lifecycle;

/** Where a complaint stands in resolution's lifecycle. */
public enum ComplaintStatus {
    FILED, ASSIGNED, ACKNOWLEDGED, RESOLVED, CLOSED, REOPENED
}
