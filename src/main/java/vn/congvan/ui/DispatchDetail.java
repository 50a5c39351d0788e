package vn.congvan.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import vn.congvan.app.CongvanService;
import vn.congvan.app.Reminders;
import vn.congvan.app.Workspace;
import vn.congvan.model.Event;
import vn.congvan.model.ReceivedSignatures;
import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementState;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.UnitStatus;
import vn.congvan.text.VietnameseText;

/**
 * The selected dispatch (bottom right): its fields, its requirements with deadlines, the grid of units ×
 * requirements, and the history of the unit selected in the grid.
 */
final class DispatchDetail {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Workspace.VIETNAM);
    private static final int FIRST_REQUIREMENT_COLUMN = 2;

    private final SashForm root;
    private final SashForm lower;
    private final Label fields;
    private final DispatchFacts facts;
    private final Table requirements;
    private final Table grid;
    private final Table history;
    private List<CongvanService.HistoryLine> historyLines = List.of();
    private final Palette palette;
    private List<String> requirementIds = List.of();
    private List<UnitStatus> units = List.of();
    private Map<String, Reminders.Reminded> reminded = Map.of();
    private String focusedRequirement;

    DispatchDetail(Composite parent, Palette palette, Consumer<UnitStatus> unitSelected) {
        this.palette = palette;
        root = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        fields = new Label(top, SWT.WRAP);
        // A fixed height of four lines: a new dispatch changes the text, not the layout of the whole window.
        GridData fieldsSize = new GridData(SWT.FILL, SWT.TOP, true, false);
        GC gc = new GC(fields);
        try {
            fieldsSize.heightHint = 4 * gc.getFontMetrics().getHeight() + 2;
        } finally {
            gc.dispose();
        }
        fields.setLayoutData(fieldsSize);
        facts = new DispatchFacts(top);
        requirements = table(top, UiText.get("detail.req.id"), 50, UiText.get("detail.req.text"), 520,
                UiText.get("detail.req.deadline"), 110);
        requirements.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        lower = new SashForm(root, SWT.HORIZONTAL);
        grid = new Table(lower, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        grid.addListener(SWT.SetData, e -> fill((TableItem) e.item, grid.indexOf((TableItem) e.item)));
        grid.setHeaderVisible(true);
        grid.setLinesVisible(true);
        history = table(lower, UiText.get("history.col.time"), 120, UiText.get("history.col.what"), 150,
                UiText.get("history.col.item"), 40, UiText.get("history.col.source"), 90,
                UiText.get("history.col.evidence"), 260, UiText.get("history.col.note"), 200);
        root.setWeights(45, 55);
        lower.setWeights(62, 38);

        grid.addListener(SWT.Selection, e -> {
            UnitStatus u = selectedUnit();
            if (u != null) {
                unitSelected.accept(u);
            }
        });
        // The column clicked tells which requirement a status entry is about.
        grid.addListener(SWT.MouseDown, e -> {
            TableItem item = grid.getItem(new Point(e.x, e.y));
            if (item != null) {
                for (int c = FIRST_REQUIREMENT_COLUMN; c < grid.getColumnCount(); c++) {
                    if (item.getBounds(c).contains(e.x, e.y)) {
                        focusedRequirement = requirementIds.get(c - FIRST_REQUIREMENT_COLUMN);
                    }
                }
            }
        });
    }

    private static Table table(Composite parent, Object... titlesAndWidths) {
        Table t = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < titlesAndWidths.length; i += 2) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText((String) titlesAndWidths[i]);
            c.setWidth((Integer) titlesAndWidths[i + 1]);
        }
        return t;
    }

    void show(CongvanService.DispatchView view) {
        show(view, Map.of(), ReceivedSignatures.NONE);
    }

    /**
     * @param reminded unit code → the reminders sent to it, shown in the last column ("lần 2, 05/09/2019"),
     *                 as status shows them
     * @param signatures the signatures it arrived with, as checked at import
     */
    void show(CongvanService.DispatchView view, Map<String, Reminders.Reminded> reminded, ReceivedSignatures signatures) {
        TrackedDispatch d = view.dispatch();
        fields.setText(UiText.get("detail.fields", d.numberSymbol(), d.date() == null ? "" : DispatchTable.DAY.format(d.date()),
                nz(d.issuer()), nz(d.subject()), nz(d.sourceName())));
        facts.show(signatures, view.copies());
        requirements.removeAll();
        for (Requirement r : view.requirements()) {
            TableItem item = new TableItem(requirements, SWT.NONE);
            // The deadline the ledger holds (a requirement that names none gets the one given at import).
            String due = view.status().units().stream().flatMap(u -> u.requirement(r.id()).stream())
                    .map(RequirementState::deadline).filter(java.util.Objects::nonNull).findFirst()
                    .map(DispatchTable.DAY::format).orElse(UiText.get("detail.req.noDeadline"));
            item.setText(new String[] {r.id(), VietnameseText.oneLine(r.text()), due});
        }
        List<String> ids = view.status().requirementIds();
        boolean sameColumns = ids.equals(requirementIds) && grid.getColumnCount() == FIRST_REQUIREMENT_COLUMN + ids.size() + 1;
        units = view.status().units();
        requirementIds = ids;
        if (focusedRequirement != null && !requirementIds.contains(focusedRequirement)) {
            focusedRequirement = null;
        }
        this.reminded = Map.copyOf(reminded);
        grid.setRedraw(false);
        try {
            // Dispatches with the same requirements keep the grid's columns: only the rows change.
            if (!sameColumns) {
                grid.setItemCount(0);
                for (TableColumn c : grid.getColumns()) {
                    c.dispose();
                }
                column(UiText.get("grid.col.unit"), 230);
                column(UiText.get("grid.col.ack"), 90);
                for (String id : requirementIds) {
                    column(UiText.get("grid.col.requirement", id), 140);
                }
                // Last, so the requirement columns keep their places whether or not reminders went out.
                column(UiText.get("grid.col.reminded"), 150);
            }
            // A virtual table: only the rows on screen are filled (SetData), 200 units cost what is visible.
            grid.clearAll();
            grid.setItemCount(units.size());
            grid.deselectAll();
        } finally {
            grid.setRedraw(true);
        }
        history.removeAll();
    }

    /** Fills the grid's row {@code row} when it comes into view. */
    private void fill(TableItem item, int row) {
        if (row < 0 || row >= units.size()) {
            return;
        }
        UnitStatus u = units.get(row);
        List<String> cells = new ArrayList<>();
        cells.add(u.unitName());
        cells.add(u.acknowledged() ? UiText.get("grid.ack.yes") : UiText.get("grid.ack.no"));
        for (String id : requirementIds) {
            cells.add(u.requirement(id).map(DispatchDetail::cell).orElse(""));
        }
        Reminders.Reminded r = reminded.get(u.unitCode());
        cells.add(r == null ? "" : UiText.get("grid.reminded", r.count(), DispatchTable.DAY.format(r.last().atZone(Workspace.VIETNAM))));
        item.setText(cells.toArray(String[]::new));
        for (int i = 0; i < requirementIds.size(); i++) {
            RequirementState q = u.requirement(requirementIds.get(i)).orElse(null);
            item.setBackground(FIRST_REQUIREMENT_COLUMN + i, q == null ? null : palette.of(q.status()));
        }
    }

    /**
     * While the dispatch clicked is read in the background: its number and "Đang tải…", nothing of the dispatch
     * shown before (its grid would be mistaken for this one's).
     */
    void loading(String numberSymbol) {
        fields.setText(UiText.get("detail.loading", numberSymbol));
        facts.clear();
        requirements.removeAll();
        units = List.of();
        grid.setItemCount(0);
        history.removeAll();
        historyLines = List.of();
    }

    /** While the unit's history is read in the background. */
    void historyLoading() {
        history.removeAll();
        historyLines = List.of();
    }

    /** A status, and on a plan's task table the unit's role: "✖ Quá hạn · chủ trì". */
    static String cell(RequirementState q) {
        String status = Palette.cell(q.status());
        if (q.role() == null) {
            return status;
        }
        return UiText.get("grid.withRole", status, switch (q.role()) {
            case LEAD -> UiText.get("grid.role.lead");
            case SUPPORT -> UiText.get("grid.role.support");
        });
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(grid, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    void clear() {
        fields.setText(UiText.get("detail.none"));
        facts.clear();
        requirements.removeAll();
        units = List.of();
        grid.setItemCount(0);
        history.removeAll();
        requirementIds = List.of();
    }

    void showHistory(CongvanService.History h) {
        history.removeAll();
        historyLines = List.copyOf(h.lines());
        for (CongvanService.HistoryLine l : h.lines()) {
            Event e = l.event();
            TableItem item = new TableItem(history, SWT.NONE);
            item.setText(new String[] {TIME.format(e.at()), EventWords.of(e.type()), nz(e.requirementId()),
                    EventWords.source(e.source()), VietnameseText.oneLine(nz(e.evidence())), VietnameseText.oneLine(nz(e.note()))});
        }
    }

    /** Selects the unit's row (by code), as a click would, and returns it. */
    UnitStatus selectUnit(String unitCode) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unitCode().equals(unitCode)) {
                grid.setSelection(i);
                return units.get(i);
            }
        }
        return null;
    }

    UnitStatus selectedUnit() {
        int i = grid.getSelectionIndex();
        return i >= 0 && i < units.size() ? units.get(i) : null;
    }

    /** The requirement of the grid column last clicked, or the only one; null when the clerk must pick. */
    String focusedRequirement() {
        if (focusedRequirement != null) {
            return focusedRequirement;
        }
        return requirementIds.size() == 1 ? requirementIds.get(0) : null;
    }

    void focusRequirement(String id) {
        focusedRequirement = requirementIds.contains(id) ? id : null;
    }

    List<String> requirementIds() {
        return requirementIds;
    }

    Table grid() {
        return grid;
    }

    /** The history line selected, or null. */
    CongvanService.HistoryLine selectedHistoryLine() {
        int i = history.getSelectionIndex();
        return i < 0 || i >= historyLines.size() ? null : historyLines.get(i);
    }

    Table history() {
        return history;
    }

    Label fields() {
        return fields;
    }

    DispatchFacts facts() {
        return facts;
    }

    SashForm root() {
        return root;
    }

    SashForm lower() {
        return lower;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
