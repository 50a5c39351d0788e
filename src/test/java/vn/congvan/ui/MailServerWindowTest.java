package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.congvan.TestMail;
import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Interaction;
import vn.congvan.app.MailDistribution;
import vn.congvan.app.Workspace;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;

/**
 * The office's own mail server from the window: the clerk sets SMTP and IMAP in "Máy chủ thư…", distributes
 * a dispatch over SMTP (the units' mails arrive at the server) and collects a unit's reply over IMAP, typing
 * the password into the password dialog each time; the ledger records both, and no password is kept.
 */
class MailServerWindowTest extends DemoWindowTest {
    private static final String OFFICE = "vanphong@phanthiet.example";
    private static final String PASSWORD = "mat-khau-thu-1";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.servers(ServerSetupTest.SMTP, ServerSetupTest.IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(OFFICE, OFFICE, PASSWORD));

    private WindowContent open(Workspace ws) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, null);
        shell.setSize(1280, 800);
        shell.open();
        Screen.settle(display);
        return ready(c);
    }

    private static void whenOpen(String title, Consumer<Shell> step) {
        Screen.whenOpen(display, title, step);
    }

    private static void press(Shell s, String label) {
        Screen.press(s, label);
    }

    private static <T extends Control> T field(Shell s, Class<T> type, String name) {
        return Screen.find(s, type).stream().filter(c -> name.equals(c.getData(MailServerDialog.FIELD))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name));
    }

    private static List<String> texts(Composite c) {
        return Screen.texts(c);
    }

    /** Answers the password dialog as the clerk would, and counts how often it was asked. */
    private static void typePassword(AtomicInteger asked) {
        whenOpen("Mật khẩu", s -> {
            asked.incrementAndGet();
            assertTrue((Screen.find(s, Text.class).get(0).getStyle() & SWT.PASSWORD) != 0, "the password is not echoed");
            Screen.find(s, Text.class).get(0).setText(PASSWORD);
            press(s, IDialogConstants.OK_LABEL);
        });
    }

    private static List<Event> events(Workspace ws, String unit, EventType type) {
        try (CongvanService app = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            return app.history(new CongvanService.HistoryRequest(DispatchRef.of("6174/UBND-VX"), unit)).lines().stream()
                    .map(CongvanService.HistoryLine::event).filter(e -> e.type() == type).toList();
        }
    }

    @Test
    void distributesOverSmtpAndCollectsOverImapWithThePasswordAskedInADialog() throws Exception {
        Workspace ws = Workspace.resolve(home.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        WindowContent c = open(ws);
        c.actions().importFiles(List.of(Path.of("samples", "000_7ae9f029b9ddbc9d.txt")));
        Screen.settle(display); // selected once the list read again in the background holds it
        assertNotNull(c.current(), "the imported dispatch is selected");
        int units = c.current().line().units();

        // The clerk sets the servers; first "none" for a server elsewhere, which the rule of the commands refuses.
        AtomicInteger refused = new AtomicInteger();
        whenOpen("Máy chủ thư", s -> {
            field(s, Text.class, "smtp-host").setText("mail.phanthiet.example");
            Combo security = field(s, Combo.class, "smtp-security");
            security.select(2);
            security.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("25", field(s, Text.class, "smtp-port").getText(), "the usual port follows the security");
            press(s, IDialogConstants.OK_LABEL);
            assertFalse(s.isDisposed(), "a refused setting keeps the dialog open");
            assertTrue(texts(s).stream().anyMatch(t -> t.contains("không mã hóa")), "the reason is shown: " + texts(s));
            refused.incrementAndGet();

            field(s, Text.class, "smtp-host").setText("127.0.0.1");
            field(s, Text.class, "smtp-port").setText(Integer.toString(GREEN_MAIL.getSmtp().getPort()));
            field(s, Text.class, "imap-host").setText("127.0.0.1");
            Combo imapSecurity = field(s, Combo.class, "imap-security");
            imapSecurity.select(2);
            imapSecurity.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            field(s, Text.class, "imap-port").setText(Integer.toString(GREEN_MAIL.getImap().getPort()));
            field(s, Text.class, "user").setText(OFFICE);
            press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().mailServers.run();
        Screen.settle(display);
        assertEquals(1, refused.get(), "the dialog was driven");
        String saved = Files.readString(ws.windowSettingsFile(), StandardCharsets.UTF_8);
        assertTrue(saved.contains("mail-smtp-host=127.0.0.1"), saved);
        assertFalse(saved.contains(PASSWORD), "no password is kept");

        // Phân phối: over SMTP, the password typed into the dialog.
        AtomicInteger asked = new AtomicInteger();
        typePassword(asked);
        MailDistribution.Outcome sent = c.actions().distribute(c.current());
        Screen.settle(display);
        assertEquals(1, asked.get(), "asked once for the whole distribution");
        assertEquals(units, sent.count(MailDistribution.Result.SENT));
        Set<String> arrived = new TreeSet<>();
        for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
            Arrays.stream(m.getAllRecipients()).forEach(a -> arrived.add(((InternetAddress) a).getAddress()));
        }
        assertTrue(arrived.contains("phuthuy@phanthiet.example"), arrived.toString());
        assertEquals(1, events(ws, "P-PHUTHUY", EventType.SENT).size());
        assertTrue(c.statusLine().getText().contains("127.0.0.1"), c.statusLine().getText());

        // A unit answers into the office's mailbox; Thu thập thư trả lời reads it over IMAP.
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setFrom(new InternetAddress("phuthuy@phanthiet.example"));
        reply.setRecipients(Message.RecipientType.TO, OFFICE);
        reply.setSubject("Re: [6174/UBND-VX] V/v đảm bảo an toàn thông tin", "UTF-8");
        reply.setSentDate(new Date());
        reply.setText("Kính gửi: Văn phòng HĐND và UBND thành phố.\n\nUBND phường Phú Thủy đã hoàn thành tất cả các nội dung "
                + "theo Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố.\n\nTrân trọng.\n", "UTF-8");
        reply.saveChanges();
        GREEN_MAIL.getUserManager().getUser(OFFICE).deliver(reply);

        typePassword(asked);
        c.actions().collectFolder.run();
        Screen.settle(display);
        assertEquals(2, asked.get(), "asked again for collecting");
        List<Event> done = events(ws, "P-PHUTHUY", EventType.DONE);
        assertFalse(done.isEmpty(), "the reply's statuses are in the ledger");
        assertTrue(done.stream().allMatch(e -> "mail".equals(e.source())), done.toString());
    }

    @Test
    void aWrongPasswordIsSaidInAVietnameseDialogAndNothingIsRecorded() throws Exception {
        Workspace ws = Workspace.resolve(home.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        WindowContent c = open(ws);
        c.actions().importFiles(List.of(Path.of("samples", "000_7ae9f029b9ddbc9d.txt")));
        Screen.settle(display); // selected once the list read again in the background holds it
        new vn.congvan.app.OfficeMailServers("", "", "tls", "127.0.0.1", Integer.toString(GREEN_MAIL.getImap().getPort()), "none",
                "INBOX", OFFICE, false).store(c.settings());

        whenOpen("Mật khẩu", s -> {
            Screen.find(s, Text.class).get(0).setText("sai-mat-khau");
            press(s, IDialogConstants.OK_LABEL);
        });
        List<String> said = new ArrayList<>();
        whenOpen("Không thực hiện được", s -> {
            said.addAll(texts(s));
            press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().collectFolder.run();
        Screen.settle(display);
        assertTrue(said.stream().anyMatch(t -> t.startsWith("Không đọc được hộp thư") && t.contains("sai tên đăng nhập hoặc mật khẩu")), "the clerk is told: " + said);
        assertTrue(events(ws, "P-PHUTHUY", EventType.DONE).isEmpty());
    }

    /** What no dialog of the window may say: a command-line option or the terminal. */
    static void assertNoTerminalWording(List<String> said) {
        for (String t : said) {
            assertFalse(t.matches("(?s).*(^|[\\s(\"])--[a-z].*"), "a window names no option: " + t);
            assertFalse(t.toLowerCase().contains("dòng lệnh") || t.toLowerCase().contains("terminal"), "nor the terminal: " + t);
        }
    }

    private WindowContent withSmtp(Workspace ws) {
        WindowContent c = open(ws);
        c.actions().importFiles(List.of(Path.of("samples", "000_7ae9f029b9ddbc9d.txt")));
        Screen.settle(display); // selected once the list read again in the background holds it
        new vn.congvan.app.OfficeMailServers("127.0.0.1", Integer.toString(GREEN_MAIL.getSmtp().getPort()), "none", "", "", "tls",
                "INBOX", OFFICE, false).store(c.settings());
        return c;
    }

    /** Phân phối as the clerk starts it: the question answered yes; what it asked is kept. */
    private static void confirmDistribution(List<String> asked) {
        whenOpen("Phân phối văn bản", s -> {
            asked.addAll(texts(s));
            press(s, IDialogConstants.YES_LABEL);
        });
    }

    @Test
    void aWrongSmtpPasswordIsAVietnameseDialogAndNoUnitIsMarkedSentOrFailed() throws Exception {
        Workspace ws = Workspace.resolve(home.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        WindowContent c = withSmtp(ws);
        List<String> asked = new ArrayList<>();
        confirmDistribution(asked);
        whenOpen("Mật khẩu", s -> {
            Screen.find(s, Text.class).get(0).setText("sai-mat-khau");
            press(s, IDialogConstants.OK_LABEL);
        });
        List<String> said = new ArrayList<>();
        whenOpen("Không thực hiện được", s -> {
            said.addAll(texts(s));
            press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().distribute.run();
        Screen.settle(display);

        assertTrue(asked.stream().anyMatch(t -> t.contains("qua máy chủ thư 127.0.0.1")), "the question names the server: " + asked);
        assertFalse(asked.stream().anyMatch(t -> t.contains("hộp thư đi")), "and not the outbox: " + asked);
        assertTrue(said.stream().anyMatch(t -> t.startsWith("Máy chủ thư không nhận") && t.contains("đăng nhập")), "the clerk is told: " + said);
        assertFalse(said.stream().anyMatch(t -> t.contains("sai-mat-khau")), "the password is never shown");
        assertNoTerminalWording(asked);
        assertNoTerminalWording(said);
        assertEquals(List.of(), events(ws, null, EventType.SENT));
        assertEquals(List.of(), events(ws, null, EventType.SEND_FAILED), "the office's password is no unit's failure");
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void cancellingThePasswordDialogStopsTheJobWithNothingRecorded() throws Exception {
        Workspace ws = Workspace.resolve(home.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        WindowContent c = withSmtp(ws);
        List<String> asked = new ArrayList<>();
        confirmDistribution(asked);
        whenOpen("Mật khẩu", s -> press(s, IDialogConstants.CANCEL_LABEL));
        List<String> said = new ArrayList<>();
        whenOpen("Không thực hiện được", s -> {
            said.addAll(texts(s));
            press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().distribute.run();
        Screen.settle(display);

        assertTrue(said.stream().anyMatch(t -> t.startsWith("Chưa nhập mật khẩu thư của " + OFFICE) && t.contains("không gửi hay đọc thư nào")),
                "the clerk is told: " + said);
        assertNoTerminalWording(said);
        assertEquals(List.of(), events(ws, null, EventType.SENT));
        assertEquals(List.of(), events(ws, null, EventType.SEND_FAILED));
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void aSecurityNoneForAServerElsewhereIsRefusedInTheWindowsOwnWords() {
        Workspace ws = Workspace.resolve(home.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        WindowContent c = open(ws);
        List<String> said = new ArrayList<>();
        whenOpen("Máy chủ thư", s -> {
            field(s, Text.class, "smtp-host").setText("mail.phanthiet.example");
            Combo security = field(s, Combo.class, "smtp-security");
            security.select(2);
            security.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            press(s, IDialogConstants.OK_LABEL);
            said.addAll(texts(s));
            press(s, IDialogConstants.CANCEL_LABEL);
        });
        c.actions().mailServers.run();
        Screen.settle(display);
        assertTrue(said.stream().anyMatch(t -> t.contains("mail.phanthiet.example") && t.contains("không mã hóa")
                && t.contains("Máy chủ thư…")), said.toString());
        assertNoTerminalWording(said);
    }

    @Test
    void collectingFromAFolderOfEmlStaysOfferedOnceImapIsSet() throws Exception {
        Workspace ws = demoLedger();
        WindowContent c = open(ws);
        new vn.congvan.app.OfficeMailServers("", "", "tls", "127.0.0.1", Integer.toString(GREEN_MAIL.getImap().getPort()), "none",
                "INBOX", OFFICE, false).store(c.settings());
        MenuManager bar = new MenuManager();
        c.actions().fillMenuBar(bar);
        List<String> offered = new ArrayList<>();
        for (IContributionItem menu : bar.getItems()) {
            if (menu instanceof MenuManager m) {
                for (IContributionItem item : m.getItems()) {
                    if (item instanceof ActionContributionItem a && a.getAction().isEnabled()) {
                        offered.add(a.getAction().getText());
                    }
                }
            }
        }
        assertTrue(offered.contains(c.actions().collectEml.getText()), offered.toString());
        assertTrue(offered.contains(c.actions().collectFolder.getText()), offered.toString());

        // Mũi Né's clerk answered and the mail was saved from another program into a folder.
        String sentId = events(ws, "P-MUINE", EventType.SENT).get(0).sourceId();
        Path folder = home.resolve("thu-luu");
        Files.createDirectories(folder);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("muine@phanthiet.example"));
        m.setRecipients(Message.RecipientType.TO, OFFICE);
        m.setSubject("Re: [6174/UBND-VX] V/v đảm bảo an toàn thông tin", "UTF-8");
        m.setSentDate(Date.from(java.time.ZonedDateTime.parse("2019-08-29T09:00:00+07:00").toInstant()));
        m.setHeader("In-Reply-To", sentId);
        m.setText("Kính gửi Văn phòng,\n\nUBND phường Mũi Né đã hoàn thành tất cả các nội dung theo Công văn số 6174/UBND-VX.\n\n"
                + "Trân trọng.\n", "UTF-8");
        m.saveChanges();
        try (java.io.OutputStream out = Files.newOutputStream(folder.resolve("tra-loi-muine.eml"))) {
            m.writeTo(out);
        }
        AtomicInteger passwordAsked = new AtomicInteger();
        whenOpen("Mật khẩu", s -> {
            passwordAsked.incrementAndGet();
            press(s, IDialogConstants.CANCEL_LABEL);
        });
        c.system(new SystemDialogs() {
            @Override
            public List<Path> openFiles(Shell shell, String title, boolean multiple, String[] extensions, String[] names) {
                throw new AssertionError("a folder is asked, not files");
            }

            @Override
            public java.util.Optional<Path> folder(Shell shell, String title) {
                return java.util.Optional.of(folder);
            }

            @Override
            public void open(Path file) {
            }
        });
        c.actions().collectEml.run();
        Screen.settle(display);

        assertEquals(0, passwordAsked.get(), "the folder is read, not the IMAP server");
        List<Event> done = events(ws, "P-MUINE", EventType.DONE);
        assertEquals(3, done.size(), done.toString());
        assertTrue(done.stream().allMatch(e -> e.evidence().contains("tra-loi-muine.eml") || e.evidence().contains(folder.toString())),
                done.toString());
    }
}
