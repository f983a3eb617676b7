package io.redress.followup.tracking;

/** Where a complaint stands for follow-up, stored by name in {@code followup_complaint.stage}. */
public enum FollowUpStage {
    /** Filed, nobody owns it yet. */
    FILED,
    /** Someone owns it (or a team's queue holds it); reminders run before its SLA due times. */
    ASSIGNED,
    /** The owner told the customer they have it in hand. */
    ACKNOWLEDGED,
    /** Resolved: the survey goes out, the check-in is planned, the answer is awaited. */
    RESOLVED,
    /** Back to work after a low score, a contact or by hand; its surveys and check-ins are cancelled. */
    REOPENED,
    /** Its life ended; it takes no more follow-ups. */
    CLOSED
}
