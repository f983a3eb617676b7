package io.redress.intake.contacts;

import io.redress.core.command.Decision;
import io.redress.events.ContactLogged;
import io.redress.intake.view.ComplaintStatus;
import io.redress.intake.view.IntakeComplaint;
import java.time.Instant;
import java.util.UUID;

/**
 * The pure decision on a further contact: a complaint intake knows and that is not closed takes it, counted as the
 * complaint's next contact (the filing was the first).
 */
public final class Contacts {

    private Contacts() {
    }

    /** @param complaint the complaint's row, as written through by earlier contacts; null when unknown */
    public static Decision decide(UUID complaintId, IntakeComplaint complaint, LogContactRequest request,
            Instant now) {
        if (complaint == null) {
            return Decision.notFound("No complaint %s in intake's view".formatted(complaintId));
        }
        if (complaint.status() == ComplaintStatus.CLOSED) {
            return Decision.conflict("Complaint %s is closed; a new contact about it is a new complaint"
                    .formatted(complaintId), complaint.status());
        }
        return Decision.accept(new ContactLogged(complaintId, now, request.channel(), request.note(),
                complaint.contactCount() + 1));
    }
}
