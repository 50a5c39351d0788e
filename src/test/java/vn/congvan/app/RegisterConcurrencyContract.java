package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.congvan.model.RegisterEntry;
import vn.congvan.tracking.Ledger;

/**
 * Clerks taking numbers at the same moment, each with their own connection to one ledger (a program
 * each, as in an office sharing one database): 200 numbers, none twice, no gap.
 */
abstract class RegisterConcurrencyContract {
    static final int CLERKS = 8;
    static final int PER_CLERK = 25;

    /** A fresh ledger location every clerk can open. */
    abstract String newLocation() throws Exception;

    void cleanUp() throws Exception {
    }

    @AfterEach
    void dropLedger() throws Exception {
        cleanUp();
    }

    @Test
    void twoHundredNumbersFromEightClerksHaveNoGapAndNoDuplicate() throws Exception {
        String location = newLocation();
        long docId;
        try (CongvanService app = Workspace.resolve(location, DocumentWorkflowTest.UNITS)
                .open(DocumentWorkflowTest.SIGNING_DAY, Interaction.NONE, Map.of())) {
            app.importDispatch(new CongvanService.ImportRequest(DocumentWorkflowTest.SEED, LocalDate.of(2019, 9, 1)));
            docId = app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"),
                    java.util.EnumSet.of(OutputFormat.PDF), reportFolder(), LocalDate.of(2019, 9, 5), null, null)).drafts().get(0).id();
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
        List<Future<List<Integer>>> taken = new ArrayList<>();
        for (int c = 0; c < CLERKS; c++) {
            String clerk = "Văn thư " + (c + 1);
            Callable<List<Integer>> work = () -> {
                try (Ledger own = Ledger.open(location)) {
                    start.await();
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < PER_CLERK; i++) {
                        mine.add(own.register().take("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", 2019, "BC-UBND", docId, Instant.now(), clerk).number());
                    }
                    return mine;
                }
            };
            taken.add(pool.submit(work));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> f : taken) {
            all.addAll(f.get());
        }
        pool.shutdown();
        all.sort(Integer::compare);
        List<Integer> expected = IntStream.rangeClosed(1, CLERKS * PER_CLERK).boxed().toList();
        assertEquals(expected, all, "what the clerks were given: 1 … 200, each once");
        try (Ledger ledger = Ledger.open(location)) {
            List<Integer> stored = ledger.register().entries(2019, "BC-UBND").stream().map(RegisterEntry::number).toList();
            assertEquals(expected, stored, "what the register holds");
            assertEquals(201, ledger.register().take("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", 2019, "BC-UBND", docId,
                    Instant.now(), "Văn thư").number(), "the next one follows on");
            assertEquals(1, ledger.register().take("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", 2020, "BC-UBND", docId,
                    Instant.now(), "Văn thư").number(), "a new year starts from 01");
        }
    }

    abstract Path reportFolder();
}
