package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.InputException;

/** The window's mail servers follow the commands' rules and survive a restart, without a password. */
class OfficeMailServersTest {
    private static OfficeMailServers smtp(String host, String port, String security) {
        return new OfficeMailServers(host, port, security, "", "", "tls", "", "vanphong@phanthiet.example", false);
    }

    @Test
    void portsOutsideTheRangeAndNonePastThisMachineAreRefusedNamingTheServer() {
        assertTrue(assertThrows(InputException.class, () -> smtp("mail.phanthiet.example", "70000", "tls").checked())
                .getMessage().contains("1–65535"));
        assertTrue(assertThrows(InputException.class, () -> smtp("mail.phanthiet.example", "abc", "tls").checked())
                .getMessage().contains("SMTP \"abc\""));
        assertTrue(assertThrows(InputException.class, () -> smtp("mail.phanthiet.example", "25", "none").checked())
                .getMessage().contains("mail.phanthiet.example"));
        smtp("127.0.0.1", "2525", "none").checked();
        assertTrue(assertThrows(InputException.class, () -> new OfficeMailServers("", "", "tls", "mail.phanthiet.example", "993",
                "tls", "INBOX", " ", false).checked()).getMessage().contains("tài khoản"));
    }

    @Test
    void theUsualPortsComeFromTheSecurityAndABlankHostMeansTheOutbox() {
        assertEquals("587", OfficeMailServers.defaultSmtpPort("starttls"));
        assertEquals("143", OfficeMailServers.defaultImapPort("none"));
        OfficeMailServers none = OfficeMailServers.defaults();
        assertFalse(none.smtpConfigured());
        assertEquals(MailRoute.outbox(null), none.route());
        assertTrue(none.mailbox().isEmpty());
        MailRoute r = smtp("mail.phanthiet.example", "587", "starttls").route();
        assertEquals("mail.phanthiet.example:587", r.smtp());
        assertEquals("starttls", r.security());
    }

    @Test
    void keptInTheWindowSettingsAndReadBack(@TempDir Path dir) {
        Path file = dir.resolve("congvan-window.properties");
        OfficeMailServers set = new OfficeMailServers("mail.phanthiet.example", "465", "tls", "mail.phanthiet.example", "993",
                "tls", "Hộp thư đến", "vanphong@phanthiet.example", true);
        WindowSettings s = WindowSettings.load(file);
        set.store(s);
        s.save();
        assertEquals(set, OfficeMailServers.load(WindowSettings.load(file)));
    }
}
