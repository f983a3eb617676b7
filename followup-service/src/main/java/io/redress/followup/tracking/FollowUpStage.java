package io.redress.followup.tracking;

/** Where a complaint stands for follow-up, stored by name in {@code followup_complaint.stage}. */
public enum FollowUpStage {
    FILED, ASSIGNED
}
