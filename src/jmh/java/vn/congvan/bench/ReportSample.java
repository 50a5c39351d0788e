package vn.congvan.bench;

import java.nio.file.Path;

import vn.congvan.render.DocxWriter;

/**
 * Writes the benchmarks' 200-row BÁO CÁO as {@code report-200.docx} into the folder given, for
 * {@code bench/lo-warm.sh} to convert with LibreOffice: the same DOCX congvan's figure is measured on.
 */
public final class ReportSample {
    private ReportSample() {
    }

    public static void main(String[] args) {
        new DocxWriter().write(RenderBenchmark.report(), Path.of(args[0]).resolve("report-200.docx"));
    }
}
