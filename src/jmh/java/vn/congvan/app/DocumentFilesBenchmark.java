package vn.congvan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import vn.congvan.bench.RenderBenchmark;

/**
 * The 200-row BÁO CÁO's PDF and DOCX as {@code report --format pdf,docx} writes them ({@link DocumentFiles#write}):
 * both files at once, the DOCX on a second thread. {@code RenderBenchmark.reportPdfAndDocx} is the same work on
 * one thread. The document is made afresh each call, as in RenderBenchmark.
 * {@code java -cp "target/congvan.jar:target/lib/*" org.openjdk.jmh.Main DocumentFilesBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentFilesBenchmark {
    private Path dir;

    @Setup
    public void folder() throws IOException {
        dir = Files.createTempDirectory("congvan-bench");
    }

    @TearDown
    public void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<Path> reportPdfAndDocxAsReportWritesThem() {
        return DocumentFiles.write(RenderBenchmark.report(), "report", EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), dir, false);
    }
}
