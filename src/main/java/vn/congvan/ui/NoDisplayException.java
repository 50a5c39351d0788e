package vn.congvan.ui;

/** No screen to open a window on (no DISPLAY, no GTK): the launcher falls back to the command line. */
public final class NoDisplayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoDisplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
