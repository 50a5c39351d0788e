package vn.congvan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import vn.congvan.model.OfficialDocument;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.PdfWriter;

/**
 * Processor time of the writing thread per 200-row BÁO CÁO ({@link RenderBenchmark#report()}), for
 * before/after comparisons on a shared machine where wall-clock times mean nothing: thread CPU time
 * (ThreadMXBean) of each call, written to memory, median and quartiles after the warm-up calls.
 * {@code java -cp "target/congvan.jar:target/lib/*" vn.congvan.bench.RenderCpuProbe pdf|docx|both [warm] [calls] [file]}
 */
public final class RenderCpuProbe {
    private RenderCpuProbe() {
    }

    public static void main(String[] args) throws IOException {
        String what = args.length > 0 ? args[0] : "both";
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        // "file": each document replaces its file in a temporary folder, as RenderBenchmark writes it.
        Path dir = args.length > 3 && args[3].equals("file") ? Files.createTempDirectory("congvan-probe") : null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PdfWriter pdf = new PdfWriter();
        DocxWriter docx = new DocxWriter();
        long[] cpu = new long[calls];
        long bytes = 0;
        for (int i = 0; i < warm + calls; i++) {
            OfficialDocument doc = RenderBenchmark.report();
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            long start = threads.getCurrentThreadCpuTime();
            if (!what.equals("docx")) {
                if (dir == null) {
                    pdf.write(doc, out);
                } else {
                    pdf.write(doc, dir.resolve("report.pdf"));
                }
            }
            if (!what.equals("pdf")) {
                if (dir == null) {
                    docx.write(doc, out);
                } else {
                    docx.write(doc, dir.resolve("report.docx"));
                }
            }
            long used = threads.getCurrentThreadCpuTime() - start;
            if (i >= warm) {
                cpu[i - warm] = used;
                bytes = out.size();
            }
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s: thread CPU per call median %.2f ms (quartiles %.2f–%.2f), %d calls after %d, %d bytes%n",
                what, cpu[calls / 2] / 1e6, cpu[calls / 4] / 1e6, cpu[calls * 3 / 4] / 1e6, calls, warm, bytes);
    }
}
