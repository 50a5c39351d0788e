package vn.congvan.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchBoard;
import vn.congvan.app.DispatchImporter;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.DocumentFiles;
import vn.congvan.app.DroppedFiles;
import vn.congvan.app.Folder;
import vn.congvan.app.ImportOutcome;
import vn.congvan.app.FollowUpFiles;
import vn.congvan.app.MailDistribution;
import vn.congvan.app.MailRoute;
import vn.congvan.app.OfficeMailServers;
import vn.congvan.app.Mailbox;
import vn.congvan.app.OutputFormat;
import vn.congvan.app.ReplyCollection;
import vn.congvan.app.Review;
import vn.congvan.app.Urgency;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.InputException;
import vn.congvan.model.UnitStatus;
import vn.congvan.text.Untrusted;

/**
 * What the clerk can do from the window: the same use cases as the commands, on the toolbar, in the menus
 * and the context menus, each with a shortcut and a tooltip. Long work runs behind a progress dialog.
 */
final class WindowActions {
    private final WindowContent window;
    final Action importFile;
    final Action distribute;
    final Action collectFolder;
    final Action collectEml;
    final Action collectMbox;
    final Action acknowledge;
    final Action markDone;
    final Action markProgress;
    final Action markNotStarted;
    final Action report;
    final Action check;
    final Action refresh;
    final Action reviewAccept;
    final Action reviewEdit;
    final Action reviewReject;
    final Action reviewOpen;
    final Action openEvidence;
    final Action mailServers;
    private final LeaderActions leader;

    WindowActions(WindowContent window) {
        this.window = window;
        importFile = action("action.import", "action.import.tip", SWT.MOD1 | 'O', this::chooseAndImport);
        distribute = action("action.distribute", "action.distribute.tip", SWT.MOD1 | 'D', this::confirmAndDistribute);
        collectFolder = action("action.collectFolder", "action.collectFolder.tip", SWT.MOD1 | 'R', this::chooseFolderAndCollect);
        collectEml = action("action.collectEml", "action.collectEml.tip", SWT.MOD1 | SWT.ALT | 'R', this::chooseEmlFolderAndCollect);
        collectMbox = action("action.collectMbox", "action.collectMbox.tip", SWT.MOD1 | SWT.SHIFT | 'R', this::chooseMboxAndCollect);
        acknowledge = action("action.ack", "action.ack.tip", SWT.MOD1 | 'K', this::acknowledgeSelected);
        markDone = action("action.markDone", "action.markDone.tip", SWT.MOD1 | '1', () -> markSelected(ComplianceStatus.DONE));
        markProgress = action("action.markProgress", "action.markProgress.tip", SWT.MOD1 | '2',
                () -> markSelected(ComplianceStatus.IN_PROGRESS));
        markNotStarted = action("action.markNotStarted", "action.markNotStarted.tip", SWT.MOD1 | '3',
                () -> markSelected(ComplianceStatus.NOT_STARTED));
        report = action("action.report", "action.report.tip", SWT.MOD1 | 'P', this::reportSelected);
        check = action("action.check", "action.check.tip", SWT.MOD1 | 'T', this::chooseAndCheck);
        refresh = action("action.refresh", "action.refresh.tip", SWT.F5, window::reload);
        reviewAccept = action("action.reviewAccept", "action.reviewAccept.tip", SWT.MOD1 | SWT.SHIFT | 'A', this::acceptSelected);
        reviewEdit = action("action.reviewEdit", "action.reviewEdit.tip", SWT.MOD1 | SWT.SHIFT | 'E', this::editSelected);
        reviewReject = action("action.reviewReject", "action.reviewReject.tip", SWT.MOD1 | SWT.SHIFT | 'X', this::rejectSelected);
        reviewOpen = action("action.reviewOpen", "action.reviewOpen.tip", SWT.MOD1 | SWT.SHIFT | 'M', this::openSelectedMail);
        mailServers = action("action.mailServers", "action.mailServers.tip", SWT.MOD1 | SWT.SHIFT | 'S', this::editMailServers);
        openEvidence = action("action.openEvidence", "action.openEvidence.tip", SWT.MOD1 | SWT.SHIFT | 'V', this::openSelectedEvidence);
        leader = new LeaderActions(window, this);
    }

    /** The leader's actions on the documents the office writes, and checking signatures. */
    LeaderActions leader() {
        return leader;
    }

