package vn.congvan.model;

/**
 * Bad input that the user must fix: a malformed file, an unknown unit, an impossible date. The
 * message is Vietnamese, names the file, line or field, and is shown as it is (no stack trace).
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
