package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.Hostile;
import vn.congvan.hostile.HostileFileMaker;

/**
 * Files crafted to stop a reader, committed under {@code src/test/resources/hostile/} (its README.md says
 * how each was made; {@link HostileFileMaker} makes them again): every one ends in under 5 seconds with
 * exit 0 (a good file with an odd part) or one Vietnamese line naming the file and the limit it broke,
 * exit 2. Run with a 256 MB heap (the "hostile" surefire execution). The two too big to commit (a 300 KB
 * text, a 300 KB page tree) are made here.
 */
@Tag("hostile")
class HostileFilesTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    /** How long an abandoned reader may go on after the refusal. */
    private static final Duration READER_ENDS = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    /** The 5 s are the reader's: classes are loaded and fonts found once, before any clock runs. */
    @BeforeAll
    static void warmUp(@TempDir Path warm) throws Exception {
        Path pdf = Files.write(warm.resolve("seed.pdf"), HostileFileMaker.seedPdf());
        assertEquals(0, CliRun.of("parse", pdf.toString()).exitCode());
        assertEquals(0, CliRun.of("check", pdf.toString()).exitCode());
        assertEquals(0, CliRun.of("parse", ParseCommandTest.SEED.toString()).exitCode());
    }

    private static CliRun parse(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.of("parse", file.toString()));
    }

    private static CliRun check(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.of("check", file.toString()));
    }

    private static void assertRefused(CliRun run, Path file, String limit) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(file.toString()), err);
        assertTrue(err.contains(limit), err);
    }

    private static void assertReadAsTheSeed(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("6174/UBND-VX"), run.out());
    }

    @Test
    void twentyKilobytesOfUnderscoresInADispatch() {
        assertReadAsTheSeed(parse(Hostile.copy("gach-duoi.txt", dir)));
    }

    @Test
    void aThreeHundredKilobyteTextIsReadInLinearTime() throws Exception {
        String seed = Files.readString(ParseCommandTest.SEED);
        String[] words = "Ủy ban nhân dân phường đề nghị các đơn vị triển khai thực hiện báo cáo kết quả".split(" ");
        StringBuilder body = new StringBuilder();
        Random random = new Random(1);
        while (body.length() < 300_000) {
            for (int i = 0; i < 15; i++) {
                body.append(words[random.nextInt(words.length)]).append(i < 14 ? " " : "\n");
            }
        }
        int contact = seed.indexOf("Thông tin liên hệ");
        Path file = Files.writeString(dir.resolve("dai.txt"), seed.substring(0, contact) + body + "\n" + seed.substring(contact));
        assertReadAsTheSeed(parse(file));
    }

    @Test
    void aDocxOfTablesNestedFiveThousandDeep() {
        Path file = Hostile.copy("bang-long-nhau.docx", dir);
        assertRefused(parse(file), file, "256 cấp");
        assertRefused(check(file), file, "256 cấp");
    }

    @Test
    void aPdfWithAFlateBombContentStream() {
        Path file = Hostile.copy("bom-nen.pdf", dir);
        assertRefused(parse(file), file, "100 lần");
        assertRefused(check(file), file, "100 lần");
    }

    @Test
    void aPdfWhosePageTreeClaimsTwoBillionPagesIsReadByItsRealPages() {
        Path file = Hostile.copy("hai-ty-trang.pdf", dir);
        assertReadAsTheSeed(parse(file));
        CliRun checked = check(file);
        assertEquals(0, checked.exitCode(), checked.out() + checked.err());
        assertTrue(checked.out().contains(file.toString()), checked.out());
    }

    @Test
    void aPdfOfMorePagesThanTheLimitCountedInItsTreeNotItsCount() {
        Path file = Hostile.copy("nghin-trang.pdf", dir);
        assertRefused(parse(file), file, "500 trang");
        assertRefused(check(file), file, "500 trang");
    }

    @Test
    void aPdfWithAPageTreeTwentyThousandLevelsDeep() throws Exception {
        Path file = Files.write(dir.resolve("cay-sau.pdf"), HostileFileMaker.edit(HostileFileMaker.seedPdf(), HostileFileMaker::deepPageTree));
        assertTrue(Files.size(file) < 1_000_000, Files.size(file) + " bytes");
        assertRefused(parse(file), file, "256 cấp");
    }

    @Test
    void aPdfWhoseToUnicodeMapsDeclareMillionsOfCodesIsRefusedBeforeTheyAreParsed() {
        Path file = Hostile.copy("cmap-sua.pdf", dir);
        assertRefused(parse(file), file, "ToUnicode");
        assertRefused(check(file), file, "ToUnicode");
    }

    @Test
    void aPdfWithAFanOutOfNestedFormsIsRefusedAndItsReaderStops() throws Exception {
        Set<Thread> before = readers();
        Path file = Hostile.copy("bieu-mau-long-nhau.pdf", dir);
        assertRefused(parse(file), file, "giây");

        // The abandoned reading stops at its next checkpoint instead of using the processor on, and its thread ends
        // (a reader thread is reused only after a reading that finished: the abandoned one is new or busy here).
        List<Thread> abandoned = readers().stream().filter(t -> !before.contains(t) || t.getState() == Thread.State.RUNNABLE).toList();
        long end = System.nanoTime() + READER_ENDS.toNanos();
        for (Thread t : abandoned) {
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        assertTrue(abandoned.stream().noneMatch(Thread::isAlive),
                "still reading " + READER_ENDS.toSeconds() + " s after the refusal: " + abandoned.stream().filter(Thread::isAlive)
                        .map(t -> t.getName() + " " + List.of(t.getStackTrace()).subList(0, Math.min(5, t.getStackTrace().length)))
                        .collect(Collectors.joining("; ")));
    }

    /** The live threads of {@code ReadWatchdog}, found by their name. */
    private static Set<Thread> readers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("congvan-reader-") && t.isAlive())
                .collect(Collectors.toSet());
    }
}
