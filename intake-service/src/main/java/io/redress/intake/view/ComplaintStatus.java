package io.redress.intake.view;

/**
 * Where a complaint stands in its lifecycle, as the events of every service move it: filed by intake, assigned,
 * acknowledged, resolved and reopened by resolution, closed by follow-up.
 */
public enum ComplaintStatus {
    FILED, ASSIGNED, ACKNOWLEDGED, RESOLVED, REOPENED, CLOSED
}
