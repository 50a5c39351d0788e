package vn.congvan.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The display the window tests run on. Without one (no DISPLAY, no GTK) the tests are skipped with a
 * message saying how to run them, never passed silently.
 */
final class Screen {
    static final String HOW = "Không có màn hình: bỏ qua các kiểm thử cửa sổ (SWT). Chạy chúng dưới "
            + "xvfb-run -a -s \"-screen 0 1280x800x24\" mvn -B verify, như .ci/run.";

    private Screen() {
    }

    private static String missing;

    /** The display, or null when there is none (then {@link #assumeDisplay} skips each test, saying why). */
    static Display display() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String d = System.getenv("DISPLAY");
        if (os.contains("linux") && (d == null || d.isBlank())) {
            missing = HOW + " (DISPLAY chưa đặt)";
            return null;
        }
        try {
            return DesktopApp.display();
        } catch (NoDisplayException e) {
            missing = HOW + " (" + e.getMessage() + ")";
            return null;
        }
    }

    /** Skips the test, with the reason, where {@link #display} found no screen. */
    static void assumeDisplay(Display display) {
        assumeTrue(display != null, () -> missing);
    }

    /**
     * Runs the event loop until nothing is pending and no part of the window still waits for what its worker reads
     * from the ledger ({@link LatestLoad}), at most two minutes.
     */
    static void settle(Display display) {
        long end = System.nanoTime() + 120_000_000_000L;
        while (true) {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
            if (!LatestLoad.anyBusy() || System.nanoTime() > end) {
                return;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs the event loop until {@code done} holds, at most {@code millis}. */
    static boolean pumpUntil(Display display, long millis, BooleanSupplier done) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return done.getAsBoolean();
    }

    /** Every control under {@code c} of type {@code type}. */
    static <T extends Control> List<T> find(Composite c, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite inner) {
                found.addAll(find(inner, type));
            }
        }
        return found;
    }

    /** Does {@code step} with the dialog titled {@code title} once it is open (it may open on a later event), within 30 s. */
    static void whenOpen(Display display, String title, Consumer<Shell> step) {
        long end = System.nanoTime() + 30_000_000_000L;
        int test = generation;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (test != generation) {
                return;
            }
            for (Shell s : display.getShells()) {
                if (title.equals(s.getText()) && s.isVisible()) {
                    step.accept(s);
                    return;
                }
            }
            if (System.nanoTime() < end) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** Bumped after each test, so a dialog a test waited for in vain is not answered in the next test. */
    private static volatile int generation;

    /** Stops every {@link #whenOpen} still waiting. */
    static void stopWaiting() {
        generation++;
    }

    /** Presses the button labelled {@code label} in {@code s}, as a click would. */
    static void press(Shell s, String label) {
        for (Button b : find(s, Button.class)) {
            if (label.equals(b.getText())) {
                b.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no button " + label + " in " + s.getText());
    }

    /** Every text the dialog shows: its labels and text fields. */
    static List<String> texts(Composite c) {
        List<String> out = new ArrayList<>();
        find(c, Text.class).forEach(t -> out.add(t.getText()));
        find(c, Label.class).forEach(l -> out.add(l.getText()));
        return out;
    }
}
