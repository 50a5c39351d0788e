package vn.congvan.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;

import vn.congvan.app.DispatchBoard;
import vn.congvan.app.DocumentTray;
import vn.congvan.app.DocumentWorkflow;
import vn.congvan.app.MailRoute;
import vn.congvan.app.PdfSigning;
import vn.congvan.app.ReminderMailing;
import vn.congvan.app.SigningChoices;
import vn.congvan.model.DocumentKind;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.InputException;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.SignatureCheck;
import vn.congvan.text.VietnameseText;

/**
 * The leader's side of the window, on the document selected in a tray: trình ký to a leader the office
 * lists, trả lại with a comment, ký số with a PKCS#12 file or the office's token (the password or PIN asked
 * in a dialog, never kept), ban hành, phân phối and thu hồi, each enabled only at the stage it belongs to;
 * and checking the digital signatures of any PDF, or of an incoming dispatch's original.
 */
final class LeaderActions {
    private final WindowContent window;
    private final WindowActions actions;
    final Action submit;
    final Action giveBack;
    final Action sign;
    final Action issue;
    final Action distribute;
    final Action withdraw;
    final Action verifyFile;
    final Action verifyOriginal;

    LeaderActions(WindowContent window, WindowActions actions) {
        this.window = window;
        this.actions = actions;
        submit = actions.action("action.submit", "action.submit.tip", SWT.MOD1 | SWT.ALT | 'T', this::chooseLeaderAndSubmit);
        giveBack = actions.action("action.giveBack", "action.giveBack.tip", SWT.MOD1 | SWT.ALT | 'L', this::commentAndGiveBack);
        sign = actions.action("action.sign", "action.sign.tip", SWT.MOD1 | SWT.ALT | 'K', this::chooseKeyAndSign);
        issue = actions.action("action.issue", "action.issue.tip", SWT.MOD1 | SWT.ALT | 'B', this::confirmAndIssue);
        distribute = actions.action("action.distributeDoc", "action.distributeDoc.tip", SWT.MOD1 | SWT.ALT | 'D',
                this::confirmAndDistribute);
        withdraw = actions.action("action.withdraw", "action.withdraw.tip", SWT.MOD1 | SWT.ALT | 'W', this::reasonAndWithdraw);
        verifyFile = actions.action("action.verifyFile", "action.verifyFile.tip", SWT.MOD1 | SWT.ALT | 'V', this::chooseAndVerify);
        verifyOriginal = actions.action("action.verifyOriginal", "action.verifyOriginal.tip", SWT.MOD1 | SWT.ALT | 'G',
                this::verifySelectedOriginal);
        update(null);
    }

    /** The context menu of a tray's list, and the menu bar's part for documents. */
    MenuManager documentMenu(MenuManager m) {
        m.add(submit);
        m.add(giveBack);
        m.add(sign);
        m.add(issue);
        m.add(distribute);
        m.add(withdraw);
        m.add(new Separator());
        m.add(verifyFile);
        return m;
    }

    /** Each step enabled only at the stage it belongs to; none without a document selected. */
    void update(DocumentTray.Line l) {
        DocumentStage s = l == null ? null : l.document().stage();
        submit.setEnabled(s == DocumentStage.DRAFTED || s == DocumentStage.RETURNED);
        giveBack.setEnabled(s == DocumentStage.SUBMITTED);
        sign.setEnabled(s == DocumentStage.SUBMITTED);
        issue.setEnabled(s == DocumentStage.SIGNED);
        // Only a công văn đôn đốc is mailed by congvan; a BÁO CÁO goes to its "Nơi nhận" outside it.
        distribute.setEnabled(s == DocumentStage.ISSUED && l.document().kind() == DocumentKind.REMINDER);
        withdraw.setEnabled(s == DocumentStage.SIGNED || s == DocumentStage.ISSUED || s == DocumentStage.DISTRIBUTED);
    }

    private DocumentTray.Line selected() {
        DocumentTray.Line l = window.currentDocument();
        if (l == null) {
            throw new InputException(UiText.get("select.document"));
        }
        return l;
    }

    private static String label(DocumentTray.Line l) {
        return UiText.get("docs.label", vn.congvan.app.DocumentWords.kind(l.document().kind()), DocumentList.number(l));
    }

    // ---- the steps -------------------------------------------------------------------------------------

    private void chooseLeaderAndSubmit() {
        DocumentTray.Line l = selected();
        LeaderDialog d = new LeaderDialog(window.shell(), label(l), window.service().signingChoices().leaders());
        if (d.open() == Window.OK && d.leader() != null) {
            OutgoingDocument done = window.service().submit(l.document().id(), d.leader(), null);
            window.refreshDocument(done.id());
            window.status(UiText.get("submit.done", label(l), d.leader()));
        }
    }

    private void commentAndGiveBack() {
        DocumentTray.Line l = selected();
        String comment = askText(UiText.get("giveBack.title"), UiText.get("giveBack.question", label(l)));
        if (comment != null) {
            OutgoingDocument done = window.service().returnDocument(l.document().id(), comment, null);
            window.refreshDocument(done.id());
            window.status(UiText.get("giveBack.done", label(l)));
        }
    }

