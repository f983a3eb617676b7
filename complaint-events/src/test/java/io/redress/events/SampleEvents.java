package io.redress.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One realistic event per type, all from one story: a broadband customer whose router dropped the line every evening
 * after a firmware update, and who was charged for an engineer visit that never happened. Every optional field is
 * filled in, so the golden samples show the whole wire format. The golden files under {@code golden/} are these
 * events as JSON.
 */
final class SampleEvents {

    static final UUID COMPLAINT_ID = UUID.fromString("531bdea2-18c4-433e-b0e3-61a29c308b02");
    static final UUID SIMILAR_COMPLAINT_1 = UUID.fromString("dcfe124a-2de2-4941-ba1c-ac36c96f366b");
    static final UUID SIMILAR_COMPLAINT_2 = UUID.fromString("ac59a26b-b544-4cf9-a30f-8654eb50e6d3");
    static final UUID FOLLOW_UP_ID = UUID.fromString("86ff3003-2c61-4869-9684-8b7c490e4d57");
    static final UUID ROOT_CAUSE_ID = UUID.fromString("32a75069-171f-4373-8196-4b70a41b596f");
    static final String CUSTOMER_ID = "CUST-204817";
    /** "Maya Lindqvist", sealed as in ComplaintFiled.v1's schema. */
    static final String ENCRYPTED_NAME = "redress-enc:v1:"
            + "0b9f6c2e-5d4a-4c1b-9e7f-3a2d1c0b9e8f:IKdCND6ShShl9ieWeCzgxiq_o1cO"
            + "mqUs4Rm5UROL2unUgWNMYuVVJR-O";
    /** The customer's words about their broadband, sealed likewise. */
    static final String ENCRYPTED_DESCRIPTION = "redress-enc:v1:"
            + "0b9f6c2e-5d4a-4c1b-9e7f-3a2d1c0b9e8f:WM1lU8V6kmdxpAZx0JRiarB9NL4r"
            + "Ndp86-spEIkCafOP4JT_VMKqXpa87GGRAAlZdKZfPosn8wOaaGqS26BwgzPQmd2YgOZVmI1z4MshLAVI"
            + "kym3nvHzTuwypU2UuX6jyhkGvxt-261VcgGVXir2CxCBEbXanhw7BDh2JpfzXBYM3f_BpoTg9EzgXLST"
            + "adLT2ukAe6QM69H-GoUBXgXxGSNyvlzclbRTgA";
    static final String OWNER_ID = "EMP-2093";
    static final String ROUTER = "HomeHub 6 router";

    private SampleEvents() {
    }

    /** The sample of {@code type}; the switch has no default, so a new event type does not compile without one. */
    static ComplaintEvent of(EventType type) {
        return switch (type) {
            case COMPLAINT_FILED -> complaintFiled();
            case CONTACT_LOGGED -> new ContactLogged(COMPLAINT_ID, at("2025-03-15T16:05:44Z"), Channel.CHAT,
                    "Customer asked for an update; the line still drops around 19:40 every evening.", 2);
            case COMPLAINT_ASSIGNED -> new ComplaintAssigned(COMPLAINT_ID, at("2025-03-14T10:20:00Z"), OWNER_ID,
                    "broadband-care", "reassigned: previous owner on leave; least open complaints in team",
                    "EMP-1954", at("2025-03-14T12:57:31Z"), at("2025-03-17T08:57:31Z"), "Nora Quinn");
            case COMPLAINT_ACKNOWLEDGED -> new ComplaintAcknowledged(COMPLAINT_ID, at("2025-03-14T10:41:12Z"),
                    OWNER_ID, true, "I'm sorry your evenings have been disrupted. I'm Nora and I'll see this through"
                    + " myself; you'll hear from me by Monday.", OWNER_ID, at("2025-03-17T10:41:12Z"));
            case SLA_BREACHED -> new SlaBreached(COMPLAINT_ID, at("2025-03-17T09:00:00Z"), SlaClock.RESOLVE,
                    at("2025-03-17T08:57:31Z"));
            case COMPLAINT_ESCALATED -> new ComplaintEscalated(COMPLAINT_ID, at("2025-03-17T09:00:03Z"), 1,
                    "EMP-0412", "resolve SLA breached");
            case COMPLAINT_RESOLVED -> complaintResolved(new Remedy(RemedyType.REFUND, new BigDecimal("65.00"), "EUR"));
            case COMPLAINT_REOPENED -> new ComplaintReopened(COMPLAINT_ID, at("2025-03-19T18:03:10Z"),
                    "Dropouts returned after the router updated itself again overnight", CUSTOMER_ID,
                    at("2025-03-19T22:03:10Z"), at("2025-03-22T18:03:10Z"));
            case FOLLOW_UP_SCHEDULED -> new FollowUpScheduled(COMPLAINT_ID, at("2025-03-17T15:22:49Z"), FOLLOW_UP_ID,
                    FollowUpKind.OWNER_REMINDER, at("2025-03-17T07:57:31Z"), SlaClock.RESOLVE);
            case FOLLOW_UP_SENT -> new FollowUpSent(COMPLAINT_ID, at("2025-03-17T07:57:32Z"), FOLLOW_UP_ID,
                    FollowUpKind.OWNER_REMINDER);
            case SATISFACTION_RECORDED -> satisfactionRecorded(4);
            case COMPLAINT_CLOSED -> new ComplaintClosed(COMPLAINT_ID, at("2025-03-21T09:00:00Z"),
                    ClosureOutcome.SATISFIED);
            case CUSTOMER_DATA_ERASED -> new CustomerDataErased(CUSTOMER_ID, at("2025-06-02T11:30:00Z"));
            case ROOT_CAUSE_IDENTIFIED -> rootCauseIdentified();
        };
    }

