package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.congvan.model.Table;

/**
 * Column sizing counts lines without making them ({@link LineBreaker#count}) and the DOCX writer reuses
 * the widths the PDF writer computed for the same table: neither may change a width.
 */
class TableColumnsTest {
    private static final LineBreaker BREAKER = LineBreaker.standard();
    private static final String[] VOCABULARY = {"UBND", "phường", "Mũi", "Né", "Hàm", "Tiến", "Phú", "Hài", "Đức",
        "Thắng", "xã", "Lợi", "Phòng", "Văn", "hóa", "và", "Thông", "tin", "30/08/2019", "6174/UBND-VX", "Chưa", "thực",
        "hiện", "Đã", "hoàn", "thành", "https://dia-chi-rat-dai-khong-co-cho-ngat.example/duong-dan/tai-lieu", "Yêu",
        "cầu", "1:", "xóa", "thư", "đã", "gửi", "trước", "ngày", "31/12/2017", "—", "Quá", "hạn", "xác", "nhận", "Sở", "Truyền",
        "thông"};

    @Test
    void countingLinesAgreesWithBreakingThem() {
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            String text = words(random, 1 + random.nextInt(30));
            Face face = Face.values()[random.nextInt(Face.values().length)];
            List<TextWord> words = BREAKER.words(List.of(new TextSpan(text, face, 12)));
            float width = 5 + random.nextFloat() * 300; // also narrower than a long word: cut between characters
            assertEquals(BREAKER.fill(words, width).size(), BREAKER.count(words, width), text + " @ " + width);
        }
        assertEquals(1, BREAKER.count(List.of(), 100));
    }

    /** Widths computed by the sizing as it was before it counted lines (commit 73354db), for tables of random text. */
    @Test
    void widthsAreTheOnesComputedBeforeCounting() {
        List<Table> tables = tables();
        int[][] expected = {
            {4677, 4677}, {711, 2643, 2643, 2643, 714}, {225, 1802, 1918, 1802, 1802, 1805}, {3685, 3685, 991, 993},
            {1843, 2700, 2018, 2793}, {2112, 2112, 533, 1984, 255, 1984, 374}, {3118, 3118, 3118},
            {670, 660, 447, 1399, 974, 5204}, {2456, 661, 661, 2456, 661, 2459}, {3118, 3118, 3118},
            {2191, 2191, 589, 2191, 2192}};
        for (int t = 0; t < expected.length; t++) {
            int[] twips = new TableColumns(BREAKER).twips(tables.get(t));
            assertArrayEquals(expected[t], twips, "table " + t);
            assertEquals(TableColumns.TOTAL, Arrays.stream(twips).sum());
        }
    }

    /**
     * Widths computed by main before the rows were grouped (commit 2647f72), for tables of the shapes that
     * take the sizing's other paths: long names, many columns, empty cells and columns, one-row tables.
     */
    @Test
    void widthsOfGeneratedShapesAreTheOnesComputedBeforeGrouping() {
        int[][] expected = EXPECTED_SHAPES;
        List<Table> tables = shapes();
        assertEquals(expected.length, tables.size());
        for (int t = 0; t < expected.length; t++) {
            int[] twips = new TableColumns(BREAKER).twips(tables.get(t));
            assertArrayEquals(expected[t], twips, "table " + t);
            assertEquals(TableColumns.TOTAL, Arrays.stream(twips).sum());
        }
    }

    private static final int[][] EXPECTED_SHAPES = {
        // long names
        {5107, 649, 1165, 1139, 1294},
        {238, 513, 3791, 3791, 1021},
        {358, 388, 2868, 2868, 2872},
        {467, 1039, 807, 5547, 1494},
        {337, 507, 1009, 3749, 3752},
        {239, 393, 2907, 2907, 2908},
        // many columns
        {580, 580, 393, 580, 446, 3096, 580, 3099},
        {395, 379, 826, 4411, 543, 1187, 422, 1191},
        {263, 280, 2072, 2072, 2072, 2205, 390},
        {384, 2050, 384, 2050, 384, 2050, 2052},
        {1087, 1157, 292, 1087, 1087, 1087, 1087, 1087, 292, 1091},
        {283, 1513, 283, 1513, 1513, 1513, 407, 1513, 407, 409},
        // empty cells, rows and columns
        {682, 3643, 3643, 404, 982},
        {1810, 7544},
        {1855, 1995, 1843, 3661},
        {664, 664, 864, 864, 1241, 442, 4615},
        {4677, 4677},
        {707, 3774, 707, 391, 3775},
        // one row
        {2658, 594, 594, 5508},
        {1843, 5947, 1564},
        {869, 616, 7290, 579},
        {2115, 3546, 606, 3087},
        {8070, 1284},
        {9354},
    };

    private static final List<String> LONG_NAMES = List.of(
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Phan Thiết tỉnh Bình Thuận",
            "Trung tâm Văn hóa, Thông tin và Thể thao thành phố Phan Thiết", "UBND phường Mũi Né",
            "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn thành phố Phan Thiết");
    private static final List<String> KEPT = List.of("Chưa thực hiện", "Chưa xác nhận", "Đã hoàn thành", "Quá hạn");

    /** Six tables of each shape, the same on every run. */
    private static List<Table> shapes() {
        List<Table> out = new ArrayList<>();
        for (int seed = 0; seed < 6; seed++) {
            Random r = new Random(100 + seed);
            int cols = 3 + r.nextInt(4);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(120); i < n; i++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    row.add(c == 0 ? Integer.toString(i + 1) : c == 1 ? LONG_NAMES.get(r.nextInt(LONG_NAMES.size()))
                            : r.nextInt(3) == 0 ? KEPT.get(r.nextInt(KEPT.size())) : words(r, 1 + r.nextInt(c * 4)));
                }
                rows.add(row);
            }
            out.add(table(r, cols, rows, KEPT)); // long names
        }
        for (int seed = 0; seed < 6; seed++) {
            Random r = new Random(200 + seed);
            out.add(random(r, 6 + r.nextInt(9), 1 + r.nextInt(30), false)); // many columns
        }
        for (int seed = 0; seed < 6; seed++) {
            Random r = new Random(300 + seed);
            out.add(random(r, 2 + r.nextInt(6), 1 + r.nextInt(40), true)); // empty cells, rows and columns
        }
        for (int seed = 0; seed < 6; seed++) {
            Random r = new Random(400 + seed);
            out.add(random(r, 1 + r.nextInt(7), 1, seed % 2 == 0)); // one row
        }
        return out;
    }

    private static Table random(Random r, int cols, int rows, boolean sparse) {
        boolean[] emptyColumn = new boolean[cols];
        int[] length = new int[cols];
        for (int c = 0; c < cols; c++) {
            emptyColumn[c] = sparse && r.nextInt(4) == 0;
            length[c] = 1 + r.nextInt(c % 2 == 0 ? 3 : 14);
        }
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean emptyRow = sparse && r.nextInt(8) == 0;
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                boolean empty = emptyRow || emptyColumn[c] || r.nextInt(sparse ? 3 : 20) == 0;
                row.add(empty ? "" : words(r, 1 + r.nextInt(length[c])));
            }
            body.add(row);
        }
        return table(r, cols, body, r.nextBoolean() ? KEPT : List.of());
    }

    private static Table table(Random r, int cols, List<List<String>> rows, List<String> kept) {
        List<String> header = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            header.add(r.nextInt(6) == 0 ? "" : words(r, 1 + r.nextInt(3)));
            widths.add(10.0 + r.nextInt(40));
        }
        return new Table(header, rows, widths, kept);
    }

    @Test
    void theSecondWriterGetsTheSameWidthsAsItsOwnCopy() {
        Table table = tables().get(1);
        int[] first = new TableColumns(BREAKER).twips(table);
        first[0] = -1; // a writer changing its copy changes nothing for the next one
        int[] second = new TableColumns(BREAKER).twips(table);
        assertArrayEquals(new int[] {711, 2643, 2643, 2643, 714}, second);
        assertNotSame(first, second);
        // An equal table that is another object is sized on its own, with the same result.
        Table copy = new Table(new ArrayList<>(table.header()), new ArrayList<>(table.rows()), table.widths(), table.keptWhole());
        assertArrayEquals(second, new TableColumns(BREAKER).twips(copy));
    }

    private static List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (int seed = 0; seed < 11; seed++) {
            Random r = new Random(seed);
            int cols = 2 + r.nextInt(6);
            int rows = 1 + r.nextInt(seed % 5 == 0 ? 220 : 40);
            List<String> header = new ArrayList<>();
            List<Double> widths = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                header.add(words(r, 1 + r.nextInt(3)));
                widths.add(10.0 + r.nextInt(40));
            }
            int[] length = new int[cols];
            for (int c = 0; c < cols; c++) {
                length[c] = 1 + r.nextInt(c % 2 == 0 ? 3 : 14);
            }
            List<List<String>> body = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    row.add(r.nextInt(20) == 0 ? "" : words(r, 1 + r.nextInt(length[c])));
                }
                body.add(row);
            }
            out.add(new Table(header, body, widths,
                    seed % 2 == 0 ? List.of("Chưa thực hiện", "Chưa xác nhận", "Đã hoàn thành") : List.of()));
        }
        return out;
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
