package vn.congvan.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import vn.congvan.app.Workspace;
import vn.congvan.model.SignatureCheck;

/**
 * Kiểm tra chữ ký số: each signature of a PDF as "verify" lists it (signer, certificate subject and issuer,
 * signing time, whether the file changed after signing, whether the certificate was valid then and chains
 * to a root the office trusts), a failed check in red and said in words, never by colour alone.
 */
final class SignatureDialog extends Dialog {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy (xxx)").withZone(Workspace.VIETNAM);
    private final String title;
    private final List<SignatureCheck> checks;

    /** @param what the file (or the dispatch's original) whose signatures these are */
    SignatureDialog(Shell parent, String what, List<SignatureCheck> checks) {
        super(parent);
        this.title = UiText.get("verify.title", what);
        this.checks = List.copyOf(checks);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        long bad = checks.stream().filter(c -> !c.ok()).count();
        String summary = checks.isEmpty() ? UiText.get("verify.none")
                : bad == 0 ? UiText.get("verify.allGood", checks.size()) : UiText.get("verify.someBad", bad, checks.size());
        line(area, summary, !checks.isEmpty() && bad == 0);
        ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.BORDER);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 780;
        size.heightHint = Math.min(520, 60 + 250 * Math.max(1, checks.size()));
        scroll.setLayoutData(size);
        Composite inside = new Composite(scroll, SWT.NONE);
        inside.setLayout(new GridLayout(1, false));
        for (SignatureCheck c : checks) {
            Group g = new Group(inside, SWT.NONE);
            g.setText(UiText.get("verify.signature", c.number(), c.signerName(), c.level(), c.field()));
            g.setLayout(new GridLayout(1, false));
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            plain(g, UiText.get("verify.signer", c.signerName()));
            plain(g, UiText.get("verify.subject", c.subject()));
            plain(g, UiText.get("verify.issuer", c.issuer()));
            plain(g, UiText.get("verify.claimed", shown(c.claimedTime())));
            if (c.timestampTime() != null) {
                plain(g, UiText.get("verify.timestamp", shown(c.timestampTime())));
            }
            boolean unchanged = c.coverage() == SignatureCheck.Coverage.WHOLE_DOCUMENT
                    || c.coverage() == SignatureCheck.Coverage.LATER_SIGNATURES_ONLY;
            line(g, UiText.get("verify.coverage", coverage(c.coverage())), unchanged);
            line(g, UiText.get("verify.integrity", yesNo(c.digestValid()), yesNo(c.signatureValid())), c.digestValid() && c.signatureValid());
            line(g, UiText.get("verify.certificate", yesNo(c.certificateValid())), c.certificateValid());
            line(g, UiText.get("verify.trusted", yesNo(c.trusted())), c.trusted());
            for (String p : c.problems()) {
                line(g, UiText.get("verify.problem", p), false);
            }
            line(g, UiText.get(c.ok() ? "verify.ok" : "verify.failed"), c.ok());
        }
        scroll.setContent(inside);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(inside.computeSize(760, SWT.DEFAULT));
        return area;
    }

    private static void plain(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** A check: green when it holds, red when it fails (and its words say which). */
    private void line(Composite parent, String text, boolean ok) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText((ok ? "✔ " : "✗ ") + text);
        Color colour = parent.getDisplay().getSystemColor(ok ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED);
        l.setForeground(colour);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private static String coverage(SignatureCheck.Coverage c) {
        return switch (c) {
            case WHOLE_DOCUMENT -> UiText.get("verify.coverage.whole");
            case LATER_SIGNATURES_ONLY -> UiText.get("verify.coverage.laterSignatures");
            case CHANGED_AFTER -> UiText.get("verify.coverage.changed");
            case INVALID_RANGE -> UiText.get("verify.coverage.invalid");
        };
    }

    private static String yesNo(boolean b) {
        return UiText.get(b ? "verify.yes" : "verify.no");
    }

    private static String shown(Instant t) {
        return t == null ? "—" : SHOWN.format(t);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
