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
