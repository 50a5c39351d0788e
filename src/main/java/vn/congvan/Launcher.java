package vn.congvan;

import vn.congvan.cli.Main;
import vn.congvan.ui.DesktopApp;
import vn.congvan.ui.NoDisplayException;

/**
 * Main class of {@code congvan.jar}: with a command, the command line; without one (a double-click, or
 * {@code ./congvan}), the window, or the command line's help when there is no screen. It lives above
 * the shells so that neither needs the other.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            Main.main(args);
            return;
        }
        vn.congvan.app.Logging.setUp(false);
        try {
            DesktopApp.run();
        } catch (NoDisplayException e) {
            Main.noWindow(e.getMessage());
        }
    }
}
