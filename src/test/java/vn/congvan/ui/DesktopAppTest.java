package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The window's own event loop: what no step caught does not close the window. */
class DesktopAppTest extends DemoWindowTest {

    @Test
    void aFailureNoStepCaughtIsSaidInADialogAndTheWindowGoesOn() {
        shell = new Shell(display);
        shell.open();
        List<String> said = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("error.title"), s -> {
            said.addAll(Screen.texts(s));
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        // A listener that throws, outside WindowContent.guard; then an event after it.
        display.asyncExec(() -> {
            throw new IllegalStateException("nút bấm hỏng");
        });
        AtomicBoolean handledAfter = new AtomicBoolean();
        display.asyncExec(() -> handledAfter.set(true));
        long end = System.nanoTime() + 30_000_000_000L;
        Runnable[] close = new Runnable[1];
        close[0] = () -> {
            if ((!said.isEmpty() && handledAfter.get()) || System.nanoTime() > end) {
                shell.dispose();
            } else {
                display.timerExec(50, close[0]);
            }
        };
        display.timerExec(50, close[0]);

        DesktopApp.runUntilClosed(display, shell);

        assertTrue(said.stream().anyMatch(t -> t.contains("(IllegalStateException: nút bấm hỏng)")), said.toString());
        assertTrue(said.stream().noneMatch(t -> t.contains("SWTException")), "the failure itself, not SWT's wrapping: " + said);
        assertTrue(handledAfter.get(), "the events after the failure were handled: the window went on");
    }
}
