package io.redress.analytics.hotspot;

/**
 * What complaints can be grouped by for hot spots, each with the SQL that gives a complaint's value ({@code c} the
 * complaint's fact row, {@code own} its owner as of asOf, $4 the time zone). Hours and weekdays are of
 * {@code receivedAt} in the asked time zone.
 */
public enum Dimension {
    HOUR("hour", "to_char(c.received_at at time zone $4, 'HH24')"),
    WEEKDAY("weekday", "upper(to_char(c.received_at at time zone $4, 'FMDay'))"),
    EMPLOYEE("employee", "c.employee_id"),
    OWNER("owner", "own.actor"),
    COMPONENT("component", "c.component"),
    COMPONENT_VERSION("componentVersion", "c.component_version"),
    CHANNEL("channel", "c.channel"),
    CATEGORY("category", "c.category");

    private final String parameter;
    private final String sql;

    Dimension(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    /** Its name in {@code by} and in the answer. */
    public String parameter() {
        return parameter;
    }

    String sql() {
        return sql;
    }

    boolean usesZone() {
        return this == HOUR || this == WEEKDAY;
    }

    /** The dimension of a {@code by} name, or null. */
    static Dimension named(String name) {
        for (Dimension dimension : values()) {
            if (dimension.parameter.equals(name)) {
                return dimension;
            }
        }
        return null;
    }
}
