package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.congvan.text.fixture.Anchor;

/** Parsed patterns are kept per key and thread: the text must stay what a fresh MessageFormat writes. */
class MessagesTest {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private final Messages messages = Messages.of(Anchor.class);
    private final ResourceBundle bundle = Messages.bundle(Anchor.class.getPackageName() + ".messages");

    private String fresh(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), VIETNAMESE).format(args);
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertEquals("Đơn vị Phường Mũi Né trễ 1.234 ngày, 3 nội dung.",
                messages.get("plain", "Phường Mũi Né", 1234, 3L));
        assertEquals("Tỷ lệ 2,5 %, 12.345,75.", messages.get("decimal", 2.5, new BigDecimal("12345.75")));
        assertEquals("Dòng 1024 của tệp.csv.", messages.get("digits", 1024, "tệp.csv"));
    }

    @Test
    void everyKindOfElementMatchesAFreshMessageFormat() {
        Object[][] cases = {
            {"plain", "Xã Tiến Lợi", 0, -7},
            {"plain", "A", 1_000_000, 2.75},
            {"digits", 5_000_000, 3.5},
            {"decimal", 99.96, 1234},
            {"twice", 2048},
            {"skipped", 1500, "bỏ", 2500},
            {"choice", 1200, 0},
            {"choice", 1200, 3},
            {"choice", 7, 2001},
        };
        for (Object[] c : cases) {
            String key = (String) c[0];
            Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertEquals(fresh(key, args), messages.get(key, args), key);
            assertEquals(fresh(key, args), messages.get(key, args), key + ", asked again");
        }
        assertEquals("Lần 2048: 2.048 thư.", messages.get("twice", 2048));
        assertEquals("Không có gì.", messages.get("bare"));
    }

    @Test
    void aKeptPatternTakesEachCallsOwnArguments() {
        for (int days = 0; days < 50; days++) {
            assertEquals("Đơn vị U" + days + " trễ " + days + " ngày, 1 nội dung.",
                    messages.get("plain", "U" + days, days, 1));
        }
    }

    @Test
    void threadsFormattingAtOnceEachGetTheirOwnText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 5_000; i++) {
                        int n = thread * 1_000_000 + i;
                        String expected = fresh("decimal", n + 0.5, n);
                        String got = messages.get("decimal", n + 0.5, n);
                        if (!expected.equals(got)) {
                            wrong.add(got + " ≠ " + expected);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(List.of(), run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
