package vn.congvan.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import vn.congvan.app.DocumentTray;
import vn.congvan.app.Folder;

/**
 * The folders on the left, with how many dispatches (or mails, for Thư cần xem) each holds; below them the
 * trays of the documents the office writes and its leaders sign (Dự thảo, Chờ ký, Đã ký, ban hành).
 */
final class FolderTree {
    private final Tree tree;
    private final TreeItem[] items = new TreeItem[Folder.values().length];
    private final TreeItem[] trays = new TreeItem[DocumentTray.Tray.values().length];

    FolderTree(Composite parent, Consumer<Folder> selected, Consumer<DocumentTray.Tray> traySelected) {
        tree = new Tree(parent, SWT.SINGLE | SWT.BORDER);
        TreeItem smart = null;
        for (Folder f : Folder.values()) {
            boolean isSmart = f != Folder.INCOMING && f != Folder.OUTGOING;
            if (isSmart && smart == null) {
                smart = new TreeItem(tree, SWT.NONE);
                smart.setText(UiText.get("folder.smart"));
            }
            TreeItem item = isSmart ? new TreeItem(smart, SWT.NONE) : new TreeItem(tree, SWT.NONE);
            item.setData(f);
            items[f.ordinal()] = item;
        }
        smart.setExpanded(true);
        TreeItem signing = new TreeItem(tree, SWT.NONE);
        signing.setText(UiText.get("folder.signing"));
        for (DocumentTray.Tray t : DocumentTray.Tray.values()) {
            TreeItem item = new TreeItem(signing, SWT.NONE);
            item.setData(t);
            item.setText(UiText.get("folder.counting", name(t)));
            trays[t.ordinal()] = item;
        }
        signing.setExpanded(true);
        tree.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof Folder f) {
                selected.accept(f);
            } else if (e.item != null && e.item.getData() instanceof DocumentTray.Tray t) {
                traySelected.accept(t);
            }
        });
    }

    static String name(Folder f) {
        return switch (f) {
            case INCOMING -> UiText.get("folder.incoming");
            case OUTGOING -> UiText.get("folder.outgoing");
            case AWAITING_DISTRIBUTION -> UiText.get("folder.awaiting");
            case TRACKING -> UiText.get("folder.tracking");
            case DUE_SOON -> UiText.get("folder.dueSoon");
            case OVERDUE -> UiText.get("folder.overdue");
            case DONE -> UiText.get("folder.done");
            case REVIEW -> UiText.get("folder.review");
        };
    }

    static String name(DocumentTray.Tray t) {
        return switch (t) {
            case DRAFTS -> UiText.get("folder.drafts");
            case AWAITING_SIGNATURE -> UiText.get("folder.awaitingSignature");
            case SIGNED -> UiText.get("folder.signed");
        };
    }

    void counts(Map<Folder, Integer> counts) {
        for (Folder f : Folder.values()) {
            // A folder not counted yet (the statuses are still being read) says so rather than showing 0.
            items[f.ordinal()].setText(counts.containsKey(f) ? UiText.get("folder.withCount", name(f), counts.get(f))
                    : UiText.get("folder.counting", name(f)));
        }
    }

    void trayCounts(Map<DocumentTray.Tray, Integer> counts) {
        for (DocumentTray.Tray t : DocumentTray.Tray.values()) {
            trays[t.ordinal()].setText(UiText.get("folder.withCount", name(t), counts.getOrDefault(t, 0)));
        }
    }

    void select(Folder f) {
        tree.setSelection(items[f.ordinal()]);
    }

    void select(DocumentTray.Tray t) {
        tree.setSelection(trays[t.ordinal()]);
    }

    /** The folder's label as shown, with its count. */
    String label(Folder f) {
        return items[f.ordinal()].getText();
    }

    String label(DocumentTray.Tray t) {
        return trays[t.ordinal()].getText();
    }

    Tree tree() {
        return tree;
    }
}
