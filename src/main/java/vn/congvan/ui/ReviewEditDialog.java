package vn.congvan.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import vn.congvan.app.Review;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.ItemReading;

/**
 * Sửa: the clerk chooses a status per requirement (the proposed one preselected, "—" for none); for a mail
 * not placed yet also the dispatch (số/ký hiệu) and the unit, and the requirements as "1, 2".
 */
final class ReviewEditDialog extends Dialog {
    private static final ComplianceStatus[] CHOICES = {ComplianceStatus.DONE, ComplianceStatus.IN_PROGRESS,
            ComplianceStatus.NOT_STARTED};
    private final Review.Item item;
    private final List<String> requirements;
    private final Map<String, Combo> combos = new LinkedHashMap<>();
    private Text dispatch;
    private Text unit;
    private Text items;
    private Combo unplacedStatus;
    private Edit edit;

    /** What the clerk chose: requirement → status name; the dispatch and unit only for an unplaced mail. */
    record Edit(Map<String, String> statuses, String dispatch, String unit) {
    }

    /** @param requirements the requirements of the dispatch the entry is placed on; empty for an unplaced mail */
    ReviewEditDialog(Shell parent, Review.Item item, List<String> requirements) {
        super(parent);
        this.item = item;
        this.requirements = List.copyOf(requirements);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiText.get("review.edit.title", item.number()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        if (item.dispatch() == null) {
            dispatch = field(area, "review.edit.dispatch");
            unit = field(area, "review.edit.unit");
            items = field(area, "review.edit.items");
            unplacedStatus = combo(area, UiText.get("review.edit.status"), null);
        } else {
            for (String r : requirements) {
                ItemReading proposed = item.readings().get(r);
                combos.put(r, combo(area, UiText.get("review.edit.requirement", r), proposed == null ? null : proposed.status()));
            }
        }
        return area;
    }

    private static Text field(Composite area, String label) {
        new Label(area, SWT.NONE).setText(UiText.get(label));
        Text t = new Text(area, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private static Combo combo(Composite area, String label, ComplianceStatus selected) {
        new Label(area, SWT.NONE).setText(label);
        Combo c = new Combo(area, SWT.READ_ONLY);
        c.add(UiText.get("review.edit.none"));
        int index = 0;
        for (int i = 0; i < CHOICES.length; i++) {
            c.add(Palette.word(CHOICES[i]));
            if (CHOICES[i] == selected) {
                index = i + 1;
            }
        }
        c.select(index);
        return c;
    }

    @Override
    protected void okPressed() {
        Map<String, String> statuses = new LinkedHashMap<>();
        if (item.dispatch() == null) {
            ComplianceStatus s = chosen(unplacedStatus);
            for (String r : items.getText().split("[,;\\s]+")) {
                if (!r.isBlank() && s != null) {
                    statuses.put(r.strip(), s.name());
                }
            }
            edit = new Edit(statuses, dispatch.getText().strip(), unit.getText().strip());
        } else {
            combos.forEach((r, c) -> {
                ComplianceStatus s = chosen(c);
                if (s != null) {
                    statuses.put(r, s.name());
                }
            });
            edit = new Edit(statuses, null, null);
        }
        super.okPressed();
    }

    private static ComplianceStatus chosen(Combo c) {
        int i = c.getSelectionIndex();
        return i <= 0 ? null : CHOICES[i - 1];
    }

    /** The clerk's choice, or null when cancelled. */
    Edit edit() {
        return edit;
    }
}
