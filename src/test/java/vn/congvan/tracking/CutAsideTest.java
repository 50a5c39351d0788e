package vn.congvan.tracking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CutAsideTest {

    @Test
    void rowsAreCutInTheOrderHandedOver() {
        List<Integer> cut = new ArrayList<>();
        try (CutAside aside = new CutAside()) {
            for (int i = 0; i < 1_000; i++) {
                int row = i;
                aside.cut(() -> cut.add(row));
            }
            aside.await();
        }
        for (int i = 0; i < 1_000; i++) {
            assertEquals(i, cut.get(i));
        }
    }

    @Test
    void theReaderWaitsWhileSixteenRowsWait() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        AtomicInteger handedOver = new AtomicInteger();
        try (CutAside aside = new CutAside()) {
            Thread reader = new Thread(() -> {
                for (int i = 0; i < 40; i++) {
                    aside.cut(() -> {
                        try {
                            stuck.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    handedOver.incrementAndGet();
                }
            });
            reader.start();
            // The reader parks in the semaphore once sixteen rows wait; give a busy machine time to get there.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (reader.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(16, handedOver.get(), "the cutting thread is stuck on the first row: sixteen handed over, then wait");
            stuck.countDown();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            assertEquals(40, handedOver.get());
            aside.await();
        }
    }

    @Test
    void aFailureReachesTheCallerAsThrownAndTheRestIsStillCut() {
        IllegalArgumentException thrown = new IllegalArgumentException("CHU_TRI");
        AtomicInteger after = new AtomicInteger();
        try (CutAside aside = new CutAside()) {
            aside.cut(() -> {
                throw thrown;
            });
            for (int i = 0; i < 20; i++) {
                aside.cut(after::incrementAndGet);
            }
            assertSame(thrown, assertThrows(IllegalArgumentException.class, aside::await));
            assertEquals(20, after.get(), "every row after the failing one was cut before it was thrown");
        }
    }
}
