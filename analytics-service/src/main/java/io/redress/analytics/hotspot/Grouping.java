package io.redress.analytics.hotspot;

import io.redress.analytics.query.QueryParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code by} asks for: one dimension, two crossed ones (hour × employee), or a component's versions, which
 * belong to it and are compared with the version before.
 */
public record Grouping(Dimension first, Dimension second) {

    /** How the cells are tested. */
    public enum Design { SINGLE, CROSSED, NESTED }

    public Design design() {
        if (second == null) {
            return Design.SINGLE;
        }
        return second == Dimension.COMPONENT_VERSION ? Design.NESTED : Design.CROSSED;
    }

    public List<Dimension> dimensions() {
        return second == null ? List.of(first) : List.of(first, second);
    }

    /** The grouping of a {@code by} value, the problems recorded in {@code parameters}; null when it is bad. */
    static Grouping parse(QueryParameters parameters, String by) {
        if (by == null || by.isBlank()) {
            return parameters.refuse("by", "is required: one of " + names() + ", two of them separated by a comma, "
                    + "or component,componentVersion", null);
        }
        String[] parts = by.split(",", -1);
        if (parts.length > 2) {
            return parameters.refuse("by", "takes at most two dimensions", null);
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String part : parts) {
            Dimension dimension = Dimension.named(part.trim());
            if (dimension == null) {
                return parameters.refuse("by", "'" + part + "' is not one of " + names(), null);
            }
            dimensions.add(dimension);
        }
        if (dimensions.size() == 2 && dimensions.get(0) == dimensions.get(1)) {
            return parameters.refuse("by", "names " + parts[0] + " twice", null);
        }
        boolean versions = dimensions.contains(Dimension.COMPONENT_VERSION);
        if (versions && !(dimensions.size() == 2 && dimensions.get(0) == Dimension.COMPONENT)) {
            return parameters.refuse("by", "componentVersion belongs to its component: by=component,componentVersion",
                    null);
        }
        return new Grouping(dimensions.get(0), dimensions.size() == 2 ? dimensions.get(1) : null);
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (dimension != Dimension.COMPONENT_VERSION) {
                names.add(dimension.parameter());
            }
        }
        return names;
    }
}
