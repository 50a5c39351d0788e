package vn.congvan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** LibreOffice on the command line, to make the files a clerk's office software makes (.doc, its own PDF). */
public final class LibreOffice {
    private LibreOffice() {
    }

    /** soffice on the PATH, if installed. */
    public static Optional<Path> soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(p -> !p.isBlank())
                .flatMap(dir -> Stream.of("soffice", "soffice.exe").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    /** Converts {@code files} to {@code format} ("doc", "pdf") next to them; returns the converted files. */
    public static List<Path> convert(Path soffice, String format, Path... files) throws IOException, InterruptedException {
        Path dir = files[0].toAbsolutePath().getParent();
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                // a profile of its own, so that a LibreOffice already running elsewhere does not take the job
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", dir.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Path log = dir.resolve("soffice-" + format + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting to " + format);
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path converted = dir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
            assertTrue(Files.size(converted) > 0, "converted: " + converted + "\n" + Files.readString(log));
            out.add(converted);
        }
        return out;
    }
}
