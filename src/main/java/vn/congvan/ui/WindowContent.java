package vn.congvan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchBoard;
import vn.congvan.app.DocumentTray;
import vn.congvan.app.Folder;
import vn.congvan.app.Interaction;
import vn.congvan.app.Reminders;
import vn.congvan.app.Review;
import vn.congvan.app.WindowSettings;
import vn.congvan.app.Workspace;
import vn.congvan.model.ReceivedSignatures;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.UnitStatus;

/**
 * What the window shows, also inside an Eclipse view: folders on the left, the list of dispatches top
 * right with its quick filter, the selected dispatch below it, a status line at the bottom. Every fact
 * comes from a use case of {@link CongvanService}; this class only arranges them.
 */
public final class WindowContent {
    private final Workspace workspace;
    private final LocalDate today;
    private final CongvanService service;
    private final WindowInteraction interaction;
    private final Palette palette;
    private final Composite root;
    private final SashForm main;
    private final SashForm right;
    private final FolderTree folders;
    private final Text filter;
    private final Composite listStack;
    private final DispatchTable table;
    private final ReviewList review;
    private final DocumentList documents;
    private final DispatchDetail detail;
    private final Label status;
    private final WindowActions actions;
    private DispatchBoard board;
    /** The dispatches listed without statuses, the board with them, the dispatch clicked, the unit's history. */
    private final LatestLoad listLoad;
    private final LatestLoad boardLoad;
    private final LatestLoad dispatchLoad;
    private final LatestLoad historyLoad;
    /** Whether the status line holds the window's own words on the ledger, not what an action said. */
    private boolean ownStatus = true;
    /** The board's own connection to the ledger; null until its worker first reads. */
    private CongvanService boardReader;
    private Folder folder = Folder.INCOMING;
    /** The tray of outgoing documents shown instead of a folder; null while a folder is shown. */
    private DocumentTray.Tray tray;
    private List<DocumentTray.Line> trayLines = List.of();
    private DispatchBoard.Line current;
    /** The window's remembered settings: the layout, and the mail servers the clerk set (never a password). */
    private final WindowSettings settings;
    private SystemDialogs system = SystemDialogs.NATIVE;

    /**
     * @param today the day statuses hold for; null for today in Vietnam (the demo data is looked at on its own day)
     */
    public WindowContent(Composite parent, Workspace workspace, LocalDate today) {
        this.workspace = workspace;
        this.today = today;
        this.root = new Composite(parent, SWT.NONE);
        // A notice (the status tables computed again at the first open after an update) says why the list waits.
        this.interaction = new WindowInteraction(root::getShell, text -> {
            if (!root.isDisposed()) {
                ownStatus(text);
            }
        });
        this.service = workspace.open(interaction);
        this.settings = WindowSettings.load(workspace.windowSettingsFile());
        this.palette = new Palette(parent.getDisplay());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);

