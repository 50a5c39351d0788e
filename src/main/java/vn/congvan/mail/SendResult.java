package vn.congvan.mail;

/**
 * What happened to one unit's mail.
 *
 * @param messageId the Message-ID of the mail (also when sending failed after composing), else null
 * @param ok        true when the transport took the mail
 * @param error     the Vietnamese reason when not ok, else null
 */
public record SendResult(String unitCode, String email, String messageId, boolean ok, String error) {
    static SendResult sent(ComposedMail m) {
        return new SendResult(m.unitCode(), m.email(), m.messageId(), true, null);
    }

    static SendResult failed(String unitCode, String email, String messageId, String error) {
        return new SendResult(unitCode, email, messageId, false, error);
    }
}
