package io.redress.resolution.roster;

import io.redress.core.problem.Problem.FieldError;
import io.redress.resolution.sla.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a roster valid, every violation named with its JSON pointer at once (a PUT answers all in one 400). */
public final class RosterRules {

    static final int MAX_TEXT = 100;

    private RosterRules() {
    }

    public static List<FieldError> violations(Roster roster) {
        List<FieldError> errors = new ArrayList<>();
        if (roster == null) {
            return List.of(new FieldError("roster", "a roster document is required", ""));
        }
        text(errors, roster.headOfService(), "/headOfService");
        if (roster.teams() == null || roster.teams().isEmpty()) {
            errors.add(error("/teams", "at least one team is required"));
        }
        if (roster.owners() == null) {
            errors.add(error("/owners", "is required (an empty list is allowed)"));
        }
        if (!errors.isEmpty() && (roster.teams() == null || roster.owners() == null)) {
            return errors;
        }
        Set<String> teams = teams(errors, roster.teams());
        owners(errors, roster.owners(), teams);
        return errors;
    }

    private static Set<String> teams(List<FieldError> errors, List<Roster.Team> teams) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < teams.size(); i++) {
            Roster.Team team = teams.get(i);
            String at = "/teams/" + i;
            if (team == null) {
                errors.add(error(at, "a team is required here"));
                continue;
            }
            if (text(errors, team.id(), at + "/id") && !ids.add(team.id())) {
                errors.add(error(at + "/id", "team " + team.id() + " is listed twice"));
            }
            text(errors, team.supervisor(), at + "/supervisor");
            list(errors, team.categories(), at + "/categories");
            list(errors, team.components(), at + "/components");
            if (team.calendar() != null) {
                for (Violation violation : team.calendar().violations(at + "/calendar")) {
                    errors.add(error(violation.pointer(), violation.reason()));
                }
            }
        }
        return ids;
    }

    private static void owners(List<FieldError> errors, List<Roster.Owner> owners, Set<String> teams) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < owners.size(); i++) {
            Roster.Owner owner = owners.get(i);
            String at = "/owners/" + i;
            if (owner == null) {
                errors.add(error(at, "an owner is required here"));
                continue;
            }
            if (text(errors, owner.id(), at + "/id") && !ids.add(owner.id())) {
                errors.add(error(at + "/id", "owner " + owner.id() + " is listed twice"));
            }
            text(errors, owner.name(), at + "/name");
            if (text(errors, owner.team(), at + "/team") && !teams.contains(owner.team())) {
                errors.add(error(at + "/team", "no team " + owner.team() + " in teams (known: "
                        + String.join(", ", teams) + ")"));
            }
            list(errors, owner.skills(), at + "/skills");
            if (owner.seniority() == null) {
                errors.add(error(at + "/seniority", "is required: SENIOR or JUNIOR"));
            }
            if (owner.capacity() == null || owner.capacity() < 1 || owner.capacity() > 10_000) {
                errors.add(error(at + "/capacity", "must be a whole number from 1 to 10000 (open complaints)"));
            }
            if (owner.available() == null) {
                errors.add(error(at + "/available", "is required: true or false"));
            }
        }
    }

    private static boolean text(List<FieldError> errors, String value, String pointer) {
        if (value == null || value.isBlank()) {
            errors.add(error(pointer, "is required"));
            return false;
        }
        if (value.length() > MAX_TEXT || !value.strip().equals(value)) {
            errors.add(error(pointer, "must be at most " + MAX_TEXT + " characters, without surrounding spaces"));
            return false;
        }
        return true;
    }

    private static void list(List<FieldError> errors, List<String> values, String pointer) {
        if (values == null) {
            errors.add(error(pointer, "is required (an empty list is allowed)"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            text(errors, values.get(i), pointer + "/" + i);
        }
    }

    private static FieldError error(String pointer, String reason) {
        String field = pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
        return new FieldError(field, reason, pointer);
    }
}
