package io.redress.resolution.assignment;

/** Why a complaint went to its owner, recorded as {@code rule} on {@code ComplaintAssigned}; tried in this order. */
public enum Rule {
    /** The customer's previous owner, available and under capacity: the customer need not repeat their story. */
    RETURNING_CUSTOMER,
    /** A MAJOR or CRITICAL complaint, or a customer complaining again: the least-loaded senior of the team. */
    SENIOR_FOR_REPEAT_OR_SEVERE,
    /** The least-loaded available owner of the team under capacity. */
    LEAST_LOADED,
    /** Nobody could take it: the team supervisor holds it in the team's queue until someone can. */
    UNASSIGNED_QUEUE,
    /** A supervisor gave it to someone by hand. */
    MANUAL
}
