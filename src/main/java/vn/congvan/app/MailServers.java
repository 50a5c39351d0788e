package vn.congvan.app;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congvan.mail.PasswordSource;
import vn.congvan.mail.ServerSettings;
import vn.congvan.mail.ServerSettings.Security;
import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * Mail servers as a clerk names them ({@code mail.phanthiet.example}, {@code mail.phanthiet.example:587})
 * and where their password comes from: the environment variable {@value #PASSWORD_VARIABLE}, else the
 * user is asked (the shell decides how). Never an argument or a file, so it is in no shell history and no log.
 */
final class MailServers {
    static final String PASSWORD_VARIABLE = "CONGVAN_MAIL_PASSWORD";
    private static final Messages MSG = Messages.of(MailServers.class);
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^\\s:/\\[\\]]+)(?::(\\d{1,5}))?");

    private MailServers() {
    }

    /**
     * An SMTP server; without a port the usual one for the security: 465 (TLS), 587 (STARTTLS), 25 (none).
     *
     * @param user the login, or null for a relay that needs none
     */
    static ServerSettings smtp(String hostPort, Security security, String user, boolean trustCertificate) {
        return parse(hostPort, security, user, trustCertificate, smtpPort(security));
    }

    /** The usual SMTP port for the security: 465 (TLS), 587 (STARTTLS), 25 (none). */
    static int smtpPort(Security security) {
        return switch (security) {
            case TLS -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
    }

    /** The usual IMAP port for the security: 993 (TLS), else 143. */
    static int imapPort(Security security) {
        return security == Security.TLS ? 993 : 143;
    }

    /** An IMAP server; without a port 993 (TLS) or 143 (STARTTLS, none). */
    static ServerSettings imap(String hostPort, Security security, String user, boolean trustCertificate) {
        return parse(hostPort, security, user, trustCertificate, imapPort(security));
    }

    /** "tls", "starttls" or "none" as typed. */
    static Security security(String written) {
        try {
            return Security.valueOf(written.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(MSG.get("mail.badSecurity", written));
        }
    }

    /**
     * The password from {@value #PASSWORD_VARIABLE}, else asked of the user without echo, once: a copy of
     * the answer serves each later call (the SMTP transport clears its copy). A server without a login
     * needs none.
     *
     * @throws InputException when nobody can give it, before anything is touched
     */
    static PasswordSource passwords(ServerSettings server, Map<String, String> environment, Interaction interaction) {
        if (server.username() == null) {
            return () -> new char[0];
        }
        String set = environment.get(PASSWORD_VARIABLE);
        if (set != null && !set.isEmpty()) {
            return PasswordSource.environment(PASSWORD_VARIABLE, environment);
        }
        char[] password = interaction.secret(MSG.get("mail.passwordPrompt", server.username(), server.host()))
                .orElseThrow(() -> new ShellProblem(ShellProblem.Kind.NO_PASSWORD,
                        MSG.get("mail.noPassword", server.username(), server.host(), PASSWORD_VARIABLE),
                        server.username(), server.host(), PASSWORD_VARIABLE));
        return password::clone;
    }

    /**
     * Whether {@code host} names this machine: localhost, 127.0.0.0/8 or ::1, as written (no name is
     * looked up, so a name that resolves to a loopback address elsewhere is not trusted).
     */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.matches("(0{0,4}:){2,7}0{0,3}1");
    }

    private static ServerSettings parse(String hostPort, Security security, String user, boolean trust, int defaultPort) {
        Matcher m = HOST_PORT.matcher(hostPort == null ? "" : hostPort.strip());
        if (!m.matches()) {
            throw new InputException(MSG.get("mail.badServer", hostPort));
        }
        int port = m.group(2) == null ? defaultPort : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new InputException(MSG.get("mail.badPort", hostPort));
        }
        String host = m.group(1).replaceAll("^\\[|]$", "");
        if (security == Security.NONE && !loopback(host)) {
            // Without TLS the password and every mail cross the network in clear.
            throw new ShellProblem(ShellProblem.Kind.UNENCRYPTED_REMOTE, MSG.get("mail.noneNotLocal", host), host);
        }
        String login = user == null || user.isBlank() ? null : user.strip();
        return new ServerSettings(host, port, security, login, trust);
    }
}
