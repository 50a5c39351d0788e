package vn.congvan.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds in one JVM, each in its own class loader, called in turn call by call: on a shared machine both
 * then meet the same load, which separate processes taken in turns do not. Thread CPU of each call
 * (ThreadMXBean), median, quartiles and mean per build; reflection is in both figures alike.
 * {@code java -cp target/classes vn.congvan.bench.InterleavedCpuProbe sizing|docx|pdf|both WARM CALLS ROOT_A ROOT_B},
 * each ROOT a project folder built with {@code -Pbench} ({@code target/congvan.jar}, {@code target/lib});
 * {@code -Dprobe.first=DIR} puts DIR's classes before both (e.g. this build's {@code RenderBenchmark}, whose
 * {@code report()} is public, for a build where it is not).
 */
public final class InterleavedCpuProbe {
    private InterleavedCpuProbe() {
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int warm = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        Call[] builds = {call(loader(args[3]), mode), call(loader(args[4]), mode)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[2][calls];
        for (int i = 0; i < warm + calls; i++) {
            for (int b = 0; b < 2; b++) {
                long start = threads.getCurrentThreadCpuTime();
                builds[b].run();
                long used = threads.getCurrentThreadCpuTime() - start;
                if (i >= warm) {
                    cpu[b][i - warm] = used;
                }
            }
        }
        for (int b = 0; b < 2; b++) {
            long[] x = cpu[b];
            double mean = Arrays.stream(x).average().orElse(0) / 1e6;
            Arrays.sort(x);
            System.out.printf(Locale.ROOT, "%s %s: median %.3f ms (quartiles %.3f–%.3f), mean %.3f ms, %d calls after %d%n",
                    mode, args[3 + b], x[calls / 2] / 1e6, x[calls / 4] / 1e6, x[calls * 3 / 4] / 1e6, mean, calls, warm);
        }
    }

    private static ClassLoader loader(String root) throws Exception {
        List<URL> urls = new ArrayList<>();
        String first = System.getProperty("probe.first");
        if (first != null) {
            urls.add(Path.of(first).toUri().toURL());
        }
        urls.add(Path.of(root, "target/congvan.jar").toUri().toURL());
        try (Stream<Path> libs = Files.list(Path.of(root, "target/lib"))) {
            for (Path lib : libs.sorted().toList()) {
                urls.add(lib.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** One call of {@code mode} on the 200-row report ({@link RenderBenchmark#report()}), made afresh each time. */
    private static Call call(ClassLoader loader, String mode) throws Exception {
        Method report = loader.loadClass("vn.congvan.bench.RenderBenchmark").getMethod("report");
        Class<?> document = loader.loadClass("vn.congvan.model.OfficialDocument");
        if (mode.equals("sizing")) {
            Class<?> breakerClass = loader.loadClass("vn.congvan.render.LineBreaker");
            Method standard = breakerClass.getDeclaredMethod("standard");
            standard.setAccessible(true);
            Object breaker = standard.invoke(null);
            Class<?> columns = loader.loadClass("vn.congvan.render.TableColumns");
            Constructor<?> make = columns.getDeclaredConstructor(breakerClass);
            make.setAccessible(true);
            Class<?> table = loader.loadClass("vn.congvan.model.Table");
            Method sized = columns.getDeclaredMethod("sized", table);
            sized.setAccessible(true);
            Method body = document.getMethod("body");
            return () -> {
                Object found = null;
                for (Object block : (List<?>) body.invoke(report.invoke(null))) {
                    if (table.isInstance(block)) {
                        found = block;
                    }
                }
                sized.invoke(make.newInstance(breaker), found);
            };
        }
        Object pdf = loader.loadClass("vn.congvan.render.PdfWriter").getConstructor().newInstance();
        Method pdfWrite = pdf.getClass().getMethod("write", document, OutputStream.class);
        Object docx = loader.loadClass("vn.congvan.render.DocxWriter").getConstructor().newInstance();
        Method docxWrite = docx.getClass().getMethod("write", document, OutputStream.class);
        return () -> {
            Object doc = report.invoke(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            if (!mode.equals("docx")) {
                pdfWrite.invoke(pdf, doc, out);
            }
            if (!mode.equals("pdf")) {
                docxWrite.invoke(docx, doc, out);
            }
        };
    }
}
