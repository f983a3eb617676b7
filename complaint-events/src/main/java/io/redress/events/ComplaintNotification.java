package io.redress.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * What followup asks the systems that write to customers and staff (mail, SMS) to send: one record on
 * {@code complaint-notifications} per {@link FollowUpSent}, keyed by complaintId, JSON as described by
 * {@code notifications/ComplaintNotification.v1.schema.json} in this jar. It names the template and the channel;
 * the sender fills the words. Nothing personal beyond the customer's id, which the sender resolves itself.
 *
 * @param notificationId the follow-up's id ({@code FollowUpSent.followUpId}): a copy sent again after a crash has
 *                       the same id, so a sender that remembers the ids it sent sends each once
 * @param recipient      who it is for: the customer, or the owner (a reminder)
 * @param channel        the channel to use: for the customer, the complaint's original channel unless followup's
 *                       configuration maps it to another; for the owner, the configured staff channel
 * @param templateKey    which message to send, e.g. {@code satisfaction-survey}, {@code check-in}
 * @param language       the language the customer asked for (BCP 47), absent when unknown
 * @param ownerId        the complaint's owner when sent (the recipient of a reminder)
 * @param ownerName      the owner's name for the signature, absent when the roster names nobody
 * @param dueAt          the SLA due time a reminder or a delay notice is about; absent for surveys and check-ins
 * @param attempt        1 for the first survey, 2 for its first re-send, and so on; 1 for every other kind
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintNotification(
        UUID notificationId,
        UUID complaintId,
        String customerId,
        FollowUpKind kind,
        Recipient recipient,
        Channel channel,
        String templateKey,
        String language,
        String ownerId,
        String ownerName,
        Instant dueAt,
        int attempt,
        Instant sentAt) {

    /** The version of this shape; a breaking change makes a new schema file and a new value here. */
    public static final String SCHEMA = "notifications/ComplaintNotification.v1.schema.json";

    /** Who a notification is for. */
    public enum Recipient {
        CUSTOMER, OWNER
    }

    public ComplaintNotification {
        Require.present(notificationId, "notificationId");
        Require.present(complaintId, "complaintId");
        Require.text(customerId, "customerId");
        Require.present(kind, "kind");
        Require.present(recipient, "recipient");
        Require.present(channel, "channel");
        Require.text(templateKey, "templateKey");
        Require.present(sentAt, "sentAt");
    }
}
