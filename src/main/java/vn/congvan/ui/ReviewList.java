package vn.congvan.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import vn.congvan.app.ReplyCollection;

/**
 * Thư cần xem: the mails the last collection in this window listed for the clerk (could not be placed,
 * suspicious), with the reason. Never applied; the review queue will let the clerk decide on each.
 */
final class ReviewList {
    private final Table table;
    private List<ReplyCollection.MailLine> mails = List.of();

    ReviewList(Composite parent) {
        table = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {UiText.get("review.col.kind"), UiText.get("review.col.from"), UiText.get("review.col.subject"),
                UiText.get("review.col.reason")};
        int[] widths = {110, 220, 300, 400};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
    }

    void show(List<ReplyCollection.MailLine> listed) {
        mails = List.copyOf(listed);
        table.removeAll();
        for (ReplyCollection.MailLine m : mails) {
            TableItem item = new TableItem(table, SWT.NONE);
            String kind = m.kind() == ReplyCollection.Kind.SUSPICIOUS ? UiText.get("review.kind.suspicious")
                    : UiText.get("review.kind.unmatched");
            item.setText(new String[] {kind, nz(m.from()), nz(m.subject()), String.join("; ", m.notes())});
        }
    }

    int size() {
        return mails.size();
    }

    Table table() {
        return table;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