        main = new SashForm(root, SWT.HORIZONTAL);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        folders = new FolderTree(main, f -> guard(() -> showFolder(f)), t -> guard(() -> showTray(t)));
        right = new SashForm(main, SWT.VERTICAL);
        Composite top = new Composite(right, SWT.NONE);
        GridLayout topLayout = new GridLayout(1, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        filter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(UiText.get("filter.hint"));
        filter.setToolTipText(UiText.get("filter.tooltip"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        listStack = new Composite(top, SWT.NONE);
        listStack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        listStack.setLayout(new StackLayout());
        table = new DispatchTable(listStack, palette, l -> guard(() -> showDispatch(l)));
        review = new ReviewList(listStack, m -> guard(() -> showReview(m)));
        documents = new DocumentList(listStack, l -> guard(() -> showDocument(l)));
        detail = new DispatchDetail(right, palette, u -> guard(() -> showHistory(u)));
        main.setWeights(20, 80);
        right.setWeights(28, 72);
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> table.filter(filter.getText()));

        actions = new WindowActions(this);
        table.table().setMenu(actions.dispatchMenu(new MenuManager()).createContextMenu(table.table()));
        detail.grid().setMenu(actions.unitMenu(new MenuManager()).createContextMenu(detail.grid()));
        review.table().setMenu(actions.reviewMenu(new MenuManager()).createContextMenu(review.table()));
        documents.table().setMenu(actions.leader().documentMenu(new MenuManager()).createContextMenu(documents.table()));
        MenuManager historyMenu = new MenuManager();
        historyMenu.add(actions.openEvidence);
        detail.history().setMenu(historyMenu.createContextMenu(detail.history()));
        acceptDrops(root);
        acceptDrops(table.table());
        listLoad = new LatestLoad(root, "list");
        boardLoad = new LatestLoad(root, "board");
        dispatchLoad = new LatestLoad(root, "dispatch");
        historyLoad = new LatestLoad(root, "history");
        root.addListener(SWT.Dispose, e -> {
            palette.dispose();
            service.close();
            closeBoardReader();
        });
        detail.clear();
        guard(this::loadInBackground);
        showFolder(folder);
    }

    /**
     * The list first, the statuses after, both off the UI thread: the dispatches are listed from one query, and
     * the board (every unit's status projected from its events, seconds on a large ledger) is read next; the
     * progress column, colours and folder counts follow when it is ready.
     */
    private void loadInBackground() {
        if (!workspace.ledgerExists()) {
            reload();
            return;
        }
        ownStatus(UiText.get("status.opening", workspace.ledgerLocation()));
        listLoad.start(() -> new Listing(service.dispatches(), service.ledgerDescription()), listing -> {
            // Unless a full board came first (a reload asked meanwhile).
            if (board == null || !board.complete()) {
                board = DispatchBoard.provisional(service.dayOr(today), listing.dispatches());
                folders.counts(Map.of(Folder.INCOMING, board.lines().size()));
                if (tray == null) {
                    showFolder(folder);
                }
                ownStatus(UiText.get("status.loading", listing.ledger(), board.lines().size()));
            }
            // After the list, not beside it: a ledger that cannot be read is said once, in one dialog.
            readBoard(null);
        });
    }

    private record Listing(List<TrackedDispatch> dispatches, String ledger) {
    }

    /** What the board's worker reads: the statuses, the review queue, the trays of outgoing documents. */
    private record BoardRead(DispatchBoard board, List<Review.Item> queue, List<DocumentTray.Line> trays, String ledger) {
    }

    /**
     * Reads the board on its own connection to the ledger, so a dispatch clicked meanwhile is read at once rather
     * than after the whole projection; {@code then} runs on the UI thread once it is shown.
     */
    private void readBoard(Runnable then) {
        boardLoad.start(() -> {
            CongvanService reader = boardReader();
            return new BoardRead(reader.board(today), reader.reviewList(new CongvanService.ReviewListRequest(false, null)),
                    reader.documentTray(), reader.ledgerDescription());
        }, read -> {
            show(read);
            if (then != null) {
                then.run();
            }
        }, failed -> {
            // The list stays as listed, without statuses; F5 tries again.
            Errors.show(root.getShell(), failed);
        });
    }

    /** The board's own service (opened by its worker on first use, closed with the window). */
    private synchronized CongvanService boardReader() {
        if (boardReader == null) {
            boardReader = workspace.open(Interaction.NONE);
        }
        return boardReader;
    }

    private synchronized void closeBoardReader() {
        if (boardReader != null) {
            boardReader.close();
        }
    }

    /** Whether the list still waits for its statuses (for the tests and the measured run). */
    boolean loading() {
        return listLoad.busy() || boardLoad.busy();
    }

    /** Whether the dispatch clicked (or its unit's history) is still being read. */
    boolean detailLoading() {
        return dispatchLoad.busy() || historyLoad.busy();
    }

    /** Files dropped onto the window are imported (dispatches) or collected (.eml replies). */
    private void acceptDrops(Control control) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent e) {
                e.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent e) {
                if (e.data instanceof String[] names) {
                    List<Path> files = new ArrayList<>();
                    for (String n : names) {
                        files.add(Path.of(n));
                    }
                    guard(() -> actions.importFiles(files));
                }
            }
        });
    }

    /** F5: reads the board again in the background, saying so, and shows the current folder. */
    void reload() {
        if (workspace.ledgerExists() && board != null) {
            ownStatus(UiText.get("status.refreshing", board.lines().size()));
        }
        reload(null);
    }

    /** The same, then {@code then} on the UI thread once the new board is shown. */
    private void reload(Runnable then) {
        if (!workspace.ledgerExists()) {
            boardLoad.cancel();
            show(new BoardRead(new DispatchBoard(service.dayOr(today), List.of()), List.of(), List.of(), workspace.ledgerLocation()));
            if (then != null) {
                then.run();
            }
            return;
        }
        readBoard(then);
    }

    /** Shows a board read in full, the review queue and the trays; the dispatch shown stays shown. */
    private void show(BoardRead read) {
        board = read.board();
        review.show(read.queue());
        Map<Folder, Integer> counts = new EnumMap<>(board.counts());
        counts.put(Folder.REVIEW, review.size());
        folders.counts(counts);
        trayLines = read.trays();
        Map<DocumentTray.Tray, Integer> trayCounts = new EnumMap<>(DocumentTray.Tray.class);
        trayLines.forEach(l -> trayCounts.merge(l.tray(), 1, Integer::sum));
        folders.trayCounts(trayCounts);
        Long shown = current == null ? null : current.dispatch().key();
        if (tray != null) {
            showTray(tray);
        } else {
            showFolder(folder);
        }
        if (tray == null && shown != null && current != null) {
            // The line now carries its statuses: what the actions decide on.
            current = table.select(shown);
        }
        // An empty ledger says how to begin, rather than showing an empty list without a word. What an action
        // said (recorded, sent) stays: the board that follows it must not wipe it out.
        if (!ownStatus) {
            return;
        }
        ownStatus(board.lines().isEmpty() ? UiText.get("status.empty", read.ledger())
                : UiText.get("status.ledger", read.ledger(), DispatchTable.DAY.format(board.today())));
    }

    void showFolder(Folder f) {
        folder = f;
        tray = null;
        actions.leader().update(null);
        folders.select(f);
        StackLayout stack = (StackLayout) listStack.getLayout();
        if (f == Folder.REVIEW) {
            stack.topControl = review.root();
        } else {
            stack.topControl = table.table();
            table.show(board == null ? List.of() : board.in(f));
        }
        listStack.layout();
        DispatchBoard.Line selected = f == Folder.REVIEW ? null : table.selected();
        if (selected == null) {
            current = null;
            clearDetail();
        }
    }

    /** Shows a tray of outgoing documents in place of the list of dispatches; the document shown stays shown. */
    void showTray(DocumentTray.Tray t) {
        tray = t;
        folders.select(t);
        StackLayout stack = (StackLayout) listStack.getLayout();
        stack.topControl = documents.root();
        documents.show(trayLines.stream().filter(l -> l.tray() == t).toList());
        listStack.layout();
        current = null;
        clearDetail();
        actions.leader().update(documents.selected());
    }

    /** Shows a document of the tray below its list, and enables what can be done at its stage. */
    void showDocument(DocumentTray.Line l) {
        documents.showDocument(l);
        actions.leader().update(l);
    }

    /** Selects a document of the tray shown by its id and shows it, as a click would; null when the tray does not hold it. */
    DocumentTray.Line selectDocument(long id) {
        DocumentTray.Line l = documents.select(id);
        showDocument(l);
        return l;
    }

    /** After a step of a document: the trays again, showing the tray the document is now in, with it selected. */
    void refreshDocument(long id) {
        reload(() -> trayLines.stream().filter(l -> l.document().id() == id).findFirst().ifPresent(l -> {
            showTray(l.tray());
            selectDocument(id);
        }));
    }

    /**
     * Shows a dispatch below the list: its fields, requirements and the grid of units, read in the background
     * ("Đang tải…" until then); a dispatch clicked meanwhile supersedes it.
     */
    void showDispatch(DispatchBoard.Line line) {
        showDispatch(line, null);
    }

    private void showDispatch(DispatchBoard.Line line, Runnable then) {
        current = line;
        historyLoad.cancel();
        if (line == null) {
            clearDetail();
            return;
        }
        detail.loading(line.dispatch().numberSymbol());
        TrackedDispatch d = line.dispatch();
        dispatchLoad.start(() -> new DispatchRead(service.show(d, today), service.reminders(d), service.receivedSignatures(d)), read -> {
            detail.show(read.view(), read.reminded(), read.signatures());
            if (then != null) {
                then.run();
            }
        });
    }

    private record DispatchRead(CongvanService.DispatchView view, Map<String, Reminders.Reminded> reminded,
                                ReceivedSignatures signatures) {
    }

    private void clearDetail() {
        dispatchLoad.cancel();
        historyLoad.cancel();
        detail.clear();
    }

    /** Shows the unit's history beside the grid, read in the background. */
    void showHistory(UnitStatus unit) {
        if (current != null && unit != null) {
            TrackedDispatch d = current.dispatch();
            detail.historyLoading();
            historyLoad.start(() -> service.history(d, unit.unitCode()), detail::showHistory);
        }
    }

    /** Selects a dispatch in the list by its ledger key and shows it, as a click would. */
    DispatchBoard.Line select(long key) {
        DispatchBoard.Line l = table.select(key);
        showDispatch(l);
        return l;
    }

    /**
     * After a change to the ledger: the same dispatch and unit shown again at once, the board (statuses, counts)
     * following in the background; a dispatch not listed yet (just imported) is selected once the board has it.
     */
    void refreshKeeping(Long key) {
        String unit = detail.selectedUnit() == null ? null : detail.selectedUnit().unitCode();
        Runnable again = () -> {
            DispatchBoard.Line l = table.select(key);
            showDispatch(l, () -> {
                if (unit != null) {
                    UnitStatus u = detail.selectUnit(unit);
                    if (u != null) {
                        showHistory(u);
                    }
                }
            });
        };
        if (key == null) {
            reload(null);
        } else if (table.select(key) != null) {
            reload(null);
            again.run();
        } else {
            reload(again);
        }
    }

    /** Shows the review entry selected: what it proposes, why it waits and the mail. */
    void showReview(Review.Item item) {
        review.showEntry(item == null ? null : service.reviewShow(item.number()));
    }

    /** Selects a review entry by its number and shows it, as a click would. */
    Review.Item selectReview(long number) {
        Review.Item m = review.select(number);
        showReview(m);
        return m;
    }

    /**
     * Runs a step of the window, turning a failure into a Vietnamese dialog. Running out of memory or stack too:
     * the step's work has let go of what it held by now, and the window must not close under the clerk.
     */
    void guard(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            Errors.show(root.getShell(), e);
        }
    }

    /** What an action says on the status line; it stays there when the statuses read after it arrive. */
    void status(String text) {
        status.setText(text);
        ownStatus = false;
    }

    /** What the window says of the ledger itself (loading, its name and day): replaced by the next such line. */
    private void ownStatus(String text) {
        status.setText(text);
        ownStatus = true;
    }

    // ---- remembered layout ------------------------------------------------------------------------

    void restore(WindowSettings s) {
        s.numbers("sash-main").filter(w -> w.length == 2).ifPresent(main::setWeights);
        s.numbers("sash-right").filter(w -> w.length == 2).ifPresent(right::setWeights);
        s.numbers("sash-detail").filter(w -> w.length == 2).ifPresent(detail.root()::setWeights);
        s.numbers("sash-lower").filter(w -> w.length == 2).ifPresent(detail.lower()::setWeights);
        s.numbers("columns-dispatches").ifPresent(table::columnWidths);
        s.text("folder").flatMap(WindowContent::folderNamed).ifPresent(this::showFolder);
        s.text("folder").flatMap(WindowContent::trayNamed).ifPresent(this::showTray);
    }

    void remember(WindowSettings s) {
        s.putNumbers("sash-main", main.getWeights());
        s.putNumbers("sash-right", right.getWeights());
        s.putNumbers("sash-detail", detail.root().getWeights());
        s.putNumbers("sash-lower", detail.lower().getWeights());
        s.putNumbers("columns-dispatches", table.columnWidths());
        s.putText("folder", tray != null ? "tray:" + tray.name() : folder.name());
    }

    private static java.util.Optional<Folder> folderNamed(String name) {
        for (Folder f : Folder.values()) {
            if (f.name().equals(name)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<DocumentTray.Tray> trayNamed(String name) {
        for (DocumentTray.Tray t : DocumentTray.Tray.values()) {
            if (("tray:" + t.name()).equals(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    // ---- for the window, the view and the tests -----------------------------------------------------

    Composite root() {
        return root;
    }

    Shell shell() {
        return root.getShell();
    }

    SystemDialogs system() {
        return system;
    }

    /** For the tests: answers for the system's choosers and viewer. */
    void system(SystemDialogs answers) {
        this.system = answers;
    }

    WindowSettings settings() {
        return settings;
    }

    CongvanService service() {
        return service;
    }

    WindowInteraction interaction() {
        return interaction;
    }

    Workspace workspace() {
        return workspace;
    }

    LocalDate today() {
        return today;
    }

    WindowActions actions() {
        return actions;
    }

    DispatchTable table() {
        return table;
    }

    DispatchDetail detail() {
        return detail;
    }

    FolderTree folders() {
        return folders;
    }

    ReviewList review() {
        return review;
    }

    Text filter() {
        return filter;
    }

    Label statusLine() {
        return status;
    }

    DispatchBoard.Line current() {
        return current;
    }

    Folder folder() {
        return folder;
    }

    /** The tray shown, or null while a folder is shown. */
    DocumentTray.Tray tray() {
        return tray;
    }

    DocumentList documents() {
        return documents;
    }

    /** The document selected in the tray shown, or null. */
    DocumentTray.Line currentDocument() {
        return tray == null ? null : documents.selected();
    }
}
