package vn.congvan.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import vn.congvan.app.Folder;

/** The folders on the left, with how many dispatches (or mails, for Thư cần xem) each holds. */
final class FolderTree {
    private final Tree tree;
    private final TreeItem[] items = new TreeItem[Folder.values().length];

    FolderTree(Composite parent, Consumer<Folder> selected) {
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
        tree.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof Folder f) {
                selected.accept(f);
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

    void counts(Map<Folder, Integer> counts) {
        for (Folder f : Folder.values()) {
            // A folder not counted yet (the statuses are still being read) says so rather than showing 0.
            items[f.ordinal()].setText(counts.containsKey(f) ? UiText.get("folder.withCount", name(f), counts.get(f))
                    : UiText.get("folder.counting", name(f)));
        }
    }

    void select(Folder f) {
        tree.setSelection(items[f.ordinal()]);
    }

    /** The folder's label as shown, with its count. */
    String label(Folder f) {
        return items[f.ordinal()].getText();
    }

    Tree tree() {
        return tree;
    }
}
