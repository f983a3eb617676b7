package io.redress.core.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/**
 * Who is calling: the verified token's subject, recorded on the events their commands emit, and their roles.
 *
 * @param id    the token's subject ({@code sub}; an agent's id is the {@code ownerId} complaints are assigned to)
 * @param roles the token's groups
 */
public record Actor(String id, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), identity.getRoles());
    }

    /** Whether they may act on a complaint owned by {@code ownerId}: its owner, or a supervisor. */
    public boolean mayActFor(String ownerId) {
        return roles.contains(Roles.SUPERVISOR) || id.equals(ownerId);
    }
}