    static ComplaintFiled complaintFiled() {
        // Personal fields as intake writes them: encrypted with the customer's data key (here a key thrown away).
        return new ComplaintFiled(COMPLAINT_ID, at("2025-03-14T08:58:02Z"), CUSTOMER_ID, ENCRYPTED_NAME,
                Channel.PHONE, "connectivity", Severity.MAJOR, ENCRYPTED_DESCRIPTION,
                "FibreMax 500 Home Broadband", ROUTER, "6.2.14", "EMP-1187", at("2025-03-03T19:40:00Z"),
                at("2025-03-14T08:57:31Z"), "CRM-2025-0031877", new BigDecimal("2418.40"), 1,
                List.of(SIMILAR_COMPLAINT_1, SIMILAR_COMPLAINT_2), "en-GB");
    }

    /** The filing as a web form sends it: no optional field at all. */
    static ComplaintFiled complaintFiledWithoutOptionals() {
        return new ComplaintFiled(COMPLAINT_ID, at("2025-03-14T08:58:02Z"), CUSTOMER_ID, null, Channel.WEB_FORM,
                "billing", Severity.MINOR, "Charged twice for March.", null, null, null, null, null,
                at("2025-03-14T08:57:31Z"), null, null, 0, null);
    }

    static ComplaintResolved complaintResolved(Remedy remedy) {
        return new ComplaintResolved(COMPLAINT_ID, at("2025-03-17T15:22:48Z"), OWNER_ID, remedy, true,
                "Waived the March line rental and sent a mesh extender at no cost", false,
                "Rolled the router back to firmware 6.2.11 remotely; dropouts stopped. Refunded the charge for the"
                        + " engineer visit that never took place.",
                "redress-enc:v1:0c5b8a4e-93f1-4d7a-9e2b-6f1c3d8a5b70:q8N1nR3V0dW5kIGF0IHRoZSBsZWFzdCwgYW5kIGEgd29ya2luZyBsaW5l");
    }

    static SatisfactionRecorded satisfactionRecorded(int score) {
        return new SatisfactionRecorded(COMPLAINT_ID, at("2025-03-20T19:47:26Z"), score, true, true, false, true,
                "redress-enc:v1:0c5b8a4e-93f1-4d7a-9e2b-6f1c3d8a5b70:Tm9yYSBzb3J0ZWQgaXQgb3V0IGFuZCBrZXB0IG1lIHBvc3RlZA",
                false);
    }

    static RootCauseIdentified rootCauseIdentified() {
        return new RootCauseIdentified(ROOT_CAUSE_ID, at("2025-03-24T14:10:00Z"),
                "HomeHub 6 firmware 6.2.14 drops the PPPoE session on DHCP lease renewal", "connectivity", ROUTER,
                List.of("Customers lose their connection for about two minutes every evening.",
                        "The router tears down its PPPoE session when its DHCP lease renews.",
                        "Firmware 6.2.14 restarts the WAN interface on lease renewal.",
                        "The firmware regression suite has no long-running lease-renewal scenario.",
                        "Firmware is pushed to every HomeHub 6 at once, without a staged rollout."),
                "Pull 6.2.14 from auto-update, ship 6.2.15 with the lease-renewal fix, and roll firmware out in"
                        + " stages with a soak test.",
                List.of(COMPLAINT_ID, SIMILAR_COMPLAINT_1, SIMILAR_COMPLAINT_2), at("2025-03-28T06:00:00Z"));
    }

    static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }
}
