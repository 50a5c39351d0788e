package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The forwarded date lines mail programs print, read the same by one reused parser per thread, on any thread. */
class ForwardedDateTest {
    private static final Instant AUG_27 = Instant.parse("2019-08-27T02:15:00Z");
    private static final List<String> LINES = List.of("Tue, 27 Aug 2019 09:15:00 +0700", "Tue, Aug 27, 2019 at 9:15 AM",
            "Th 3, 27 thg 8, 2019 vào lúc 09:15", "Thứ Ba, ngày 27 tháng 8 năm 2019 9:15 SA", "Tuesday, August 27, 2019 9:15 AM",
            "27/08/2019 09:15", "Tue, 27 Aug 2019 02:15:00 +0000");

    @Test
    void eachFormIsReadAgainAndAgainTheSame() {
        for (int round = 0; round < 3; round++) {
            for (String line : LINES) {
                assertEquals(Optional.of(AUG_27), ForwardedDate.parse(line), line);
            }
            assertEquals(Optional.empty(), ForwardedDate.parse("không rõ ngày"));
        }
    }

    @Test
    void threadsReadingAtOnceGetTheSameInstants() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String line = LINES.get(i % LINES.size());
                        if (!ForwardedDate.parse(line).equals(Optional.of(AUG_27))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : all) {
                assertEquals(true, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
