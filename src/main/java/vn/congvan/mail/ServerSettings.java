package vn.congvan.mail;

import java.util.Objects;

/**
 * How to reach a mail server (SMTP or IMAP). No password here: it comes from a {@link PasswordSource}
 * when the connection is made, so it is never in a settings file, an argument or a log.
 *
 * @param username               the login, or null for a server that needs none (SMTP relay)
 * @param trustServerCertificate accept this host's certificate even if self-signed (common on internal
 *                               government mail servers); the connection is still encrypted
 */
public record ServerSettings(String host, int port, Security security, String username, boolean trustServerCertificate) {
    public enum Security {
        /** TLS from the first byte: SMTPS (465), IMAPS (993). */
        TLS,
        /** Plain connection upgraded with STARTTLS, which must succeed (587, 143). */
        STARTTLS,
        /** No encryption: only for a relay on the same machine or a test server. */
        NONE
    }

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    @Override
    public String toString() {
        return (username == null ? "" : username + "@") + host + ":" + port + " (" + security + ")";
    }
}
