package vn.congvan.mail;

/** A mail we refuse to read; the message is the Vietnamese reason shown in {@link Skipped}. */
final class UnreadableMail extends Exception {
    UnreadableMail(String reason) {
        super(reason);
    }

    UnreadableMail(String reason, Throwable cause) {
        super(reason, cause);
    }
}
