package vn.congvan.app;

/**
 * A mail server as the clerk gives it: {@code mail.phanthiet.example} or {@code host:port}, the login,
 * {@code tls} (default), {@code starttls} or {@code none}, and whether to accept its self-signed
 * certificate. The password is never part of it.
 */
public record MailServer(String host, String user, String security, boolean trustCertificate) {
    public MailServer {
        security = security == null ? "tls" : security;
    }
}
