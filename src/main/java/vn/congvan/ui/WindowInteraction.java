package vn.congvan.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import vn.congvan.app.Interaction;

/**
 * The window's answer to what the use cases ask: a password in a dialog (never stored), a yes/no
 * question, and long work in a progress dialog with a cancel button. The use case runs on a worker
 * thread; the dialogs are opened on the UI thread.
 */
final class WindowInteraction implements Interaction {
    private final Supplier<Shell> shell;
    private final Consumer<String> notices;
    private volatile SubMonitor monitor;

    /** @param notices shows a notice in the window, called on the UI thread */
    WindowInteraction(Supplier<Shell> shell, Consumer<String> notices) {
        this.shell = shell;
        this.notices = notices;
    }

    /** The outcome of long work, and whether the user stopped it on the way. */
    record Done<T>(T result, boolean cancelled) {
    }

    /**
     * Runs {@code work} off the UI thread behind a progress dialog with a cancel button; the window stays
     * painted meanwhile. What the work throws is thrown here, on the UI thread.
     */
    <T> Done<T> runLong(String title, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitorDialog dialog = new ProgressMonitorDialog(shell.get());
        try {
            dialog.run(true, true, m -> {
                monitor = SubMonitor.convert(m, title, IProgressMonitor.UNKNOWN);
                try {
                    result.set(work.get());
                } finally {
                    cancelled.set(m.isCanceled());
                    monitor = null;
                    m.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Done<>(null, true);
        }
        return new Done<>(result.get(), cancelled.get());
    }

    @Override
    public void progress(String step, int done, int total) {
        SubMonitor m = monitor;
        if (m == null) {
            return;
        }
        if (total > 0) {
            m.setWorkRemaining(Math.max(1, total - done + 1));
            m.subTask(UiText.get("progress.step", step, done, total));
        } else {
            m.setWorkRemaining(2);
            m.subTask(UiText.get("progress.stepOpen", step, done));
        }
        m.worked(1);
    }

    /** In the progress dialog when long work is running, and in the window's status line. */
    @Override
    public void notice(String text) {
        SubMonitor m = monitor;
        if (m != null) {
            m.subTask(text);
        }
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            notices.accept(text);
        } else {
            display.asyncExec(() -> notices.accept(text));
        }
    }

    @Override
    public boolean cancelled() {
        SubMonitor m = monitor;
        return m != null && m.isCanceled();
    }

    @Override
    public Optional<char[]> secret(String prompt) {
        AtomicReference<char[]> answer = new AtomicReference<>();
        onUiThread(() -> {
            InputDialog d = new InputDialog(shell.get(), UiText.get("secret.title"), prompt, "", null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
                }
            };
            if (d.open() == Window.OK) {
                answer.set(d.getValue().toCharArray());
            }
        });
        return Optional.ofNullable(answer.get());
    }

    @Override
    public boolean confirm(String question) {
        AtomicBoolean yes = new AtomicBoolean();
        onUiThread(() -> yes.set(MessageDialog.openQuestion(shell.get(), UiText.get("confirm.title"), question)));
        return yes.get();
    }

    private static void onUiThread(Runnable r) {
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            r.run();
        } else {
            display.syncExec(r);
        }
    }
}
