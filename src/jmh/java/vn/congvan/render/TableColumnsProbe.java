package vn.congvan.render;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import vn.congvan.bench.RenderBenchmark;
import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Block;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Table;

/**
 * Column sizing by itself, for before/after comparisons of {@link TableColumns} (it is package-private,
 * hence this package). Run against any build's classes, this file's class first on the class path:
 * <ul>
 * <li>{@code dump [FOLDER…]}: the twips of every table of a generated set (random text, long names, many
 * columns, empty cells, one-row tables, kept phrases), the 200-row report's and those of the dispatches
 * read from the folders given (e.g. {@code samples src/test/resources/dispatches}), one line each: diff
 * the output of two builds to see that no width moved;</li>
 * <li>{@code cpu [warm] [calls]}: thread CPU per sizing of the 200-row report's table (ThreadMXBean),
 * median and quartiles.</li>
 * </ul>
 */
public final class TableColumnsProbe {
    private static final String[] VOCABULARY = {"UBND", "phường", "Mũi", "Né", "Hàm", "Tiến", "Phú", "Hài", "Đức",
        "Thắng", "xã", "Lợi", "Phòng", "Văn", "hóa", "và", "Thông", "tin", "30/08/2019", "6174/UBND-VX", "Chưa", "thực",
        "hiện", "Đã", "hoàn", "thành", "https://dia-chi-rat-dai-khong-co-cho-ngat.example/duong-dan/tai-lieu", "Yêu",
        "cầu", "1:", "xóa", "thư", "đã", "gửi", "trước", "ngày", "31/12/2017", "—", "Quá", "hạn", "xác", "nhận", "Sở",
        "Truyền", "thông", "(b/c)", "Ủy", "ban", "nhân", "dân", "tỉnh", "Bình", "Thuận", "12", "3", "100%"};
    private static final List<String> LONG_NAMES = List.of(
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Phan Thiết tỉnh Bình Thuận",
            "Trung tâm Văn hóa, Thông tin và Thể thao thành phố Phan Thiết",
            "Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất thành phố",
            "UBND phường Mũi Né", "Phòng Tài nguyên và Môi trường",
            "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn thành phố Phan Thiết");
    private static final List<String> KEPT = List.of("Chưa thực hiện", "Chưa xác nhận", "Đã hoàn thành", "Quá hạn");

