package vn.congvan.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.DemoRun;
import vn.congvan.app.Workspace;

/**
 * What every window test needs: one display for the class (skipped, saying so, without one; see
 * {@link Screen}), the demo ledger made once when a test first asks for it and copied into each test's own
 * folder, and the test's shell closed after it.
 */
abstract class DemoWindowTest {
    static Display display;
    private static Path shared;
    private static Path template;

    @TempDir
    Path home;
    Shell shell;

    @BeforeAll
    static void openDisplay(@TempDir Path classFolder) {
        display = Screen.display();
        shared = classFolder;
        template = null;
    }

    @BeforeEach
    void needsADisplay() {
        Screen.assumeDisplay(display);
    }

    @AfterAll
    static void closeDisplay() {
        if (display != null) {
            display.dispose();
        }
    }

    @AfterEach
    void closeWindow() {
        Screen.stopWaiting();
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    /** Waits until the window's list carries its statuses (they are read in the background). */
    static WindowContent ready(WindowContent c) {
        if (!Screen.pumpUntil(display, 120_000, () -> !c.loading())) {
            throw new AssertionError("the statuses were not read within 2 minutes");
        }
        Screen.settle(display);
        return c;
    }

    /** A copy of the demo ledger in this test's own folder. */
    Workspace demoLedger() throws IOException {
        if (template == null) {
            template = shared.resolve("demo");
            DemoRun.run(template);
        }
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = home.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return Workspace.resolve(home.resolve("congvan.db").toString(), Path.of("samples", "directory"));
    }
}
