package vn.congvan.mail;

/** A dispatch mail we sent: which dispatch, which unit, under which Message-ID (with angle brackets). */
public record SentMessage(String dispatchId, String unitCode, String messageId) {
}
