package io.redress.events;

/** How much the problem affected the customer, from a nuisance to a major failure. */
public enum Severity {
    MINOR, MODERATE, MAJOR, CRITICAL
}
