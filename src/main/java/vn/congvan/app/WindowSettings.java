package vn.congvan.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window remembers between runs (size, sash positions, column widths, the last folder): a small
 * properties file beside the ledger ({@link Workspace#windowSettingsFile()}). Losing it loses nothing but
 * the layout, so a damaged or unwritable file is logged and ignored.
 */
public final class WindowSettings {
    private static final Logger LOG = Logger.getLogger(WindowSettings.class.getName());
    private final Path file;
    private final Properties values = new Properties();

    private WindowSettings(Path file) {
        this.file = file;
    }

    /** The settings in {@code file}; empty when it does not exist or cannot be read. */
    public static WindowSettings load(Path file) {
        WindowSettings s = new WindowSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "window settings not read: " + file, e);
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    /** Numbers stored under {@code key} ("1024,700"), or empty when absent or not numbers. */
    public Optional<int[]> numbers(String key) {
        String v = values.getProperty(key);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arrays.stream(v.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void putNumbers(String key, int... numbers) {
        values.setProperty(key, String.join(",", Arrays.stream(numbers).mapToObj(Integer::toString).toList()));
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public void putText(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes the settings; a failure is logged, never shown: the layout is not worth an error dialog. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(w, "congvan window layout");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "window settings not saved: " + file, e);
        }
    }
}
