package vn.congvan.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import vn.congvan.app.ServerException;
import vn.congvan.model.InputException;
import vn.congvan.text.Untrusted;

/** A failure as the clerk sees it: a Vietnamese dialog that says what to do, never a stack trace (that goes to the log). */
final class Errors {
    private static final Logger LOG = Logger.getLogger(Errors.class.getName());

    private Errors() {
    }

    static void show(Shell shell, Throwable e) {
        // A message may quote what came from outside (a file name, a server's answer): shown cleaned.
        String message = UiText.message(e) == null ? "" : Untrusted.text(UiText.message(e));
        String text;
        if (e instanceof InputException) {
            text = UiText.get("error.input", message);
        } else if (e instanceof ServerException) {
            text = UiText.get("error.server", message);
        } else {
            LOG.log(Level.SEVERE, "unexpected failure in the window", e);
            text = UiText.get("error.unexpected", e.getClass().getSimpleName(), message);
        }
        MessageDialog.openError(shell, UiText.get("error.title"), text);
    }
}
