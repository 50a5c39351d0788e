package vn.congvan.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import vn.congvan.text.VietnameseText;

/**
 * Trình ký: the leader a document goes to, chosen from the office's {@code leaders=}; when the office lists
 * none, the name is typed. OK stays off until a name is there.
 */
final class LeaderDialog extends Dialog {
    private final String document;
    private final List<String> leaders;
    private Combo combo;
    private String leader;

    LeaderDialog(Shell parent, String document, List<String> leaders) {
        super(parent);
        this.document = document;
        this.leaders = List.copyOf(leaders);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiText.get("submit.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(UiText.get(leaders.isEmpty() ? "submit.questionTyped" : "submit.question", document));
        combo = new Combo(area, leaders.isEmpty() ? SWT.DROP_DOWN | SWT.BORDER : SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(leaders.toArray(String[]::new));
        combo.setToolTipText(UiText.get("submit.leaderTip"));
        GridData size = new GridData(SWT.FILL, SWT.CENTER, true, false);
        size.widthHint = 360;
        combo.setLayoutData(size);
        if (leaders.size() == 1) {
            combo.select(0);
        }
        combo.addListener(SWT.Modify, e -> enableOk());
        combo.addListener(SWT.Selection, e -> enableOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        enableOk();
    }

    private void enableOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!chosen().isEmpty());
        }
    }

    private String chosen() {
        return VietnameseText.oneLine(VietnameseText.clean(combo.getText())).strip();
    }

    @Override
    protected void okPressed() {
        leader = chosen();
        super.okPressed();
    }

    Combo combo() {
        return combo;
    }

    /** The leader chosen; null when cancelled. */
    String leader() {
        return leader;
    }
}