    private TableColumnsProbe() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "dump";
        if (mode.equals("cpu")) {
            cpu(args.length > 1 ? Integer.parseInt(args[1]) : 2000, args.length > 2 ? Integer.parseInt(args[2]) : 1000);
            return;
        }
        LineBreaker breaker = LineBreaker.standard();
        List<String> names = new ArrayList<>();
        List<Table> tables = generated(names);
        tables.add(reportTable());
        names.add("report-200");
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    List<Table> found = tablesOf(file);
                    for (int t = 0; t < found.size(); t++) {
                        tables.add(found.get(t));
                        names.add(file + "#" + t);
                    }
                }
            }
        }
        for (int t = 0; t < tables.size(); t++) {
            int[] twips = new TableColumns(breaker).sized(tables.get(t)).twips();
            System.out.println(names.get(t) + " " + Arrays.toString(twips));
        }
    }

    private static void cpu(int warm, int calls) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LineBreaker breaker = LineBreaker.standard();
        long[] cpu = new long[calls];
        for (int i = 0; i < warm + calls; i++) {
            Table table = reportTable(); // afresh, as each report is
            long start = threads.getCurrentThreadCpuTime();
            new TableColumns(breaker).sized(table);
            long used = threads.getCurrentThreadCpuTime() - start;
            if (i >= warm) {
                cpu[i - warm] = used;
            }
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "sizing: thread CPU per call median %.3f ms (quartiles %.3f–%.3f), %d calls after %d%n",
                cpu[calls / 2] / 1e6, cpu[calls / 4] / 1e6, cpu[calls * 3 / 4] / 1e6, calls, warm);
    }

    private static Table reportTable() {
        return firstTable(RenderBenchmark.report().body());
    }

    private static Table firstTable(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Table t) {
                return t;
            }
        }
        throw new IllegalStateException("no table");
    }

    private static List<Table> tablesOf(Path file) {
        List<Table> out = new ArrayList<>();
        try {
            OfficialDocument doc = new DispatchReader().read(file).document();
            addTables(doc.body(), out);
            if (doc.appendix() != null) {
                addTables(doc.appendix().body(), out);
            }
        } catch (RuntimeException e) {
            // not a dispatch the reader takes: no tables from it
        }
        return out;
    }

    private static void addTables(List<Block> blocks, List<Table> out) {
        for (Block b : blocks) {
            if (b instanceof Table t && !t.header().isEmpty()) {
                out.add(t);
            }
        }
    }

    /** The generated set: the same tables on every run (fixed seeds). */
    public static List<Table> generated(List<String> names) {
        List<Table> out = new ArrayList<>();
        for (int seed = 0; seed < 400; seed++) {
            out.add(random(new Random(seed), 2 + new Random(seed).nextInt(6), seed % 5 == 0 ? 220 : 40, false));
            names.add("random-" + seed);
        }
        for (int seed = 0; seed < 60; seed++) {
            Random r = new Random(1000 + seed);
            out.add(longNames(r));
            names.add("long-names-" + seed);
        }
        for (int seed = 0; seed < 60; seed++) {
            Random r = new Random(2000 + seed);
            out.add(random(r, 6 + r.nextInt(9), 30, false));
            names.add("many-columns-" + seed);
        }
        for (int seed = 0; seed < 60; seed++) {
            Random r = new Random(3000 + seed);
            out.add(random(r, 2 + r.nextInt(6), 40, true));
            names.add("empty-cells-" + seed);
        }
        for (int seed = 0; seed < 60; seed++) {
            Random r = new Random(4000 + seed);
            out.add(random(r, 1 + r.nextInt(7), 1, seed % 3 == 0));
            names.add("one-row-" + seed);
        }
        for (int rows : new int[] {0, 1, 2, 20, 50, 200, 500}) {
            out.add(reportLike(rows));
            names.add("report-like-" + rows);
        }
        return out;
    }

    private static Table random(Random r, int cols, int maxRows, boolean sparse) {
        int rows = 1 + r.nextInt(maxRows);
        List<String> header = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        int[] length = new int[cols];
        boolean[] emptyColumn = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            header.add(sparse && r.nextInt(6) == 0 ? "" : words(r, 1 + r.nextInt(3)));
            widths.add(10.0 + r.nextInt(40));
            length[c] = 1 + r.nextInt(c % 2 == 0 ? 3 : 14);
            emptyColumn[c] = sparse && r.nextInt(4) == 0;
        }
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>();
            boolean emptyRow = sparse && r.nextInt(8) == 0;
            for (int c = 0; c < cols; c++) {
                boolean empty = emptyRow || emptyColumn[c] || r.nextInt(sparse ? 3 : 20) == 0;
                row.add(empty ? "" : words(r, 1 + r.nextInt(length[c])));
            }
            body.add(row);
        }
        return new Table(header, body, widths, r.nextBoolean() ? KEPT : List.of());
    }

    private static Table longNames(Random r) {
        int cols = 3 + r.nextInt(4);
        int rows = 1 + r.nextInt(120);
        List<String> header = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            header.add(c == 1 ? "Đơn vị" : words(r, 1 + r.nextInt(2)));
            widths.add(10.0 + r.nextInt(40));
        }
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                row.add(switch (c) {
                    case 0 -> Integer.toString(i + 1);
                    case 1 -> LONG_NAMES.get(r.nextInt(LONG_NAMES.size()));
                    default -> r.nextInt(3) == 0 ? KEPT.get(r.nextInt(KEPT.size())) : words(r, 1 + r.nextInt(c * 4));
                });
            }
            body.add(row);
        }
        return new Table(header, body, widths, KEPT);
    }

    private static Table reportLike(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(List.of(Integer.toString(i + 1), LONG_NAMES.get(i % LONG_NAMES.size()), "Yêu cầu " + (i % 3 + 1)
                    + ": xóa thư đã gửi trước ngày 31/12/2017\nghi chú\tthêm", "30/08/2019", KEPT.get(i % KEPT.size())));
        }
        return new Table(List.of("STT", "Đơn vị", "Yêu cầu", "Thời hạn", "Tình hình thực hiện"), body,
                List.of(12.0, 45.0, 55.0, 24.0, 29.0), KEPT);
    }

    private static String words(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(r.nextInt(15) == 0 ? "  " : " ");
            }
            s.append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
        }
        return s.toString();
    }
}
