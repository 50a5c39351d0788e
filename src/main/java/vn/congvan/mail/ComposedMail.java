package vn.congvan.mail;

import jakarta.mail.internet.MimeMessage;

/**
 * One unit's dispatch mail, ready to send.
 *
 * @param messageId the Message-ID with its angle brackets, to record per unit: replies and read receipts name it
 */
public record ComposedMail(String unitCode, String email, String messageId, MimeMessage message) {
}
