package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Folder;
import vn.congvan.app.Interaction;
import vn.congvan.app.Mailbox;
import vn.congvan.app.Review;
import vn.congvan.app.Workspace;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;

/**
 * Thư cần xem in the window, on the ledger's review queue: two units answer the demo dispatch with a bare
 * "Đã hoàn thành.", the clerk collects them in the window, confirms one and rejects the other there, and
 * the ledger says so — also after the window is opened again.
 */
class ReviewWindowTest extends DemoWindowTest {

    private WindowContent open(Workspace ws) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, DemoRun.AS_OF);
        shell.setSize(1280, 800);
        shell.open();
        Screen.settle(display);
        return ready(c);
    }

    /** A unit's own reply to 6174/UBND-VX that says only "Đã hoàn thành.", written as a mail program would. */
    private static Path bareDone(Path folder, String from, String id) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, "vanphong@phanthiet.example");
        m.setSubject("Re: [6174/UBND-VX] V/v đảm bảo an toàn thông tin", "UTF-8");
        m.setSentDate(Date.from(ZonedDateTime.parse("2019-08-27T09:00:00+07:00").toInstant()));
        m.setText("Kính gửi Văn phòng,\n\nĐã hoàn thành.\n\nTrân trọng.\n", "UTF-8");
        m.saveChanges();
        m.setHeader("Message-ID", id);
        Files.createDirectories(folder);
        Path f = folder.resolve(id.replaceAll("[<>@]", "_") + ".eml");
        try (OutputStream out = Files.newOutputStream(f)) {
            m.writeTo(out);
        }
        return f;
    }

    private static List<Event> events(Workspace ws, EventType type, String unit) {
        try (CongvanService app = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            return app.history(new CongvanService.HistoryRequest(DispatchRef.of("6174/UBND-VX"), unit)).lines().stream()
                    .map(CongvanService.HistoryLine::event).filter(e -> e.type() == type).toList();
        }
    }

    private static Review.Item entryFrom(WindowContent c, String sender) {
        return c.review().entries().stream().filter(m -> sender.equals(m.sender())).findFirst()
                .orElseThrow(() -> new AssertionError(sender + " is not in Thư cần xem"));
    }

    /** Answers the next dialog with this title: types the text and presses OK, as the clerk would. */
    private static void answerDialog(String title, String typed) {
        display.asyncExec(() -> {
            for (Shell s : display.getShells()) {
                if (title.equals(s.getText())) {
                    Screen.find(s, Text.class).get(0).setText(typed);
                    for (Button b : Screen.find(s, Button.class)) {
                        if (IDialogConstants.OK_LABEL.equals(b.getText())) {
                            b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                            return;
                        }
                    }
                }
            }
            throw new AssertionError("no dialog " + title);
        });
    }

    @Test
    void aBareDoneIsConfirmedOrRejectedInTheWindowAndTheLedgerSaysSo() throws Exception {
        Workspace ws = demoLedger();
        WindowContent c = open(ws);
        int before = c.review().size();
        assertEquals(FolderTree.name(Folder.REVIEW) + " (" + before + ")", c.folders().label(Folder.REVIEW));

        Path replies = home.resolve("thu-den");
        Path lacdao = bareDone(replies, "lacdao@phanthiet.example", "<bare.done.lacdao@phanthiet.example>");
        bareDone(replies, "phuhai@phanthiet.example", "<bare.done.hai@phanthiet.example>");
        c.actions().collect(List.of(new Mailbox.Eml(replies)));
        Screen.settle(display);

        assertEquals(before + 2, c.review().size());
        assertEquals(FolderTree.name(Folder.REVIEW) + " (" + (before + 2) + ")", c.folders().label(Folder.REVIEW));
        assertEquals(List.of(), events(ws, EventType.DONE, "P-LACDAO"), "nothing recorded before the clerk decides");

        c.showFolder(Folder.REVIEW);
        Review.Item fromLacDao = entryFrom(c, "lacdao@phanthiet.example");
        assertEquals(Review.Kind.READING, fromLacDao.kind());
        c.selectReview(fromLacDao.number());
        String shown = c.review().shownText().getText();
        assertTrue(shown.contains("Người gửi: lacdao@phanthiet.example"), shown);
        assertTrue(shown.contains("6174/UBND-VX — Ủy ban nhân dân phường Lạc Đạo"), shown);
        assertTrue(shown.contains("Nội dung 1: đề xuất \"Đã hoàn thành\""), shown);
        assertTrue(shown.contains("Đã hoàn thành."), shown);
        assertTrue(shown.contains("Ngày thư: 27/08/2019 09:00"), shown);

        // The mail as received opens from the entry.
        Path eml = c.actions().mailFile(fromLacDao.number());
        assertEquals(ws.documentsFolder(), eml.getParent());
        assertArrayEquals(Files.readAllBytes(lacdao), Files.readAllBytes(eml));

        c.actions().reviewAccept.run();
        Screen.settle(display);
        List<Event> done = events(ws, EventType.DONE, "P-LACDAO");
        assertEquals(3, done.size(), done.toString());
        for (Event e : done) {
            assertEquals("review", e.source());
            assertEquals("review:" + fromLacDao.number(), e.sourceId());
        }
        assertEquals(before + 1, c.review().size());
        assertEquals(FolderTree.name(Folder.REVIEW) + " (" + (before + 1) + ")", c.folders().label(Folder.REVIEW));
        assertTrue(c.statusLine().getText().contains("3 sự kiện mới"), c.statusLine().getText());

        // From the unit's history: the lines confirmed from Thư cần xem open the same mail.
        c.showFolder(Folder.INCOMING);
        c.select(c.table().shown().get(0).dispatch().key());
        Screen.settle(display);
        c.showHistory(c.detail().selectUnit("P-LACDAO"));
        Screen.settle(display);
        Table history = c.detail().history();
        int row = -1;
        for (int i = 0; i < history.getItemCount(); i++) {
            history.setSelection(i);
            if (("review:" + fromLacDao.number()).equals(c.detail().selectedHistoryLine().event().sourceId())) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the confirmed lines are in Lạc Đạo's history");
        history.setSelection(row);
        Files.delete(eml);
        c.actions().openEvidence.run();
        Screen.settle(display);
        assertTrue(c.statusLine().getText().startsWith("Đã mở thư gốc: "), c.statusLine().getText());
        assertArrayEquals(Files.readAllBytes(lacdao), Files.readAllBytes(eml));
        // A reply recorded straight from collecting (the demo's, from Phú Thủy) opens the mail as it was collected too.
        c.showHistory(c.detail().selectUnit("P-PHUTHUY"));
        Screen.settle(display);
        int mailRow = -1;
        for (int i = 0; i < history.getItemCount(); i++) {
            history.setSelection(i);
            Event e = c.detail().selectedHistoryLine().event();
            if (e.type() == EventType.DONE && "mail".equals(e.source())) {
                mailRow = i;
            }
        }
        assertTrue(mailRow >= 0, "Phú Thủy's reply is in its history");
        history.setSelection(mailRow);
        c.actions().openEvidence.run();
        Screen.settle(display);
        String status = c.statusLine().getText();
        assertTrue(status.startsWith("Đã mở thư gốc: "), status);
        Path opened = Path.of(status.substring("Đã mở thư gốc: ".length()).trim());
        assertEquals(ws.documentsFolder(), opened.getParent());
        assertArrayEquals(Files.readAllBytes(Path.of("samples", "replies", "02-reply-phuthuy-done.eml")), Files.readAllBytes(opened));

        c.showFolder(Folder.REVIEW);
        Review.Item fromHai = entryFrom(c, "phuhai@phanthiet.example");
        c.selectReview(fromHai.number());
        answerDialog("Bỏ qua thư cần xem", "Đã gọi điện: phường mới xong nội dung 1");
        c.actions().reviewReject.run();
        Screen.settle(display);
        assertEquals(before, c.review().size());
        assertEquals(List.of(), events(ws, EventType.DONE, "P-PHUHAI"));
        try (CongvanService app = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            Review.Item closed = app.reviewShow(fromHai.number()).item();
            assertEquals(Review.Decision.REJECTED, closed.decision());
            assertEquals("Đã gọi điện: phường mới xong nội dung 1", closed.reason());
        }

        // Opened again, the window shows the same queue: the decided mails are gone from it.
        shell.dispose();
        WindowContent again = open(ws);
        assertEquals(before, again.review().size());
        assertNull(again.review().select(fromLacDao.number()));
        assertNotNull(again.folders().label(Folder.REVIEW));
        assertEquals(FolderTree.name(Folder.REVIEW) + " (" + before + ")", again.folders().label(Folder.REVIEW));
    }

    @Test
    void editChoosesAStatusPerItemInTheDialog() throws Exception {
        Workspace ws = demoLedger();
        WindowContent c = open(ws);
        Path replies = home.resolve("thu-den");
        bareDone(replies, "binhhung@phanthiet.example", "<bare.done.binhhung@phanthiet.example>");
        c.actions().collect(List.of(new Mailbox.Eml(replies)));
        Screen.settle(display);
        c.showFolder(Folder.REVIEW);
        Review.Item entry = entryFrom(c, "binhhung@phanthiet.example");
        c.selectReview(entry.number());

        // The clerk: item 1 done (as proposed), item 2 in progress, item 3 left out; then OK.
        display.asyncExec(() -> {
            for (Shell s : display.getShells()) {
                if (("Sửa tình trạng — thư cần xem số " + entry.number()).equals(s.getText())) {
                    List<org.eclipse.swt.widgets.Combo> combos = Screen.find(s, org.eclipse.swt.widgets.Combo.class);
                    assertEquals(3, combos.size());
                    assertEquals("Đã hoàn thành", combos.get(0).getText(), "the proposed status is preselected");
                    combos.get(1).select(2);
                    combos.get(2).select(0);
                    for (Button b : Screen.find(s, Button.class)) {
                        if (IDialogConstants.OK_LABEL.equals(b.getText())) {
                            b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                            return;
                        }
                    }
                }
            }
            throw new AssertionError("no dialog Sửa");
        });
        c.actions().reviewEdit.run();
        Screen.settle(display);

        assertEquals(List.of("1"), events(ws, EventType.DONE, "P-BINHHUNG").stream().map(Event::requirementId).toList());
        assertEquals(List.of("2"), events(ws, EventType.PROGRESS, "P-BINHHUNG").stream().map(Event::requirementId).toList());
        assertNull(c.review().select(entry.number()), "decided, so no longer in Thư cần xem");
        try (CongvanService app = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            assertEquals(Review.Decision.EDITED, app.reviewShow(entry.number()).item().decision());
        }
    }
}
