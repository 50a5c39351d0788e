package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchBoard;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.DocumentTray;
import vn.congvan.app.FollowUpFiles;
import vn.congvan.app.Folder;
import vn.congvan.app.Interaction;
import vn.congvan.app.MailRoute;
import vn.congvan.app.OutputFormat;
import vn.congvan.app.PdfSigning;
import vn.congvan.app.Workspace;
import vn.congvan.model.DocumentKind;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.SignatureCheck;
import vn.congvan.sign.DemoCertificate;

/**
 * The leader's side of the window (issue 11) and the grid's roles and reminder counts (issue 12), driven
 * through the real window on the demo ledger: a draft submitted to a leader the office lists, signed with a
 * PKCS#12 key through the password dialog, issued; given back with a comment; a wrong password; the
 * signature dialog on a signed and a tampered PDF and on a dispatch's original. The key is made here with
 * BouncyCastle and its certificate is the office's trusted root. Only the system's file chooser is answered
 * by the test.
 */
class LeaderWindowTest extends DemoWindowTest {
    private static final String PASSWORD = "mat-khau-lanh-dao";
    private static final String LEADER = "Trần Thị Bình";

    private final List<Path> picked = new ArrayList<>();
    private Path p12;

    private final SystemDialogs system = new SystemDialogs() {
        @Override
        public List<Path> openFiles(Shell s, String title, boolean multiple, String[] extensions, String[] names) {
            return List.copyOf(picked);
        }

        @Override
        public Optional<Path> folder(Shell s, String title) {
            return Optional.empty();
        }

        @Override
        public void open(Path file) {
            // the report's PDFs would open in the system's viewer; nothing to see here
        }
    };

    /** The demo ledger with a copy of the sample office whose trusted roots hold the leader's certificate. */
    private Workspace office() throws Exception {
        demoLedger();
        Path units = home.resolve("don-vi");
        Files.createDirectories(units.resolve("chung-thu-goc"));
        try (Stream<Path> files = Files.list(Path.of("samples", "directory"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, units.resolve(f.getFileName()));
            }
        }
        p12 = home.resolve("lanh-dao.p12");
        X509Certificate cert = DemoCertificate.create(p12, PASSWORD.toCharArray(), LEADER, Instant.now());
        Files.write(units.resolve("chung-thu-goc").resolve("lanh-dao.cer"), cert.getEncoded());
        return Workspace.resolve(home.resolve("congvan.db").toString(), units);
    }

