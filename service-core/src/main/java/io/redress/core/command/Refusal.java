package io.redress.core.command;

/** Why a command was refused, each answered with one HTTP status by the {@link CommandPipeline}. */
public enum Refusal {
    /** The subject is unknown: 404. */
    NOT_FOUND(404, "Not found"),
    /** The caller may not act on this subject (an agent on someone else's complaint): 403. */
    NOT_YOURS(403, "Forbidden"),
    /** The command does not fit the subject's current state: 409, naming the state. */
    CONFLICT(409, "Not allowed in the current state"),
    /** The command is invalid against the state (not against its own shape, which the resource checks): 400. */
    INVALID(400, "Invalid request");

    private final int status;
    private final String title;

    Refusal(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
