package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.Hostile;

/** What arrives from outside reaches the terminal and the ledger without the control characters it carried. */
class UntrustedInputTest {
    static final String SEED = TrackingCommandsTest.SEED;

    @TempDir
    Path dir;

    /** A terminal obeys these: C0 but tab and LF, DEL, C1, and the bidi overrides and isolates. */
    static boolean hasControls(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    private String importedLedger() {
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", SEED, "--db", db, "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        return db;
    }

    private static String encoded(String s) throws IOException {
        return MimeUtility.encodeText(s, "UTF-8", "B");
    }

    @Test
    void escapeSequencesInSubjectNamesAndBodyReachNeitherTheTerminalNorTheLedger() throws Exception {
        String db = importedLedger();
        Path replies = dir.resolve("replies");
        // Clears the screen, sets the window title, reverses text: none of it may reach the clerk's terminal.
        Hostile.copy("ma-dieu-khien-phuthuy.eml", replies);
        // A stranger whose mail is only listed: its subject and name are printed too.
        Hostile.copy("ma-dieu-khien-nguoi-la.eml", replies);

        CliRun collect = CliRun.of("collect", "--db", db, "--eml", replies.toString());

        assertEquals(0, collect.exitCode(), collect.err());
        String out = collect.out();
        assertFalse(hasControls(out), out);
        assertTrue(out.contains("ma-dieu-khien-phuthuy.eml — Ủy ban nhân dân phường Phú Thủy trả lời về văn bản 6174/UBND-VX"), out);
        assertTrue(out.contains("nội dung 1 đã hoàn thành"), out);
        assertTrue(out.contains("Thông báo nội bộ"), out);

        List<String> stored = mailEventTexts(db);
        assertFalse(stored.isEmpty());
        for (String s : stored) {
            assertFalse(hasControls(s), s);
        }
        assertTrue(stored.stream().anyMatch(s -> s.contains("\"[2J[HBáo cáo thực hiện Công văn số 6174/UBND-VX\"")), stored.toString());
        assertTrue(stored.stream().anyMatch(s -> s.contains("đã hoàn thành nội dung 1 theo Công văn số 6174/UBND-VX.[8m")), stored.toString());

        CliRun history = CliRun.of("history", "6174/UBND-VX", "P-PHUTHUY", "--db", db);
        assertFalse(hasControls(history.out()), history.out());
    }

    @Test
    void hiddenHtmlIsNotTakenAsTheUnitsStatement() throws Exception {
        String db = importedLedger();
        Path replies = dir.resolve("replies");
        // Hidden inline (display:none), and by <style> rules on a class, an id and a cell's spans.
        Hostile.copy("html-an-kieu-truc-tiep.eml", replies);
        Hostile.copy("html-an-theo-lop-css.eml", replies);

        CliRun collect = CliRun.of("collect", "--db", db, "--eml", replies.toString());

        assertEquals(0, collect.exitCode(), collect.err());
        String inline = lineAbout(collect.out(), "html-an-kieu-truc-tiep.eml —");
        assertTrue(inline.contains(": nội dung 1 đang thực hiện."), inline);
        assertFalse(inline.contains("đã hoàn thành"), inline);
        String byClass = lineAbout(collect.out(), "html-an-theo-lop-css.eml —");
        assertTrue(byClass.contains(": nội dung 2 đang thực hiện."), byClass);
        assertFalse(byClass.contains("đã hoàn thành"), byClass);
        assertEquals(List.of("ACKNOWLEDGED null", "PROGRESS 1"), mailEventsOf(db, "P-DUCTHANG"));
        assertEquals(List.of("ACKNOWLEDGED null", "PROGRESS 2"), mailEventsOf(db, "P-PHUTHUY"));
        assertTrue(mailEventTexts(db).stream().noneMatch(s -> s.contains("cả 3 nội dung") || s.contains("Nội dung 3")),
                mailEventTexts(db).toString());
    }

    private static String lineAbout(String out, String start) {
        return out.lines().filter(l -> l.contains(start)).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    /** Type and item of each event the unit's mails recorded, in order. */
    private static List<String> mailEventsOf(String db, String unit) throws SQLException {
        List<String> events = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var q = c.prepareStatement("SELECT type, req_id FROM ledger_event WHERE source = 'mail' AND unit_code = ? ORDER BY seq")) {
            q.setString(1, unit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        return events;
    }

    @Test
    void aFileNameWithLineBreaksDoesNotAddHeadersToTheMailsThatCarryIt() throws Exception {
        Path evil = Files.createDirectories(dir.resolve("in")).resolve("a\r\nBcc: x@evil.example.txt");
        Files.copy(Path.of(SEED), evil);
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", evil.toString(), "--db", db, "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        assertFalse(hasControls(imported.out()), imported.out());

        CliRun sent = CliRun.of("distribute", "6174/UBND-VX", "--db", db);
        assertEquals(0, sent.exitCode(), sent.err());

        Path eml;
        try (var files = Files.list(dir.resolve("outbox"))) {
            eml = files.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().findFirst().orElseThrow();
        }
        MimeMessage m;
        try (var in = Files.newInputStream(eml)) {
            m = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertNull(m.getHeader("Bcc"), "no header was injected");
        assertEquals(1, m.getAllRecipients().length);
        MimeMultipart parts = (MimeMultipart) m.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            assertNull(part.getHeader("Bcc"), "no header was injected into a part");
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            }
        }
        assertEquals(List.of("a Bcc_ x@evil.example.txt", "a Bcc_ x@evil.example.pdf"), names);
        String raw = Files.readString(eml, StandardCharsets.UTF_8);
        assertFalse(raw.lines().anyMatch(l -> l.startsWith("Bcc")), raw);
    }

    @Test
    void anAttachmentNameWithLineBreaksAndEscapesReachesNeitherTheTerminalNorTheLedger() throws Exception {
        String db = importedLedger();
        Path replies = dir.resolve("replies");
        Hostile.copy("ten-tep-xuong-dong.eml", replies);

        CliRun collect = CliRun.of("collect", "--db", db, "--eml", replies.toString());

        assertEquals(0, collect.exitCode(), collect.err());
        assertFalse(hasControls(collect.out()), collect.out());
        List<String> stored = mailEventTexts(db);
        assertFalse(stored.isEmpty());
        for (String s : stored) {
            assertFalse(hasControls(s), s);
        }
        assertTrue(stored.stream().anyMatch(s -> s.contains("Bcc: x@evil.example") || s.contains("Bcc_ x@evil.example")), stored.toString());
    }

    /** The evidence and note of every event collected from mail, as the ledger holds them. */
    private static List<String> mailEventTexts(String db) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT evidence, note FROM ledger_event WHERE source = 'mail'")) {
            while (rs.next()) {
                texts.add(rs.getString(1) + " | " + rs.getString(2));
            }
        }
        return texts;
    }
}