    Action action(String text, String tip, int accelerator, Runnable run) {
        Action a = new Action(UiText.get(text)) {
            @Override
            public void run() {
                window.guard(run);
            }
        };
        a.setToolTipText(UiText.get(tip));
        a.setAccelerator(accelerator);
        return a;
    }

    // ---- menus ---------------------------------------------------------------------------------------

    void fillMenuBar(MenuManager bar) {
        MenuManager file = new MenuManager(UiText.get("menu.file"));
        file.add(importFile);
        file.add(check);
        file.add(new Separator());
        file.add(refresh);
        bar.add(file);
        MenuManager mail = new MenuManager(UiText.get("menu.mail"));
        mail.add(distribute);
        mail.add(collectFolder);
        mail.add(collectEml);
        mail.add(collectMbox);
        mail.add(mailServers);
        mail.add(new Separator());
        reviewMenu(mail);
        bar.add(mail);
        MenuManager unit = unitMenu(new MenuManager(UiText.get("menu.unit")));
        unit.add(new Separator());
        unit.add(openEvidence);
        bar.add(unit);
        MenuManager documents = new MenuManager(UiText.get("menu.documents"));
        documents.add(report);
        documents.add(check);
        documents.add(new Separator());
        leader.documentMenu(documents);
        documents.add(leader.verifyOriginal);
        bar.add(documents);
    }

    void fillToolBar(IContributionManager bar) {
        bar.add(importFile);
        bar.add(distribute);
        bar.add(collectFolder);
        bar.add(new Separator());
        bar.add(acknowledge);
        bar.add(markDone);
        bar.add(markProgress);
        bar.add(new Separator());
        bar.add(reviewAccept);
        bar.add(reviewEdit);
        bar.add(reviewReject);
        bar.add(new Separator());
        bar.add(report);
        bar.add(check);
        bar.add(new Separator());
        bar.add(leader.submit);
        bar.add(leader.sign);
        bar.add(leader.issue);
        bar.add(leader.verifyFile);
        bar.add(refresh);
    }

    /** The context menu of the list of dispatches. */
    MenuManager dispatchMenu(MenuManager m) {
        m.add(distribute);
        m.add(report);
        m.add(leader.verifyOriginal);
        m.add(new Separator());
        m.add(refresh);
        return m;
    }

    /** The context menu of Thư cần xem (and its part of the mail menu). */
    MenuManager reviewMenu(MenuManager m) {
        m.add(reviewAccept);
        m.add(reviewEdit);
        m.add(reviewReject);
        m.add(reviewOpen);
        return m;
    }

    /** The context menu of the grid (a unit, and the requirement of the column clicked). */
    MenuManager unitMenu(MenuManager m) {
        m.add(acknowledge);
        m.add(new Separator());
        m.add(markDone);
        m.add(markProgress);
        m.add(markNotStarted);
        return m;
    }

    // ---- import and check ------------------------------------------------------------------------------