    private WindowContent open(Workspace ws) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, DemoRun.AS_OF);
        c.system(system);
        shell.setSize(1280, 800);
        shell.open();
        Screen.settle(display);
        return ready(c);
    }

    /** The seed selected and its report and reminder written from the window: two new drafts; the reminder's id. */
    private long newReminderDraft(WindowContent c) {
        DispatchBoard.Line seed = c.table().shown().stream().filter(l -> l.dispatch().numberSymbol().equals("6174/UBND-VX"))
                .findFirst().orElseThrow();
        c.select(seed.dispatch().key());
        c.actions().report.run();
        Screen.settle(display);
        return c.service().documents().stream().filter(d -> d.kind() == DocumentKind.REMINDER)
                .mapToLong(OutgoingDocument::id).max().orElseThrow();
    }

    private CongvanService serviceWithPassword(Workspace ws) {
        return ws.open(Clock.systemUTC(), Interaction.NONE, Map.of(PdfSigning.PASSWORD_VARIABLE, PASSWORD));
    }

    private static List<String> column(Table t, int column) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.getItemCount(); i++) {
            out.add(t.getItem(i).getText(column));
        }
        return out;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void aDraftIsSubmittedSignedThroughThePasswordDialogAndIssued() throws Exception {
        Workspace ws = office();
        WindowContent c = open(ws);
        long id = newReminderDraft(c);
        LeaderActions leader = c.actions().leader();

        c.showTray(DocumentTray.Tray.DRAFTS);
        assertNotNull(c.selectDocument(id));
        assertTrue(c.folders().label(DocumentTray.Tray.DRAFTS).matches("Dự thảo \\(\\d+\\)"), c.folders().label(DocumentTray.Tray.DRAFTS));
        assertTrue(leader.submit.isEnabled() && !leader.sign.isEnabled() && !leader.issue.isEnabled(), "a draft can only be submitted");
        List<String> offered = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("submit.title"), s -> {
            Combo combo = Screen.find(s, Combo.class).get(0);
            offered.addAll(List.of(combo.getItems()));
            combo.select(offered.indexOf(LEADER));
            combo.notifyListeners(SWT.Selection, new Event());
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        leader.submit.run();
        Screen.settle(display);

        assertEquals(List.of("Nguyễn Văn An", LEADER), offered, "the leaders of office.properties");
        assertEquals(DocumentTray.Tray.AWAITING_SIGNATURE, c.tray(), "the document moved to Chờ ký, shown there");
        assertEquals(id, c.currentDocument().document().id());
        assertEquals(LEADER, c.currentDocument().leader());
        assertTrue(leader.sign.isEnabled() && leader.giveBack.isEnabled() && !leader.submit.isEnabled());

        picked.add(p12);
        List<Boolean> hidden = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("secret.title"), s -> {
            Text t = Screen.find(s, Text.class).get(0);
            hidden.add((t.getStyle() & SWT.PASSWORD) != 0);
            t.setText(PASSWORD);
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        leader.sign.run();
        Screen.settle(display);

        assertEquals(List.of(true), hidden, "the password was asked once, without echo");
        assertEquals(DocumentTray.Tray.SIGNED, c.tray());
        DocumentTray.Line signed = c.currentDocument();
        assertEquals(DocumentStage.SIGNED, signed.document().stage());
        assertEquals("01/UBND-VX", signed.numberSymbol(), "the first number of the series this year");
        assertTrue(leader.issue.isEnabled() && !leader.sign.isEnabled());

        Screen.whenOpen(display, UiText.get("issue.title"), s -> Screen.press(s, IDialogConstants.YES_LABEL));
        leader.issue.run();
        Screen.settle(display);

        DocumentTray.Line issued = c.currentDocument();
        assertEquals(DocumentStage.ISSUED, issued.document().stage());
        Table list = c.documents().table();
        int row = list.getSelectionIndex();
        assertEquals("01/UBND-VX", list.getItem(row).getText(0), "the list shows the number");
        assertEquals("đã ban hành", list.getItem(row).getText(3));
        assertTrue(c.statusLine().getText().contains("01/UBND-VX"), c.statusLine().getText());
        assertTrue(leader.distribute.isEnabled() && leader.withdraw.isEnabled() && !leader.issue.isEnabled());

        // The signed PDF lies beside the draft, carries the number and verifies against the office's root.
        Path draft = Path.of(issued.document().draftFiles().get(0));
        Path signedPdf = issued.signedPdf();
        assertNotNull(signedPdf);
        assertTrue(Files.isRegularFile(signedPdf), signedPdf.toString());
        assertEquals(draft.toAbsolutePath().getParent(), signedPdf.toAbsolutePath().getParent(), "beside the draft");
        assertTrue(signedPdf.getFileName().toString().endsWith("-da-ky.pdf"), signedPdf.toString());
        assertTrue(Files.isRegularFile(draft), "the draft stays as it was");
        assertTrue(pdfText(signedPdf).contains("Số: 01/UBND-VX"), "the number is inside the signed bytes");
        assertFalse(pdfText(draft).contains("01/UBND-VX"), "the draft keeps its blank number");
        List<SignatureCheck> checks = c.service().verifyPdf(signedPdf);
        assertEquals(1, checks.size());
        assertTrue(checks.get(0).ok(), checks.get(0).problems().toString());
        assertTrue(checks.get(0).trusted() && checks.get(0).signerName().contains(LEADER), checks.get(0).signerName());

        // Each step below the list, with who and when.
        Table steps = c.documents().steps();
        assertEquals(List.of("Dự thảo", "Trình ký", "Ký, cấp số", "Ban hành"), column(steps, 1));
        assertEquals(LEADER, steps.getItem(1).getText(3), "submitted to the leader");
        assertEquals(LEADER, steps.getItem(2).getText(3), "signed by the leader");
        String fields = c.documents().fields().getText();
        assertTrue(fields.contains("Số, ký hiệu: 01/UBND-VX") && fields.contains("Lãnh đạo ký: " + LEADER)
                && fields.contains("Đang ở bước: đã ban hành") && fields.contains(signedPdf.getFileName().toString()), fields);
    }

    @Test
    void aDocumentGivenBackShowsTheCommentInItsSteps() throws Exception {
        Workspace ws = office();
        WindowContent c = open(ws);
        long id = newReminderDraft(c);
        c.service().submit(id, "Nguyễn Văn An", null);
        c.reload();
        Screen.settle(display); // F5 reads the board in the background
        c.showTray(DocumentTray.Tray.AWAITING_SIGNATURE);
        assertNotNull(c.selectDocument(id));
        assertEquals("Nguyễn Văn An", c.documents().table().getItem(c.documents().table().getSelectionIndex()).getText(4));

        String comment = "Đề nghị ghi rõ hạn báo cáo ở mục 2";
        List<Boolean> okWhileEmpty = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("giveBack.title"), s -> {
            okWhileEmpty.add(Screen.find(s, org.eclipse.swt.widgets.Button.class).stream()
                    .filter(b -> IDialogConstants.OK_LABEL.equals(b.getText())).findFirst().orElseThrow().isEnabled());
            Screen.find(s, Text.class).get(0).setText(comment);
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().leader().giveBack.run();
        Screen.settle(display);

        assertEquals(List.of(false), okWhileEmpty, "no return without a comment");
        assertEquals(DocumentTray.Tray.DRAFTS, c.tray(), "a draft again");
        assertEquals(DocumentStage.RETURNED, c.currentDocument().document().stage());
        Table steps = c.documents().steps();
        int last = steps.getItemCount() - 1;
        assertEquals("Trả lại", steps.getItem(last).getText(1));
        assertEquals(comment, steps.getItem(last).getText(4));
        OutgoingDocument kept = c.service().documents().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        assertEquals(comment, kept.last(DocumentStage.RETURNED).orElseThrow().note(), "the ledger keeps the comment");
        assertTrue(c.actions().leader().submit.isEnabled(), "it may be submitted again");
    }

    @Test
    void aWrongPasswordIsSaidInVietnameseAndTakesNoNumber() throws Exception {
        Workspace ws = office();
        WindowContent c = open(ws);
        long id = newReminderDraft(c);
        c.service().submit(id, LEADER, null);
        c.reload();
        Screen.settle(display); // F5 reads the board in the background
        c.showTray(DocumentTray.Tray.AWAITING_SIGNATURE);
        assertNotNull(c.selectDocument(id));
        picked.add(p12);

        Screen.whenOpen(display, UiText.get("secret.title"), s -> {
            Screen.find(s, Text.class).get(0).setText("sai-mat-khau");
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        List<String> said = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("error.title"), s -> {
            said.addAll(Screen.texts(s));
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().leader().sign.run();
        Screen.settle(display);

        assertTrue(said.stream().anyMatch(t -> t.contains("sai mật khẩu") && t.contains("lanh-dao.p12")), said.toString());
        assertTrue(c.service().register(null, "UBND-VX").isEmpty(), "no number was taken");
        assertEquals(DocumentStage.SUBMITTED, c.currentDocument().document().stage(), "still waiting for the signature");

        // Cancelling the password dialog: said in the window's words, again without a number.
        said.clear();
        Screen.whenOpen(display, UiText.get("secret.title"), s -> Screen.press(s, IDialogConstants.CANCEL_LABEL));
        Screen.whenOpen(display, UiText.get("error.title"), s -> {
            said.addAll(Screen.texts(s));
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().leader().sign.run();
        Screen.settle(display);
        assertTrue(said.stream().anyMatch(t -> t.contains("Chưa nhập mật khẩu") && !t.contains("--") && !t.contains("dòng lệnh")),
                said.toString());
        assertTrue(c.service().register(null, "UBND-VX").isEmpty());
    }

    /** Opens the signature dialog on the file picked; returns its lines and which of them are red. */
    private Map<String, Boolean> verifyInWindow(WindowContent c, Runnable action, String title) {
        Map<String, Boolean> lines = new java.util.LinkedHashMap<>();
        Screen.whenOpen(display, title, s -> {
            for (Label l : Screen.find(s, Label.class)) {
                lines.put(l.getText(), l.getForeground().equals(display.getSystemColor(SWT.COLOR_RED)));
            }
            Screen.press(s, IDialogConstants.CLOSE_LABEL);
        });
        action.run();
        Screen.settle(display);
        assertFalse(lines.isEmpty(), "the dialog " + title + " opened");
        return lines;
    }

    @Test
    void theSignatureDialogShowsAGoodSignatureAndATamperedFileInRed() throws Exception {
        Workspace ws = office();
        WindowContent c = open(ws);
        long id = newReminderDraft(c);
        Path signedPdf;
        try (CongvanService s = serviceWithPassword(ws)) {
            s.submit(id, LEADER, null);
            signedPdf = s.sign(id, null, new PdfSigning.Request(p12, false, null)).signature().signedFile();
        }
        picked.add(signedPdf);
        Map<String, Boolean> good = verifyInWindow(c, c.actions().leader().verifyFile::run,
                UiText.get("verify.title", signedPdf.getFileName()));
        assertTrue(good.keySet().stream().anyMatch(t -> t.startsWith("✔ 1 chữ ký số, tất cả hợp lệ")), good.toString());
        assertTrue(good.containsKey("Người ký: " + c.service().verifyPdf(signedPdf).get(0).signerName()), good.toString());
        assertTrue(good.keySet().stream().anyMatch(t -> t.startsWith("Chứng thư số: ") && t.contains(LEADER)), good.toString());
        assertTrue(good.keySet().stream().anyMatch(t -> t.startsWith("Thời gian ký") && t.contains("(+07:00)")), good.toString());
        assertTrue(good.containsKey("✔ Dẫn tới chứng thư gốc cơ quan tin cậy: có"), good.toString());
        assertTrue(good.containsKey("✔ Chứng thư còn hiệu lực lúc ký: có"), good.toString());
        assertFalse(good.containsValue(true), "nothing red on a good signature: " + good);

        // One byte flipped inside the signed range.
        Path tampered = home.resolve("da-sua.pdf");
        byte[] bytes = Files.readAllBytes(signedPdf);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream", 1000) + 40;
        bytes[at] ^= 0x01;
        Files.write(tampered, bytes);
        picked.clear();
        picked.add(tampered);
        Map<String, Boolean> bad = verifyInWindow(c, c.actions().leader().verifyFile::run, UiText.get("verify.title", "da-sua.pdf"));
        assertTrue(bad.entrySet().stream().anyMatch(e -> e.getValue() && e.getKey().startsWith("✗ 1 trong 1 chữ ký số KHÔNG hợp lệ")),
                bad.toString());
        assertTrue(bad.entrySet().stream().anyMatch(e -> e.getValue() && e.getKey().contains("Mã băm khớp: KHÔNG")), bad.toString());
        assertTrue(bad.entrySet().stream().anyMatch(e -> e.getValue() && e.getKey().equals("✗ Chữ ký KHÔNG hợp lệ")), bad.toString());

        // An incoming dispatch that arrived as that signed PDF: its original is checked from the ledger.
        c.showFolder(Folder.INCOMING);
        c.actions().importFiles(List.of(signedPdf));
        Screen.settle(display);
        assertEquals("01/UBND-VX", c.current().dispatch().numberSymbol());
        Map<String, Boolean> original = verifyInWindow(c, c.actions().leader().verifyOriginal::run,
                UiText.get("verify.title", UiText.get("verify.original", c.current().dispatch().label())));
        assertTrue(original.keySet().stream().anyMatch(t -> t.startsWith("✔ 1 chữ ký số, tất cả hợp lệ")), original.toString());
    }

    @Test
    void theSeedsOriginalIsNotAPdfAndTheWindowSaysSo() throws Exception {
        Workspace ws = office();
        WindowContent c = open(ws);
        DispatchBoard.Line seed = c.table().shown().get(0);
        c.select(seed.dispatch().key());
        List<String> said = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("error.title"), s -> {
            said.addAll(Screen.texts(s));
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().leader().verifyOriginal.run();
        Screen.settle(display);
        assertTrue(said.stream().anyMatch(t -> t.contains("6174/UBND-VX") && t.contains("không phải PDF")), said.toString());
    }

    @Test
    void theGridShowsEachUnitsRoleAndHowOftenItWasReminded() throws Exception {
        Workspace ws = office();
        WindowContent c = open(ws);
        long first = newReminderDraft(c);
        OutgoingDocument reminder;
        try (CongvanService s = serviceWithPassword(ws)) {
            s.submit(first, LEADER, null);
            s.sign(first, null);
            reminder = s.issue(first, null);
        }
        // Phân phối from the window: into the outbox, one REMINDED per unit the reminder names.
        c.reload();
        Screen.settle(display); // F5 reads the board in the background
        c.showTray(DocumentTray.Tray.SIGNED);
        assertNotNull(c.selectDocument(first));
        assertTrue(c.actions().leader().distribute.isEnabled());
        Screen.whenOpen(display, UiText.get("distributeDoc.title"), s -> Screen.press(s, IDialogConstants.YES_LABEL));
        c.actions().leader().distribute.run();
        Screen.settle(display);
        assertEquals(DocumentStage.DISTRIBUTED, c.currentDocument().document().stage());

        // A second reminder, written, signed, issued and sent by the service as the command line would.
        try (CongvanService s = serviceWithPassword(ws)) {
            FollowUpFiles.Written w = s.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"),
                    EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), home.resolve("lan-2"), DemoRun.AS_OF, null, DemoRun.AS_OF.plusDays(7)));
            long second = w.drafts().stream().filter(d -> d.kind() == DocumentKind.REMINDER).findFirst().orElseThrow().id();
            s.submit(second, LEADER, null);
            s.sign(second, null);
            s.issue(second, null);
            s.distributeDocument(second, MailRoute.outbox(null), null, null);
        }
        c.showFolder(Folder.INCOMING);
        c.reload();
        Screen.settle(display); // F5 reads the board in the background
        DispatchBoard.Line seed = c.table().shown().stream().filter(l -> l.dispatch().numberSymbol().equals("6174/UBND-VX"))
                .findFirst().orElseThrow();
        c.select(seed.dispatch().key());
        Screen.settle(display);
        Table grid = c.detail().grid();
        int last = grid.getColumnCount() - 1;
        assertEquals("Đôn đốc", grid.getColumn(last).getText());
        String reminded = reminder.unitCodes().get(0);
        assertNotNull(c.detail().selectUnit(reminded));
        String cell = grid.getItem(grid.getSelectionIndex()).getText(last);
        assertTrue(cell.startsWith("đã đôn đốc lần 2 ("), cell);
        long notReminded = c.detail().requirementIds().isEmpty() ? 0 : java.util.stream.IntStream.range(0, grid.getItemCount())
                .filter(i -> grid.getItem(i).getText(last).isEmpty()).count();
        assertTrue(notReminded > 0, "units that did their part were not reminded");

        // A plan with a task table: the role beside each status.
        c.actions().importFiles(List.of(Path.of("src/test/resources/dispatches/ke-hoach-bang-nhiem-vu.md")));
        Screen.settle(display);
        assertEquals("58/KH-UBND", c.current().dispatch().numberSymbol());
        assertNotNull(c.detail().selectUnit("PHONG-VHTT"));
        String lead = grid.getItem(grid.getSelectionIndex()).getText(2);
        assertNotNull(c.detail().selectUnit("PHONG-TCKH"));
        String support = grid.getItem(grid.getSelectionIndex()).getText(2);
        assertTrue(lead.endsWith(" · chủ trì"), lead);
        assertTrue(support.endsWith(" · phối hợp"), support);
        assertEquals("", grid.getItem(grid.getSelectionIndex()).getText(3), "Tài chính - Kế hoạch has no part in row 2");
    }
}
