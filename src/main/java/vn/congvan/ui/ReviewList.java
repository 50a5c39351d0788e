package vn.congvan.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import vn.congvan.app.Review;
import vn.congvan.app.Workspace;
import vn.congvan.model.ItemReading;

/**
 * Thư cần xem: the open entries of the ledger's review queue (oldest first) and, below, the entry selected
 * with what it proposes, why it waits and the mail's text. Deciding is done by the window's actions.
 */
final class ReviewList {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Workspace.VIETNAM);
    private final SashForm root;
    private final Table table;
    private final Text shown;
    private List<Review.Item> entries = List.of();

    ReviewList(Composite parent, Consumer<Review.Item> onSelect) {
        root = new SashForm(parent, SWT.VERTICAL);
        // Virtual: a large ledger has thousands of mails waiting, and only the rows on screen are filled.
        table = new Table(root, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {UiText.get("review.col.number"), UiText.get("review.col.kind"), UiText.get("review.col.date"),
                UiText.get("review.col.from"), UiText.get("review.col.subject"), UiText.get("review.col.placed"),
                UiText.get("review.col.reason")};
        int[] widths = {40, 110, 120, 200, 260, 180, 360};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        shown = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        root.setWeights(45, 55);
        table.addListener(SWT.Selection, e -> onSelect.accept(selected()));
    }

    /** The entries to list; the one with the same number stays selected. */
    void show(List<Review.Item> open) {
        Review.Item before = selected();
        entries = List.copyOf(open);
        table.clearAll();
        table.setItemCount(entries.size());
        shown.setText("");
        if (before != null) {
            select(before.number());
        }
    }

    private void fill(TableItem item, int row) {
        if (row >= 0 && row < entries.size()) {
            Review.Item m = entries.get(row);
            item.setText(new String[] {String.valueOf(m.number()), kind(m.kind()), time(m), nz(m.sender()), nz(m.subject()),
                    placed(m), String.join("; ", m.reasons())});
        }
    }

    /** Shows one entry with its mail below the list. */
    void showEntry(Review.Shown s) {
        if (s == null) {
            shown.setText("");
            return;
        }
        Review.Item m = s.item();
        StringBuilder b = new StringBuilder();
        b.append(UiText.get("review.show.kind", m.number(), kind(m.kind()))).append('\n');
        b.append(UiText.get("review.show.from", nz(m.sender()))).append('\n');
        b.append(UiText.get("review.show.subject", nz(m.subject()))).append('\n');
        b.append(UiText.get("review.show.date", time(m))).append('\n');
        b.append(UiText.get("review.show.placed", placed(m))).append('\n');
        b.append(UiText.get("review.show.reason", String.join("; ", m.reasons()))).append('\n');
        for (Map.Entry<String, ItemReading> r : m.readings().entrySet()) {
            ItemReading reading = r.getValue();
            b.append(UiText.get("review.show.reading", r.getKey(), Palette.word(reading.status()), nz(reading.sentence())))
                    .append('\n');
        }
        b.append('\n').append(s.mailText());
        shown.setText(b.toString());
    }

    Review.Item selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= entries.size() ? null : entries.get(i);
    }

    /** Selects the entry by its number, as a click would not (no event); returns it or null. */
    Review.Item select(long number) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).number() == number) {
                table.setSelection(i);
                return entries.get(i);
            }
        }
        table.deselectAll();
        return null;
    }

    int size() {
        return entries.size();
    }

    List<Review.Item> entries() {
        return new ArrayList<>(entries);
    }

    Composite root() {
        return root;
    }

    Table table() {
        return table;
    }

    Text shownText() {
        return shown;
    }

    static String kind(Review.Kind k) {
        return switch (k) {
            case READING -> UiText.get("review.kind.reading");
            case SUGGESTION -> UiText.get("review.kind.suggestion");
            case UNPLACED -> UiText.get("review.kind.unplaced");
            case SUSPICIOUS -> UiText.get("review.kind.suspicious");
            case SCAN -> UiText.get("review.kind.scan");
        };
    }

    private static String time(Review.Item m) {
        return m.mailDate() != null ? TIME.format(m.mailDate()) : m.at() != null ? TIME.format(m.at()) : "";
    }

    private static String placed(Review.Item m) {
        if (m.dispatch() == null) {
            return UiText.get("review.unplaced");
        }
        return m.dispatch().numberSymbol() + " — " + (m.unitName() != null ? m.unitName() : nz(m.unitCode()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
