package io.redress.intake.view;

import io.redress.events.ComplaintFiled;

/** Builds intake's view row from the event that filed the complaint. */
final class FiledRow {

    private FiledRow() {
    }

    static IntakeComplaint from(ComplaintFiled filed) {
        IntakeComplaint row = new IntakeComplaint();
        row.complaintId = filed.complaintId();
        row.customerId = filed.customerId();
        row.customerName = filed.customerName();
        row.channel = filed.channel();
        row.category = filed.category();
        row.severity = filed.severity();
        row.description = filed.description();
        row.product = filed.product();
        row.component = filed.component();
        row.componentVersion = filed.componentVersion();
        row.employeeId = filed.employeeId();
        row.problemOccurredAt = filed.problemOccurredAt();
        row.receivedAt = filed.receivedAt();
        row.filedAt = filed.occurredAt();
        row.externalRef = filed.externalRef();
        row.customerLifetimeValue = filed.customerLifetimeValue();
        row.priorComplaints = filed.priorComplaints();
        row.contactCount = 1;
        return row;
    }
}
