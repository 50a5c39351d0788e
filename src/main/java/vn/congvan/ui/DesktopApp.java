package vn.congvan.ui;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import vn.congvan.app.DemoRun;
import vn.congvan.app.Workspace;

/**
 * {@code ./congvan} without a command: the window on the user's ledger; on a first start (no ledger yet)
 * it offers the demo data, so a new user sees a populated window at once.
 */
public final class DesktopApp {
    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    private DesktopApp() {
    }

    /**
     * Opens the window and returns when it is closed.
     *
     * @throws NoDisplayException when there is no screen to open it on
     */
    public static void run() {
        Display display = display();
        try {
            CongvanWindow window = firstWindow(display, Workspace.resolve(null, null));
            // Once the first events are handled the window answers the user: the start-up time README quotes.
            display.asyncExec(() -> LOG.info(() -> "window usable " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after the JVM started"));
            runUntilClosed(display, window.getShell());
        } finally {
            display.dispose();
        }
    }

    /**
     * Handles the window's events until {@code shell} is closed. A failure no step caught (a listener outside
     * {@link WindowContent#guard}) is said in the Vietnamese dialog and the window goes on, instead of closing under
     * the clerk with a stack trace.
     */
    static void runUntilClosed(Display display, Shell shell) {
        while (!shell.isDisposed()) {
            try {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // What a runnable handed to the display threw comes wrapped: the clerk is told the failure itself.
                Throwable failure = e instanceof SWTException wrapped && wrapped.getCause() != null ? wrapped.getCause() : e;
                Errors.show(shell.isDisposed() ? null : shell, failure);
            }
        }
    }

    /**
     * The window on {@code workspace}, open; where it has no ledger yet the demo data is offered first
     * (declined, the window opens empty and says how to import the first dispatch).
     */
    static CongvanWindow firstWindow(Display display, Workspace workspace) {
        Workspace shown = workspace;
        LocalDate today = null;
        if (!workspace.ledgerExists() && MessageDialog.openQuestion(null, UiText.get("firstStart.title"),
                UiText.get("firstStart.offer", workspace.ledgerLocation()))) {
            AtomicReference<Workspace> demo = new AtomicReference<>();
            BusyIndicator.showWhile(display, () -> demo.set(workspace.demo()));
            shown = demo.get();
            // The demo's replies and phone call are of August 2019: look at them on the demo's day.
            today = DemoRun.AS_OF;
        }
        CongvanWindow window = new CongvanWindow(shown, today);
        window.openSized();
        return window;
    }

    /** The display, or a NoDisplayException saying why there is none (no DISPLAY, no GTK 3). */
    public static Display display() {
        try {
            Display.setAppName("congvan");
            return new Display();
        } catch (SWTError | UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new NoDisplayException(UiText.get("noDisplay", String.valueOf(e.getMessage())), e);
        }
    }
}
