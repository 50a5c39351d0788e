package vn.congvan.app;

/**
 * A mail server could not be reached, refused the login, or broke off: not the user's input but the
 * server or the network. The message is Vietnamese and says what to check; nothing was half done.
 */
public final class ServerException extends RuntimeException {
    ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
