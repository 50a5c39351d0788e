package vn.congvan.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/**
 * The office's own mail servers as the window keeps them: SMTP to distribute, IMAP to collect, one login
 * and whether to accept a certificate made in-house. Fields are as typed; {@link #checked()} applies the
 * same rules as the commands ({@link MailServers}). A blank host means "not used": the outbox, or files.
 * The password is never part of it.
 */
public record OfficeMailServers(String smtpHost, String smtpPort, String smtpSecurity, String imapHost, String imapPort,
                                String imapSecurity, String imapFolder, String user, boolean trustCertificate) {
    private static final Messages MSG = Messages.of(OfficeMailServers.class);
    private static final String PREFIX = "mail-";

    public OfficeMailServers {
        smtpHost = clean(smtpHost);
        smtpPort = clean(smtpPort);
        smtpSecurity = clean(smtpSecurity).isEmpty() ? "tls" : clean(smtpSecurity).toLowerCase(Locale.ROOT);
        imapHost = clean(imapHost);
        imapPort = clean(imapPort);
        imapSecurity = clean(imapSecurity).isEmpty() ? "tls" : clean(imapSecurity).toLowerCase(Locale.ROOT);
        imapFolder = clean(imapFolder).isEmpty() ? "INBOX" : clean(imapFolder);
        user = clean(user);
    }

    /** Nothing configured: TLS on the usual ports, INBOX. */
    public static OfficeMailServers defaults() {
        return new OfficeMailServers("", defaultSmtpPort("tls"), "tls", "", defaultImapPort("tls"), "tls", "INBOX", "", false);
    }

    /** The choices of security, as the commands spell them. */
    public static List<String> securities() {
        return List.of("tls", "starttls", "none");
    }

    /** The usual SMTP port for a security ("tls" → 465). */
    public static String defaultSmtpPort(String security) {
        return Integer.toString(MailServers.smtpPort(MailServers.security(security)));
    }

    /** The usual IMAP port for a security ("tls" → 993). */
    public static String defaultImapPort(String security) {
        return Integer.toString(MailServers.imapPort(MailServers.security(security)));
    }

    public boolean smtpConfigured() {
        return !smtpHost.isEmpty();
    }

    public boolean imapConfigured() {
        return !imapHost.isEmpty();
    }

    /**
     * These settings when the commands would accept them: ports 1–65535, {@code none} only for this
     * machine, a login where IMAP is used.
     *
     * @throws InputException naming the field that is wrong
     */
    public OfficeMailServers checked() {
        if (smtpConfigured()) {
            MailServers.smtp(hostPort(smtpHost, smtpPort, "SMTP"), MailServers.security(smtpSecurity), user, trustCertificate);
        }
        if (imapConfigured()) {
            if (user.isEmpty()) {
                throw new InputException(MSG.get("officeMail.noUser", imapHost));
            }
            MailServers.imap(hostPort(imapHost, imapPort, "IMAP"), MailServers.security(imapSecurity), user, trustCertificate);
        }
        return this;
    }

    /** Where "Phân phối" sends: the SMTP server when one is set, else the outbox beside the ledger. */
    public MailRoute route() {
        return smtpConfigured()
                ? new MailRoute(null, hostPort(smtpHost, smtpPort, "SMTP"), smtpSecurity, user.isEmpty() ? null : user, trustCertificate)
                : MailRoute.outbox(null);
    }

    /** Where "Thu thập thư trả lời" reads from when an IMAP server is set. */
    public Optional<Mailbox> mailbox() {
        return imapConfigured()
                ? Optional.of(new Mailbox.Imap(new MailServer(hostPort(imapHost, imapPort, "IMAP"), user, imapSecurity, trustCertificate),
                        imapFolder))
                : Optional.empty();
    }

    /** The settings kept in {@code s}; the defaults where none are. */
    public static OfficeMailServers load(WindowSettings s) {
        OfficeMailServers d = defaults();
        return new OfficeMailServers(s.text(PREFIX + "smtp-host").orElse(d.smtpHost), s.text(PREFIX + "smtp-port").orElse(d.smtpPort),
                s.text(PREFIX + "smtp-security").orElse(d.smtpSecurity), s.text(PREFIX + "imap-host").orElse(d.imapHost),
                s.text(PREFIX + "imap-port").orElse(d.imapPort), s.text(PREFIX + "imap-security").orElse(d.imapSecurity),
                s.text(PREFIX + "imap-folder").orElse(d.imapFolder), s.text(PREFIX + "user").orElse(d.user),
                Boolean.parseBoolean(s.text(PREFIX + "trust-certificate").orElse("false")));
    }

    /** Puts these settings into {@code s} (the caller saves it); there is no password to put. */
    public void store(WindowSettings s) {
        s.putText(PREFIX + "smtp-host", smtpHost);
        s.putText(PREFIX + "smtp-port", smtpPort);
        s.putText(PREFIX + "smtp-security", smtpSecurity);
        s.putText(PREFIX + "imap-host", imapHost);
        s.putText(PREFIX + "imap-port", imapPort);
        s.putText(PREFIX + "imap-security", imapSecurity);
        s.putText(PREFIX + "imap-folder", imapFolder);
        s.putText(PREFIX + "user", user);
        s.putText(PREFIX + "trust-certificate", Boolean.toString(trustCertificate));
    }

    /** "host:port" as the commands take it; a port that is no number is refused naming the server. */
    private static String hostPort(String host, String port, String kind) {
        if (port.isEmpty()) {
            return host.contains(":") ? "[" + host + "]" : host;
        }
        if (!port.matches("\\d{1,5}")) {
            throw new InputException(MSG.get("officeMail.badPort", kind, port));
        }
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return h + ":" + port;
    }

    private static String clean(String s) {
        return s == null ? "" : VietnameseText.clean(s).strip();
    }
}
