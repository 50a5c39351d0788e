package vn.congvan.mail;

/**
 * A mail operation failed as a whole (cannot connect, refused, disk full). The message is Vietnamese
 * and is shown to the user as it is.
 */
public class MailException extends Exception {
    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
