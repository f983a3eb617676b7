package io.redress.core.security;

/**
 * The roles of Redress, carried in the bearer token's {@code groups} claim. Who may call which path is in
 * docs/ARCHITECTURE.md ("Who may do what") and on each operation of the OpenAPI document.
 */
public final class Roles {

    /** Systems that file complaints. */
    public static final String INTAKE = "intake";
    /** Employees who own complaints and act on their own ones. */
    public static final String AGENT = "agent";
    /** Employees who may act on any complaint. */
    public static final String SUPERVISOR = "supervisor";
    /** People who read analytics (no personal data). */
    public static final String ANALYST = "analyst";
    /** Whoever runs the services: rebuilds and metrics. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
