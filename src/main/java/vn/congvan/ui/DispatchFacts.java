package vn.congvan.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import vn.congvan.app.Workspace;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.ReceivedSignatures;
import vn.congvan.model.SignatureCheck;

/**
 * The lines under a dispatch's fields that only some dispatches have: a line per signature it arrived with
 * (a failed one in red, and with a warning sign, so colour is never the only sign), who receives it for
 * information, and the names the clerk must still decide. Takes no room when there are none.
 */
final class DispatchFacts {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Workspace.VIETNAM);

    private final Composite lines;

    DispatchFacts(Composite parent) {
        lines = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        layout.verticalSpacing = 1;
        lines.setLayout(layout);
        GridData size = new GridData(SWT.FILL, SWT.TOP, true, false);
        size.exclude = true;
        lines.setLayoutData(size);
        lines.setVisible(false);
    }

    void show(ReceivedSignatures signatures, List<CopyRecipient> copies) {
        clear();
        for (SignatureCheck c : signatures.signatures()) {
            String time = shown(c.signingTime());
            Label l = line(c.ok() ? UiText.get("detail.signature.valid", c.signerName(), time)
                    : UiText.get("detail.signature.invalid", c.signerName(), time, String.join("; ", c.problems())));
            if (!c.ok()) {
                l.setForeground(l.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        List<String> informed = entries(copies, CopyRecipient.Kind.INFORMATION);
        if (!informed.isEmpty()) {
            line(UiText.get("detail.informed", String.join("; ", informed)));
        }
        List<String> unclear = entries(copies, CopyRecipient.Kind.AMBIGUOUS);
        if (!unclear.isEmpty()) {
            line(UiText.get("detail.unclear", String.join("; ", unclear)));
        }
        List<String> unknown = entries(copies, CopyRecipient.Kind.UNMATCHED);
        if (!unknown.isEmpty()) {
            line(UiText.get("detail.unmatched", String.join("; ", unknown)));
        }
        boolean any = lines.getChildren().length > 0;
        ((GridData) lines.getLayoutData()).exclude = !any;
        lines.setVisible(any);
        lines.getParent().layout(true, true);
    }

    void clear() {
        for (Control c : lines.getChildren()) {
            c.dispose();
        }
        ((GridData) lines.getLayoutData()).exclude = true;
        lines.setVisible(false);
        lines.getParent().layout(true, true);
    }

    /** The lines shown, in order. */
    List<Label> lines() {
        return java.util.Arrays.stream(lines.getChildren()).map(Label.class::cast).toList();
    }

    private Label line(String text) {
        Label l = new Label(lines, SWT.WRAP);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return l;
    }

    private static List<String> entries(List<CopyRecipient> copies, CopyRecipient.Kind kind) {
        return copies.stream().filter(c -> c.kind() == kind).map(CopyRecipient::entry).toList();
    }

    private static String shown(Instant t) {
        return t == null ? "—" : SHOWN.format(t);
    }
}
