package io.redress.resolution.lifecycle;

import io.redress.events.Severity;
import java.time.Instant;
import java.util.UUID;

/**
 * A {@link ComplaintState} for unit tests, without folding events: by default a MAJOR billing complaint assigned to
 * agent-amira of billing-care (its first owner), unacknowledged, both clocks running, never escalated.
 */
public final class ComplaintStateBuilder {

    public static final UUID ID = UUID.fromString("4f1c2a9e-7b3d-4e51-9a0c-2d6b8e5f1a37");
    /** Monday 12 January 2026, 10:00 in Berlin. */
    public static final Instant RECEIVED = Instant.parse("2026-01-12T09:00:00Z");
    public static final Instant ACKNOWLEDGE_DUE = Instant.parse("2026-01-12T13:00:00Z");
    public static final Instant RESOLVE_DUE = Instant.parse("2026-01-15T09:00:00Z");

    private ComplaintStatus status = ComplaintStatus.ASSIGNED;
    private String category = "billing";
    private String component;
    private Severity severity = Severity.MAJOR;
    private int priorComplaints;
    private String ownerId = "agent-amira";
    private String team = "billing-care";
    private String rule = "LEAST_LOADED";
    private String firstOwnerId = "agent-amira";
    private int escalationLevel;
    private Instant acknowledgeDueAt = ACKNOWLEDGE_DUE;
    private Instant acknowledgedAt;
    private Instant resolveDueAt = RESOLVE_DUE;
    private Instant resolvedAt;
    private int contactCount = 1;
    private int reopenCount;

    private ComplaintStateBuilder() {
    }

    public static ComplaintStateBuilder complaint(ComplaintStatus status) {
        ComplaintStateBuilder builder = new ComplaintStateBuilder();
        builder.status = status;
        return builder;
    }

    /** Filed, not yet given to anyone: no owner, no team, no clocks. */
    public static ComplaintStateBuilder filed() {
        return complaint(ComplaintStatus.FILED).owner(null).team(null).rule(null).firstOwner(null)
                .acknowledgeDue(null).resolveDue(null);
    }

    /** In billing-care's queue, held by its supervisor, with the clocks running. */
    public static ComplaintStateBuilder queued() {
        return complaint(ComplaintStatus.QUEUED).owner("sup-sara").rule("UNASSIGNED_QUEUE").firstOwner(null);
    }

    public ComplaintStateBuilder severity(Severity value) {
        severity = value;
        return this;
    }

    public ComplaintStateBuilder category(String value) {
        category = value;
        return this;
    }

    public ComplaintStateBuilder component(String value) {
        component = value;
        return this;
    }

    public ComplaintStateBuilder priorComplaints(int value) {
        priorComplaints = value;
        return this;
    }

    public ComplaintStateBuilder owner(String value) {
        ownerId = value;
        return this;
    }

    public ComplaintStateBuilder team(String value) {
        team = value;
        return this;
    }

    public ComplaintStateBuilder rule(String value) {
        rule = value;
        return this;
    }

    public ComplaintStateBuilder firstOwner(String value) {
        firstOwnerId = value;
        return this;
    }

    public ComplaintStateBuilder escalationLevel(int value) {
        escalationLevel = value;
        return this;
    }

    public ComplaintStateBuilder acknowledgeDue(Instant value) {
        acknowledgeDueAt = value;
        return this;
    }

    public ComplaintStateBuilder acknowledgedAt(Instant value) {
        acknowledgedAt = value;
        return this;
    }

    public ComplaintStateBuilder resolveDue(Instant value) {
        resolveDueAt = value;
        return this;
    }

    public ComplaintStateBuilder resolvedAt(Instant value) {
        resolvedAt = value;
        return this;
    }

    public ComplaintStateBuilder contacts(int value) {
        contactCount = value;
        return this;
    }

    public ComplaintStateBuilder reopens(int value) {
        reopenCount = value;
        return this;
    }

    public ComplaintState build() {
        return new ComplaintState(ID, status, "CUST-204817", category, component, severity, priorComplaints, RECEIVED,
                ownerId, team, rule, firstOwnerId, escalationLevel, acknowledgeDueAt, acknowledgedAt, null,
                resolveDueAt, resolvedAt, null, contactCount, reopenCount);
    }
}
