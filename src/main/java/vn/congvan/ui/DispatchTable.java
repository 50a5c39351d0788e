package vn.congvan.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import vn.congvan.app.DispatchBoard;
import vn.congvan.app.Urgency;

/**
 * The list of dispatches (top right): a virtual table, so 1,000 rows cost only the rows on screen. Sorting
 * by a column and the quick filter pick and order what is shown; which dispatch matches a query is
 * decided by {@link DispatchBoard.Line#matches}.
 */
final class DispatchTable {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Column(String title, int width, Function<DispatchBoard.Line, String> text,
                          Comparator<DispatchBoard.Line> order) {
    }

    private final TableViewer viewer;
    private final Palette palette;
    private final List<Column> columns;
    private List<DispatchBoard.Line> lines = List.of();
    private List<DispatchBoard.Line> shown = List.of();
    private String query = "";
    private int sortColumn = -1;
    private boolean ascending = true;

    DispatchTable(Composite parent, Palette palette, Consumer<DispatchBoard.Line> selected) {
        this.palette = palette;
        this.viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setUseHashlookup(true);
        Comparator<LocalDate> days = Comparator.nullsLast(Comparator.naturalOrder());
        columns = List.of(
                new Column(UiText.get("list.col.number"), 130, l -> l.dispatch().numberSymbol(),
                        Comparator.comparing(l -> l.dispatch().numberSymbol())),
                new Column(UiText.get("list.col.date"), 90, l -> day(l.dispatch().date()),
                        Comparator.comparing(l -> l.dispatch().date(), days)),
                new Column(UiText.get("list.col.issuer"), 180, l -> orEmpty(l.dispatch().issuer()),
                        Comparator.comparing(l -> orEmpty(l.dispatch().issuer()))),
                new Column(UiText.get("list.col.subject"), 320, l -> orEmpty(l.dispatch().subject()),
                        Comparator.comparing(l -> orEmpty(l.dispatch().subject()))),
                new Column(UiText.get("list.col.progress"), 110,
                        l -> l.urgency() == Urgency.PENDING ? UiText.get("list.pending")
                                : l.urgency() == Urgency.UNASSIGNED ? UiText.get("list.unassigned")
                                : UiText.get("list.progress", l.unitsDone(), l.line().units()),
                        Comparator.comparingDouble(DispatchTable::progress)),
                new Column(UiText.get("list.col.deadline"), 150, DispatchTable::deadline,
                        Comparator.comparing(l -> l.line().nearestDeadline(), days)));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(c.title());
            vc.getColumn().setWidth(c.width());
            vc.getColumn().setMoveable(true);
            vc.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text().apply((DispatchBoard.Line) element);
                }

                @Override
                public Color getBackground(Object element) {
                    return palette.of(((DispatchBoard.Line) element).urgency());
                }
            });
            int index = i;
            vc.getColumn().addListener(SWT.Selection, e -> sortBy(index));
        }
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.size()) {
                    viewer.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            }
        });
        viewer.setInput(this);
        table.addListener(SWT.Selection, e -> selected.accept(selected()));
    }

    /** What the progress column sorts by: the share of units done; a dispatch with no unit assigned before any. */
    private static double progress(DispatchBoard.Line l) {
        if (l.urgency() == Urgency.UNASSIGNED) {
            return -1;
        }
        return l.line().units() == 0 ? 1 : (double) l.unitsDone() / l.line().units();
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String deadline(DispatchBoard.Line l) {
        LocalDate d = l.line().nearestDeadline();
        if (d == null) {
            return "";
        }
        return switch (l.urgency()) {
            case OVERDUE -> UiText.get("list.deadline.overdue", day(d));
            case DUE_SOON -> UiText.get("list.deadline.soon", day(d));
            default -> day(d);
        };
    }

    /** New lines (a folder picked, the ledger changed); the selected dispatch stays selected if still there. */
    void show(List<DispatchBoard.Line> lines) {
        this.lines = List.copyOf(lines);
        refresh();
    }

    /** The quick filter: what the user typed. */
    void filter(String query) {
        this.query = query == null ? "" : query;
        refresh();
    }

    void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refresh();
    }

    private void refresh() {
        DispatchBoard.Line keep = selected();
        List<DispatchBoard.Line> next = new ArrayList<>();
        for (DispatchBoard.Line l : lines) {
            if (l.matches(query)) {
                next.add(l);
            }
        }
        if (sortColumn >= 0) {
            Comparator<DispatchBoard.Line> order = columns.get(sortColumn).order();
            next.sort(ascending ? order : order.reversed());
        }
        shown = next;
        Table table = viewer.getTable();
        table.clearAll();
        viewer.setItemCount(shown.size());
        if (keep != null) {
            select(keep.dispatch().key());
        }
    }

    /** Selects the dispatch with this ledger key, if shown; returns it. */
    DispatchBoard.Line select(long key) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).dispatch().key() == key) {
                viewer.getTable().setSelection(i);
                return shown.get(i);
            }
        }
        viewer.getTable().deselectAll();
        return null;
    }

    DispatchBoard.Line selected() {
        int i = viewer.getTable().getSelectionIndex();
        return i >= 0 && i < shown.size() ? shown.get(i) : null;
    }

    List<DispatchBoard.Line> shown() {
        return shown;
    }

    Table table() {
        return viewer.getTable();
    }

    int[] columnWidths() {
        TableColumn[] cs = viewer.getTable().getColumns();
        int[] widths = new int[cs.length];
        for (int i = 0; i < cs.length; i++) {
            widths[i] = cs[i].getWidth();
        }
        return widths;
    }

    void columnWidths(int[] widths) {
        TableColumn[] cs = viewer.getTable().getColumns();
        for (int i = 0; i < cs.length && i < widths.length; i++) {
            if (widths[i] > 0) {
                cs[i].setWidth(widths[i]);
            }
        }
    }
}
