package vn.congvan.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import vn.congvan.app.OfficeMailServers;
import vn.congvan.model.InputException;

/**
 * "Máy chủ thư…": the office's SMTP and IMAP servers, the login and trust in an in-house certificate.
 * The defaults and the rules are app's ({@link OfficeMailServers}); a setting it refuses keeps the dialog
 * open with the reason. There is no password field: it is asked when a server needs it.
 */
final class MailServerDialog extends TitleAreaDialog {
    /** The key under which each input carries its name, so tests find it as a clerk would by its label. */
    static final String FIELD = "field";
    private final OfficeMailServers initial;
    private OfficeMailServers result;
    private Text smtpHost;
    private Text smtpPort;
    private Combo smtpSecurity;
    private Text imapHost;
    private Text imapPort;
    private Combo imapSecurity;
    private Text imapFolder;
    private Text user;
    private Button trust;

    MailServerDialog(Shell parent, OfficeMailServers initial) {
        super(parent);
        this.initial = initial;
    }

    /** The settings accepted, or null when cancelled. */
    OfficeMailServers result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiText.get("mailServers.title"));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(UiText.get("mailServers.title"));
        setMessage(UiText.get("mailServers.message"));
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(1, false));

        Group smtp = group(c, "mailServers.smtp");
        smtpHost = text(smtp, "mailServers.host", "smtp-host", initial.smtpHost());
        smtpPort = text(smtp, "mailServers.port", "smtp-port", initial.smtpPort());
        smtpSecurity = security(smtp, "smtp-security", initial.smtpSecurity(), smtpPort, true);

        Group imap = group(c, "mailServers.imap");
        imapHost = text(imap, "mailServers.host", "imap-host", initial.imapHost());
        imapPort = text(imap, "mailServers.port", "imap-port", initial.imapPort());
        imapSecurity = security(imap, "imap-security", initial.imapSecurity(), imapPort, false);
        imapFolder = text(imap, "mailServers.folder", "imap-folder", initial.imapFolder());

        Composite login = new Composite(c, SWT.NONE);
        login.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        login.setLayout(new GridLayout(2, false));
        user = text(login, "mailServers.user", "user", initial.user());
        trust = new Button(c, SWT.CHECK);
        trust.setText(UiText.get("mailServers.trust"));
        trust.setSelection(initial.trustCertificate());
        trust.setData(FIELD, "trust-certificate");
        return area;
    }

    private static Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(UiText.get(title));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        g.setLayout(new GridLayout(2, false));
        return g;
    }

    private static Text text(Composite parent, String label, String field, String value) {
        new Label(parent, SWT.NONE).setText(UiText.get(label));
        Text t = new Text(parent, SWT.SINGLE | SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 1, 1));
        ((GridData) t.getLayoutData()).widthHint = 320;
        t.setText(value);
        t.setData(FIELD, field);
        return t;
    }

    /** A choice of security; changing it moves the port to the new usual one unless the clerk typed another. */
    private static Combo security(Composite parent, String field, String value, Text port, boolean smtp) {
        new Label(parent, SWT.NONE).setText(UiText.get("mailServers.security"));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(OfficeMailServers.securities().toArray(String[]::new));
        int at = OfficeMailServers.securities().indexOf(value);
        combo.select(Math.max(0, at));
        combo.setData(FIELD, field);
        String[] previous = {combo.getText()};
        combo.addListener(SWT.Selection, e -> {
            String oldDefault = smtp ? OfficeMailServers.defaultSmtpPort(previous[0]) : OfficeMailServers.defaultImapPort(previous[0]);
            if (port.getText().isBlank() || port.getText().strip().equals(oldDefault)) {
                port.setText(smtp ? OfficeMailServers.defaultSmtpPort(combo.getText()) : OfficeMailServers.defaultImapPort(combo.getText()));
            }
            previous[0] = combo.getText();
        });
        return combo;
    }

    @Override
    protected void okPressed() {
        OfficeMailServers typed = new OfficeMailServers(smtpHost.getText(), smtpPort.getText(), smtpSecurity.getText(),
                imapHost.getText(), imapPort.getText(), imapSecurity.getText(), imapFolder.getText(), user.getText(),
                trust.getSelection());
        try {
            result = typed.checked();
        } catch (InputException e) {
            setErrorMessage(UiText.message(e));
            return;
        }
        super.okPressed();
    }
}
