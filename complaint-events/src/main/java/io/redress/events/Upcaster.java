package io.redress.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One step of contract evolution: rewrites the JSON value of a retired wire type into the shape of its successor, so
 * old records on the log are still read, as the current event, after a breaking change.
 */
public interface Upcaster {

    /** The {@code ce_type} this step reads, e.g. {@code io.redress.complaint.ContactLogged.v1}. */
    String fromType();

    /** The {@code ce_type} whose shape this step produces, e.g. {@code io.redress.complaint.ContactLogged.v2}. */
    String toType();

    /**
     * The value in the shape of {@link #toType()}. Depends on nothing but {@code payload}; it may rewrite
     * {@code payload} in place and return it, since the codec hands each step a tree no one else holds. Fields it
     * cannot find are best left absent: the decoder then names them in its {@link InvalidEventException}.
     */
    ObjectNode upcast(ObjectNode payload);

    /** An upcaster from a function, for steps too small to deserve a class. */
    static Upcaster of(String fromType, String toType, UnaryOperator<ObjectNode> step) {
        Objects.requireNonNull(fromType, "fromType");
        Objects.requireNonNull(toType, "toType");
        Objects.requireNonNull(step, "step");
        return new Upcaster() {
            @Override
            public String fromType() {
                return fromType;
            }

            @Override
            public String toType() {
                return toType;
            }

            @Override
            public ObjectNode upcast(ObjectNode payload) {
                return step.apply(payload);
            }

            @Override
            public String toString() {
                return fromType + " -> " + toType;
            }
        };
    }
}