    /**
     * Ký số: the key is a PKCS#12 file the leader picks, or the office's token when one is configured; its
     * password or PIN is asked by the app through the window's password dialog (or comes from
     * CONGVAN_KEYSTORE_PASSWORD). A wrong one stops before the register gives a number.
     */
    private void chooseKeyAndSign() {
        DocumentTray.Line l = selected();
        SigningChoices choices = window.service().signingChoices();
        Path keystore;
        if (choices.token()) {
            int answer = new MessageDialog(window.shell(), UiText.get("sign.title"), null, UiText.get("sign.which", label(l)),
                    MessageDialog.QUESTION, 0, UiText.get("sign.withFile"), UiText.get("sign.withToken"),
                    UiText.get("sign.cancel")).open();
            if (answer == 1) {
                keystore = null;
            } else if (answer == 0) {
                keystore = pickKeystore();
                if (keystore == null) {
                    return;
                }
            } else {
                return;
            }
        } else {
            keystore = pickKeystore();
            if (keystore == null) {
                return;
            }
        }
        PdfSigning.Request key = new PdfSigning.Request(keystore, false, null);
        WindowInteraction.Done<DocumentWorkflow.Signed> done = window.interaction().runLong(UiText.get("sign.progress", label(l)),
                () -> window.service().sign(l.document().id(), null, key));
        DocumentWorkflow.Signed s = done.result();
        if (s != null) {
            window.refreshDocument(l.document().id());
            window.status(UiText.get("sign.done", s.entry().numberSymbol(), s.signature().message()));
        }
    }

    private Path pickKeystore() {
        List<Path> picked = window.system().openFiles(window.shell(), UiText.get("sign.pickKey"), false,
                new String[] {"*.p12;*.pfx", "*.*"}, new String[] {UiText.get("sign.keyFilter"), UiText.get("import.filterAll")});
        return picked.isEmpty() ? null : picked.get(0);
    }

    private void confirmAndIssue() {
        DocumentTray.Line l = selected();
        if (MessageDialog.openQuestion(window.shell(), UiText.get("issue.title"), UiText.get("issue.question", label(l)))) {
            OutgoingDocument done = window.service().issue(l.document().id(), null);
            window.refreshDocument(done.id());
            window.status(UiText.get("issue.done", DocumentList.number(l)));
        }
    }

    /** Phân phối: the issued reminder, with its signed PDF, to exactly the units it names (outbox or the office's SMTP). */
    private void confirmAndDistribute() {
        DocumentTray.Line l = selected();
        MailRoute route = actions.mailServers().route();
        String question = route.smtp() == null
                ? UiText.get("distributeDoc.confirm", label(l), l.document().unitCodes().size(), window.workspace().outboxFolder())
                : UiText.get("distributeDoc.confirmSmtp", label(l), l.document().unitCodes().size(), route.smtp());
        if (!MessageDialog.openQuestion(window.shell(), UiText.get("distributeDoc.title"), question)) {
            return;
        }
        WindowInteraction.Done<ReminderMailing.Outcome> done = window.interaction().runLong(UiText.get("distributeDoc.progress", label(l)),
                () -> window.service().distributeDocument(l.document().id(), route, null, null));
        ReminderMailing.Outcome o = done.result();
        window.refreshDocument(l.document().id());
        if (o != null) {
            long sent = o.units().stream().filter(ReminderMailing.UnitLine::sent).count();
            window.status(UiText.get("distributeDoc.done", label(l), sent, o.units().size() - sent));
        }
    }

    private void reasonAndWithdraw() {
        DocumentTray.Line l = selected();
        String reason = askText(UiText.get("withdraw.title"), UiText.get("withdraw.question", label(l)));
        if (reason != null) {
            OutgoingDocument done = window.service().withdraw(l.document().id(), reason, null);
            window.refreshDocument(done.id());
            window.status(UiText.get("withdraw.done", label(l)));
        }
    }

    /** A comment or reason the step needs: OK stays off while it is empty; null when cancelled. */
    private String askText(String title, String question) {
        InputDialog d = new InputDialog(window.shell(), title, question, "",
                v -> VietnameseText.clean(v).isBlank() ? UiText.get("text.required") : null);
        return d.open() == Window.OK ? VietnameseText.oneLine(VietnameseText.clean(d.getValue())).strip() : null;
    }

    // ---- verifying -------------------------------------------------------------------------------------

    private void chooseAndVerify() {
        for (Path file : window.system().openFiles(window.shell(), UiText.get("verify.pick"), false,
                new String[] {"*.pdf", "*.*"}, null)) {
            WindowInteraction.Done<List<SignatureCheck>> done = window.interaction().runLong(UiText.get("verify.progress"),
                    () -> window.service().verifyPdf(file));
            if (done.result() != null) {
                new SignatureDialog(window.shell(), file.getFileName().toString(), done.result()).open();
            }
        }
    }

    private void verifySelectedOriginal() {
        DispatchBoard.Line line = window.current();
        if (line == null) {
            throw new InputException(UiText.get("select.dispatch"));
        }
        WindowInteraction.Done<List<SignatureCheck>> done = window.interaction().runLong(UiText.get("verify.progress"),
                () -> window.service().verifyOriginal(line.dispatch()));
        if (done.result() != null) {
            new SignatureDialog(window.shell(), UiText.get("verify.original", line.dispatch().label()), done.result()).open();
        }
    }
}