    private void chooseAndImport() {
        List<Path> files = window.system().openFiles(window.shell(), UiText.get("import.dialog"), true,
                new String[] {"*.md;*.txt;*.docx;*.doc;*.pdf;*.png;*.jpg;*.jpeg;*.eml", "*.*"},
                new String[] {UiText.get("import.filter"), UiText.get("import.filterAll")});
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /**
     * Files given to the window (picked or dropped): dispatches are imported, .eml replies collected;
     * anything else is refused, naming the file. The last dispatch imported is shown.
     */
    void importFiles(List<Path> files) {
        for (Path f : files) {
            if (DroppedFiles.of(f) == DroppedFiles.OTHER || Files.isDirectory(f)) {
                throw new InputException(UiText.get("import.notADispatch", f.getFileName()));
            }
        }
        Long last = null;
        int imported = 0;
        for (Path f : files) {
            if (DroppedFiles.of(f) == DroppedFiles.MAIL) {
                collect(List.of(new Mailbox.Eml(f)));
                continue;
            }
            // A scan or photo is read by OCR and waits in "Thư cần xem" for the clerk, as on the command line.
            WindowInteraction.Done<ImportOutcome> done = window.interaction().runLong(
                    UiText.get("import.progress", f.getFileName()),
                    () -> window.service().importOrQueue(new CongvanService.ImportRequest(f, null)));
            if (done.result() != null && done.result().report() != null) {
                // A unit's report back records its response; it makes no task set. The dispatch it answers is
                // shown, so the clerk sees the unit's cells change.
                imported++;
                last = done.result().report().dispatch().key();
                window.status(UiText.get("import.report", f.getFileName(), done.result().report().recorded().size(),
                        done.result().report().queued() == null ? 0 : done.result().report().queued().number()));
            } else if (done.result() != null && done.result().queued() != null) {
                imported++;
                window.status(UiText.get("import.queued", f.getFileName(), done.result().queued().number()));
            } else if (done.result() != null) {
                DispatchImporter.Outcome result = done.result().imported();
                last = result.tracked().key();
                imported++;
                window.status(UiText.get(result.created() ? "import.done" : "import.again",
                        result.tracked().numberSymbol(), result.taskSet().assignments().size()));
            }
        }
        if (imported > 0) {
            String said = window.statusLine().getText();
            window.refreshKeeping(last);
            window.status(said);
        }
    }

    private void chooseAndCheck() {
        for (Path file : window.system().openFiles(window.shell(), UiText.get("check.dialog"), false,
                new String[] {"*.pdf;*.docx"}, null)) {
            WindowInteraction.Done<List<DocumentFiles.CheckLine>> done = window.interaction().runLong(
                    UiText.get("check.progress"), () -> window.service().check(file));
            if (done.result() != null) {
                new CheckResultDialog(window.shell(), file, done.result()).open();
            }
        }
    }

    // ---- mail ----------------------------------------------------------------------------------------

    private void confirmAndDistribute() {
        DispatchBoard.Line line = selectedDispatch();
        if (line.line().units() == 0) {
            window.status(UiText.get("distribute.noUnits", line.dispatch().numberSymbol()));
            return;
        }
        int waiting = line.line().units() - line.sentUnits();
        if (waiting == 0) {
            window.status(UiText.get("distribute.nothing", line.dispatch().numberSymbol()));
            return;
        }
        MailRoute route = mailServers().route();
        String question = route.smtp() == null
                ? UiText.get("distribute.confirm", line.dispatch().numberSymbol(), waiting, window.workspace().outboxFolder())
                : UiText.get("distribute.confirmSmtp", line.dispatch().numberSymbol(), waiting, route.smtp());
        if (MessageDialog.openQuestion(window.shell(), UiText.get("distribute.title"), question)) {
            distribute(line);
        }
    }

    /**
     * Sends the dispatch to every unit not sent it yet, behind a progress dialog: over the office's SMTP
     * server when one is set (the password from the environment or asked), else into the outbox.
     */
    MailDistribution.Outcome distribute(DispatchBoard.Line line) {
        MailRoute route = mailServers().route();
        WindowInteraction.Done<MailDistribution.Outcome> done = window.interaction().runLong(
                UiText.get("distribute.progress", line.dispatch().numberSymbol()),
                () -> window.service().distribute(new CongvanService.DistributeRequest(DispatchRef.of(line.dispatch()),
                        route, null, List.of())));
        MailDistribution.Outcome o = done.result();
        window.refreshKeeping(line.dispatch().key());
        boolean smtp = route.smtp() != null;
        String key = smtp ? (done.cancelled() ? "distribute.stoppedSmtp" : "distribute.doneSmtp")
                : (done.cancelled() ? "distribute.stopped" : "distribute.done");
        window.status(UiText.get(key, o.count(MailDistribution.Result.SENT), o.count(MailDistribution.Result.FAILED),
                o.count(MailDistribution.Result.CANCELLED), smtp ? route.smtp() : String.valueOf(o.outbox())));
        return o;
    }

    /** The office's mail servers as last set in "Máy chủ thư…"; none set means the outbox and files. */
    OfficeMailServers mailServers() {
        return OfficeMailServers.load(window.settings());
    }

    private void editMailServers() {
        MailServerDialog d = new MailServerDialog(window.shell(), mailServers());
        if (d.open() == Window.OK && d.result() != null) {
            d.result().store(window.settings());
            window.settings().save();
            String none = UiText.get("mailServers.none");
            window.status(UiText.get("mailServers.saved", d.result().smtpConfigured() ? d.result().smtpHost() : none,
                    d.result().imapConfigured() ? d.result().imapHost() : none));
        }
    }

    /** From the office's IMAP server when one is set; else from a folder of .eml files the clerk picks. */
    private void chooseFolderAndCollect() {
        var imap = mailServers().mailbox();
        if (imap.isPresent()) {
            collect(List.of(imap.get()));
            return;
        }
        chooseEmlFolderAndCollect();
    }

    /** From a folder of .eml files, also once an IMAP server is set (replies saved from another mail program). */
    private void chooseEmlFolderAndCollect() {
        window.system().folder(window.shell(), UiText.get("collect.folderDialog"))
                .ifPresent(folder -> collect(List.of(new Mailbox.Eml(folder))));
    }

    private void chooseMboxAndCollect() {
        for (Path file : window.system().openFiles(window.shell(), UiText.get("collect.mboxDialog"), false,
                new String[] {"*.mbox;*", "*.*"}, null)) {
            collect(List.of(new Mailbox.Mbox(file)));
        }
    }

    /** Reads the replies into the ledger; what it cannot place goes to Thư cần xem. */
    ReplyCollection.Outcome collect(List<Mailbox> sources) {
        WindowInteraction.Done<ReplyCollection.Outcome> done = window.interaction().runLong(UiText.get("collect.progress"),
                () -> window.service().collect(sources));
        ReplyCollection.Outcome o = done.result();
        window.refreshKeeping(window.current() == null ? null : window.current().dispatch().key());
        window.status(UiText.get(done.cancelled() ? "collect.stopped" : "collect.done", o.count(),
                o.newlyApplied(), o.newEvents(), window.review().size()));
        // A mailbox that could not be read (wrong password, server down) is said in a dialog, not only in the status line.
        // (Files that cannot be read stay in the status line and the log, as before.)
        boolean server = sources.stream().anyMatch(Mailbox.Imap.class::isInstance);
        for (ReplyCollection.SourceLine s : o.sources()) {
            if (server && s.failure() != null) {
                MessageDialog.openError(window.shell(), UiText.get("error.title"),
                        UiText.get("collect.failed", Untrusted.text(s.label()), Untrusted.text(s.failure())));
            }
        }
        return o;
    }

    // ---- entries by hand -------------------------------------------------------------------------------

    private DispatchBoard.Line selectedDispatch() {
        DispatchBoard.Line l = window.current();
        if (l == null) {
            throw new InputException(UiText.get("select.dispatch"));
        }
        if (l.urgency() == Urgency.PENDING) {
            // Its units and what was sent are not read yet: nothing can be decided on it.
            throw new InputException(UiText.get("select.loading"));
        }
        return l;
    }

    private UnitStatus selectedUnit() {
        UnitStatus u = window.detail().selectedUnit();
        if (u == null) {
            throw new InputException(UiText.get("select.unit"));
        }
        return u;
    }

    private void acknowledgeSelected() {
        DispatchBoard.Line line = selectedDispatch();
        UnitStatus unit = selectedUnit();
        CongvanService.Entry e = window.service().acknowledge(new CongvanService.AckRequest(DispatchRef.of(line.dispatch()),
                unit.unitCode(), UiText.get("entry.note")));
        window.refreshKeeping(line.dispatch().key());
        window.status(UiText.get("ack.done", e.unitName(), e.dispatch().numberSymbol()));
    }

    /** Records the selected unit's status on the requirement of the column clicked. */
    void markSelected(ComplianceStatus status) {
        DispatchBoard.Line line = selectedDispatch();
        UnitStatus unit = selectedUnit();
        String requirement = window.detail().focusedRequirement();
        if (requirement == null) {
            throw new InputException(UiText.get("select.requirement"));
        }
        CongvanService.Entry e = window.service().mark(new CongvanService.MarkRequest(DispatchRef.of(line.dispatch()),
                unit.unitCode(), requirement, status.name(), UiText.get("entry.note")));
        window.refreshKeeping(line.dispatch().key());
        window.status(UiText.get("mark.done", e.unitName(), e.requirementId(), Palette.word(status)));
    }

    // ---- documents -------------------------------------------------------------------------------------

    private void reportSelected() {
        DispatchBoard.Line line = selectedDispatch();
        Path out = window.workspace().documentsFolder();
        WindowInteraction.Done<FollowUpFiles.Written> done = window.interaction().runLong(UiText.get("report.progress"),
                () -> window.service().report(new CongvanService.ReportRequest(DispatchRef.of(line.dispatch()),
                        EnumSet.allOf(OutputFormat.class), out, window.today(), null, null)));
        if (done.result() != null) {
            // Its BÁO CÁO and reminder are new drafts: the trays count them.
            window.refreshKeeping(line.dispatch().key());
            window.status(UiText.get("report.done", done.result().files().size(), out));
            for (Path f : done.result().files()) {
                if (f.toString().endsWith(".pdf")) {
                    window.system().open(f);
                }
            }
        }
    }

    // ---- Thư cần xem ------------------------------------------------------------------------------------

    private Review.Item selectedReview() {
        Review.Item m = window.folder() == Folder.REVIEW && window.tray() == null ? window.review().selected() : null;
        if (m == null) {
            throw new InputException(UiText.get("select.review"));
        }
        return m;
    }

    /** Xác nhận: for a suggestion from an outside address, the clerk may also trust that address. */
    private void acceptSelected() {
        Review.Item m = selectedReview();
        boolean trust = false;
        if (m.kind() == Review.Kind.SUGGESTION) {
            MessageDialogWithToggle d = MessageDialogWithToggle.openOkCancelConfirm(window.shell(),
                    UiText.get("review.accept.title"), UiText.get("review.accept.question", m.number(), m.sender()),
                    UiText.get("review.accept.trust", m.sender(), m.unitName()), false, null, null);
            if (d.getReturnCode() != Window.OK) {
                return;
            }
            trust = d.getToggleState();
        }
        accept(m.number(), trust);
    }

    Review.Decided accept(long number, boolean trust) {
        return decided(window.service().reviewAccept(new CongvanService.ReviewAcceptRequest(number, trust)));
    }

    private void editSelected() {
        Review.Item m = selectedReview();
        List<String> requirements = m.dispatch() == null ? List.of()
                : window.service().show(m.dispatch(), window.today()).requirements().stream().map(r -> r.id()).toList();
        ReviewEditDialog d = new ReviewEditDialog(window.shell(), m, requirements);
        if (d.open() == Window.OK && d.edit() != null) {
            edit(m.number(), d.edit());
        }
    }

    Review.Decided edit(long number, ReviewEditDialog.Edit e) {
        return decided(window.service().reviewEdit(new CongvanService.ReviewEditRequest(number, e.statuses(),
                e.dispatch() == null || e.dispatch().isEmpty() ? null : DispatchRef.of(e.dispatch()),
                e.unit() == null || e.unit().isEmpty() ? null : e.unit())));
    }

    /** Bỏ qua: nothing is recorded but the decision and the clerk's reason. */
    private void rejectSelected() {
        Review.Item m = selectedReview();
        InputDialog d = new InputDialog(window.shell(), UiText.get("review.reject.title"),
                UiText.get("review.reject.question", m.number()), "", null);
        if (d.open() == Window.OK) {
            reject(m.number(), d.getValue().isBlank() ? null : d.getValue().strip());
        }
    }

    Review.Decided reject(long number, String reason) {
        return decided(window.service().reviewReject(new CongvanService.ReviewRejectRequest(number, reason)));
    }

    /** After a decision: the queue, the counts and the grid again. */
    private Review.Decided decided(Review.Decided d) {
        window.refreshKeeping(window.current() == null ? null : window.current().dispatch().key());
        String key = switch (d.item().decision()) {
            case ACCEPTED -> "review.decided.ACCEPTED";
            case EDITED -> "review.decided.EDITED";
            case REJECTED -> "review.decided.REJECTED";
        };
        window.status(UiText.get(key, d.item().number(), d.newEvents()));
        return d;
    }

    /** Opens the selected entry's mail, as received, in the system's mail program. */
    private void openSelectedMail() {
        Path file = mailFile(selectedReview().number());
        window.status(UiText.get("review.opened", file));
        window.system().open(file);
    }

    /** Opens the mail a line of the unit's history came from (when the ledger keeps it). */
    private void openSelectedEvidence() {
        CongvanService.HistoryLine line = window.detail().selectedHistoryLine();
        if (line == null) {
            throw new InputException(UiText.get("select.historyLine"));
        }
        Path file = window.service().evidenceFile(line.event());
        window.status(UiText.get("review.opened", file));
        window.system().open(file);
    }

    Path mailFile(long number) {
        return window.service().reviewMailFile(number);
    }
}
