package vn.congvan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The crafted inputs committed under {@code src/test/resources/hostile/} (listed in its README.md). */
public final class Hostile {
    private Hostile() {
    }

    /** The bytes of the crafted file {@code name}, read from the class path. */
    public static byte[] bytes(String name) {
        try (InputStream in = Hostile.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no crafted file hostile/" + name + " on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The crafted file {@code name} copied into {@code dir} under its own name, for a reader that takes a path. */
    public static Path copy(String name, Path dir) {
        try {
            return Files.write(Files.createDirectories(dir).resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
