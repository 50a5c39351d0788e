package vn.congvan.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import vn.congvan.app.DocumentFiles;

/** The Decree 30 format rules checked on a document, one row each: met or not, and what was found. */
final class CheckResultDialog extends Dialog {
    private final Path file;
    private final List<DocumentFiles.CheckLine> lines;

    CheckResultDialog(Shell parent, Path file, List<DocumentFiles.CheckLine> lines) {
        super(parent);
        this.file = file;
        this.lines = List.copyOf(lines);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiText.get("check.title", file.getFileName()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        long failed = lines.stream().filter(l -> !l.ok()).count();
        new Label(area, SWT.WRAP).setText(failed == 0 ? UiText.get("check.conforms") : UiText.get("check.fails", failed));
        Table t = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 760;
        size.heightHint = 360;
        t.setLayoutData(size);
        String[] titles = {UiText.get("check.col.result"), UiText.get("check.col.rule"), UiText.get("check.col.detail")};
        int[] widths = {110, 220, 420};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        for (DocumentFiles.CheckLine l : lines) {
            new TableItem(t, SWT.NONE).setText(new String[] {
                    l.ok() ? UiText.get("check.ok") : UiText.get("check.notOk"), l.title(), l.detail() == null ? "" : l.detail()});
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
