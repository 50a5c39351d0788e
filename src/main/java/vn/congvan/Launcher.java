package vn.congvan;

import java.util.Map;

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

    /**
     * Library settings that shorten a cold start, for the command line and the window alike; one given with
     * {@code -D} is kept. SLF4J is named its provider (the JDK logging one, the only one on the class path)
     * instead of looking for providers in every jar, and asked not to announce that it was named one. picocli is
     * told that there is no Groovy (else it looks for Groovy's closure class in every jar) and not to register
     * its converters of {@code java.time} and {@code java.sql} types, each found by reflection: no option has
     * such a type without a converter of its own ({@code DateConverter}; a test checks each option).
     */
    static final Map<String, String> START_PROPERTIES = Map.of(
            "slf4j.provider", "org.slf4j.jul.JULServiceProvider",
            "slf4j.internal.verbosity", "WARN",
            "picocli.disable.closures", "true",
            "picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");

    public static void main(String[] args) {
        // A loop, not a method reference: linking one was a few milliseconds of a cold start.
        for (Map.Entry<String, String> p : START_PROPERTIES.entrySet()) {
            System.getProperties().putIfAbsent(p.getKey(), p.getValue());
        }
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
