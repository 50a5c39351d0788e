package vn.congvan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Dispatch;

/**
 * Reading the seed dispatch, warm: from its file, and from its bytes already in memory (as a mail
 * attachment arrives). Run from the project root, like {@link RenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    private static final Path SEED = Path.of("samples/000_7ae9f029b9ddbc9d.txt");

    private final DispatchReader reader = new DispatchReader();
    private byte[] seedBytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        seedBytes = Files.readAllBytes(SEED);
    }

    @Benchmark
    public Dispatch seedFromFile() {
        return reader.read(SEED);
    }

    @Benchmark
    public Dispatch seedFromMemory() {
        return reader.read(SEED.getFileName().toString(), seedBytes);
    }
}
