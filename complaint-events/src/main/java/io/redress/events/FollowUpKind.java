package io.redress.events;

/**
 * What a follow-up is for: asking the customer how satisfied they are, checking in a few days after the resolution,
 * reminding the owner before an SLA due time, or telling the customer before a promised resolution time is missed.
 */
public enum FollowUpKind {
    SATISFACTION_SURVEY, CHECK_IN, OWNER_REMINDER, DELAY_NOTICE
}
