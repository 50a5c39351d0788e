package vn.congvan.mail;

/** A dispatch mail we sent: which dispatch (its ledger key), which unit, under which Message-ID (with angle brackets). */
public record SentMessage(long dispatchKey, String unitCode, String messageId) {
}
