package vn.congvan.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

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

    /** Runs the event loop until nothing is pending. */
    static void settle(Display display) {
        while (display.readAndDispatch()) {
            // keep dispatching
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
}
