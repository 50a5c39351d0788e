package vn.congvan.mail;

import jakarta.mail.Session;

import java.util.Properties;

/** Jakarta Mail sessions for our server settings: timeouts always, TLS as asked, no debug output (it would show the login). */
final class MailSessions {
    private static final String CONNECT_TIMEOUT_MS = "30000";
    private static final String IO_TIMEOUT_MS = "60000";

    private MailSessions() {
    }

    static String smtpProtocol(ServerSettings s) {
        return s.security() == ServerSettings.Security.TLS ? "smtps" : "smtp";
    }

    static String imapProtocol(ServerSettings s) {
        return s.security() == ServerSettings.Security.TLS ? "imaps" : "imap";
    }

    static Session smtp(ServerSettings s) {
        String p = smtpProtocol(s);
        Properties props = common(p, s);
        props.put("mail." + p + ".auth", Boolean.toString(s.username() != null));
        return Session.getInstance(props);
    }

    static Session imap(ServerSettings s) {
        String p = imapProtocol(s);
        Properties props = common(p, s);
        // Reading must never mark a unit's reply as read in the clerk's mail client.
        props.put("mail." + p + ".peek", "true");
        return Session.getInstance(props);
    }

    private static Properties common(String p, ServerSettings s) {
        Properties props = new Properties();
        props.put("mail." + p + ".host", s.host());
        props.put("mail." + p + ".port", Integer.toString(s.port()));
        props.put("mail." + p + ".connectiontimeout", CONNECT_TIMEOUT_MS);
        props.put("mail." + p + ".timeout", IO_TIMEOUT_MS);
        props.put("mail." + p + ".writetimeout", IO_TIMEOUT_MS);
        if (s.security() == ServerSettings.Security.STARTTLS) {
            props.put("mail." + p + ".starttls.enable", "true");
            props.put("mail." + p + ".starttls.required", "true");
        }
        if (s.security() != ServerSettings.Security.NONE) {
            if (s.trustServerCertificate()) {
                props.put("mail." + p + ".ssl.trust", s.host());
                props.put("mail." + p + ".ssl.checkserveridentity", "false");
            } else {
                props.put("mail." + p + ".ssl.checkserveridentity", "true");
            }
        }
        props.put("mail.debug", "false");
        return props;
    }
}
