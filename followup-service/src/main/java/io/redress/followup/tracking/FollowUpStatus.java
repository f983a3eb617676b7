package io.redress.followup.tracking;

/** Where one follow-up stands: waiting for its time, sent, or cancelled by what happened to the complaint. */
public enum FollowUpStatus {
    DUE, SENT, CANCELLED
}
