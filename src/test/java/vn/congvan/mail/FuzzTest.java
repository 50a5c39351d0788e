package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.ingest.DocumentReader;
import vn.congvan.ingest.InputLimits;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.MarkdownWriter;
import vn.congvan.render.PdfWriter;

/**
 * Seeded mutation fuzzing of every reader of what arrives from outside: the seed dispatch as .txt, .md,
 * .docx, .pdf and Word 97 .doc through {@link DispatchReader}, the sample mails through {@link IncomingMailParser} and
 * {@link ReplyClassifier}. Every damaged input ends in a result or a refusal (an {@link InputException}
 * of one line naming the file, or the mail parser's {@link UnreadableMail}), never another exception or an
 * Error, and within 10 s. {@code mvn verify} runs a few hundred inputs per reader; more with
 * {@code -Dcongvan.fuzz.runs=10000}, another sequence with {@code -Dcongvan.fuzz.seed=N}. A failing input is
 * written to {@code target/fuzz-failures/} with the seed and index that make it again.
 */
@Tag("hostile")
class FuzzTest {
    private static final long SEED = Long.getLong("congvan.fuzz.seed", 20261201L);
    private static final int RUNS = Integer.getInteger("congvan.fuzz.runs", 300);
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final Path FAILURES = Path.of("target", "fuzz-failures");

    private record Seed(String name, byte[] content) {
        String extension() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    private static final List<Seed> DISPATCHES = new ArrayList<>();
    private static final List<Seed> MAILS = new ArrayList<>();

    @BeforeAll
    static void seeds() throws IOException {
        Path txt = Fixtures.SEED_FILE;
        OfficialDocument seed = new DocumentReader().read(txt);
        DISPATCHES.add(new Seed("cong-van.txt", Files.readAllBytes(txt)));
        DISPATCHES.add(new Seed("cong-van.md", new MarkdownWriter().write(seed).getBytes(StandardCharsets.UTF_8)));
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        new DocxWriter().write(seed, docx);
        DISPATCHES.add(new Seed("cong-van.docx", docx.toByteArray()));
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        new PdfWriter().write(seed, pdf);
        DISPATCHES.add(new Seed("cong-van.pdf", pdf.toByteArray()));
        // Word 97, made once by LibreOffice from our .docx (no writer of ours makes one); see src/test/resources/hostile/README.md.
        try (var doc = FuzzTest.class.getResourceAsStream("/dispatches/cong-van-word97.doc")) {
            DISPATCHES.add(new Seed("cong-van.doc", doc.readAllBytes()));
        }
        for (String name : Fixtures.sampleNames()) {
            MAILS.add(new Seed(name, Fixtures.sample(name)));
        }
        // Classes loaded once before any clock runs, so the seeds are judged on their own reading time.
        for (Seed s : DISPATCHES) {
            try {
                new DispatchReader().read(s.name(), s.content());
            } catch (InputException warmingUp) {
                // judged below
            }
        }
        // The seeds themselves are read: a harness whose seeds are refused tests nothing.
        for (Seed s : DISPATCHES) {
            assertNotNull(new DispatchReader().read(s.name(), s.content()), s.name());
        }
    }

    @Test
    void everyDamagedDispatchFileIsReadOrRefusedInOneLine() {
        DispatchReader reader = new DispatchReader();
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Seed seed = DISPATCHES.get(i % DISPATCHES.size());
            byte[] input = mutate(seed, i);
            String name = "fuzz-" + i + "." + seed.extension();
            try {
                boolean read = assertTimeoutPreemptively(PER_INPUT, () -> {
                    try {
                        reader.read(name, input);
                        return true;
                    } catch (InputException e) {
                        String message = e.getMessage();
                        if (message == null || !message.contains(name) || message.contains("\n")) {
                            throw new AssertionError("not one line naming the file: " + message, e);
                        }
                        return false;
                    }
                });
                refused += read ? 0 : 1;
            } catch (Throwable t) {
                failures.add(failure(name, input, i, t));
            }
        }
        System.out.printf("fuzz dispatches: seed %d, %d inputs, %d refused%n", SEED, RUNS, refused);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(refused < RUNS, "every input refused: the mutations never reach the parser");
    }

    @Test
    void everyDamagedMailIsClassifiedOrSkipped() {
        IncomingMailParser parser = new IncomingMailParser(InputLimits.DEFAULT);
        ReplyClassifier classifier = new ReplyClassifier(Set.of(Fixtures.DOMAIN));
        KnownDispatches known = Fixtures.known();
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Seed seed = MAILS.get(i % MAILS.size());
            byte[] input = mutate(seed, i);
            String name = "fuzz-" + i + "-" + seed.name();
            try {
                boolean read = assertTimeoutPreemptively(PER_INPUT, () -> {
                    IncomingMail mail;
                    try {
                        mail = parser.parse(input, name, null);
                    } catch (UnreadableMail e) {
                        return false;
                    }
                    assertNotNull(classifier.classify(mail, known));
                    return true;
                });
                skipped += read ? 0 : 1;
            } catch (Throwable t) {
                failures.add(failure(name, input, i, t));
            }
        }
        System.out.printf("fuzz mails: seed %d, %d inputs, %d skipped%n", SEED, RUNS, skipped);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(skipped < RUNS, "every mail skipped: the mutations never reach the classifier");
    }

    @Test
    void theSameSeedAndIndexMakeTheSameInputAgain() {
        for (Seed seed : DISPATCHES) {
            for (int i = 0; i < 20; i++) {
                assertArrayEquals(mutate(seed, i), mutate(seed, i), seed.name() + " input " + i);
            }
            assertFalse(Arrays.equals(seed.content(), mutate(seed, 0)), seed.name());
        }
    }

    /** Input {@code index} of the run with {@link #SEED}: the same seed and index always give the same bytes. */
    private static byte[] mutate(Seed seed, int index) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + index);
        Mutator mutator = new Mutator(random);
        List<Seed> family = seed.name().endsWith(".eml") ? MAILS : DISPATCHES;
        byte[] partner = family.get(random.nextInt(family.size())).content();
        if (seed.extension().equals("docx") && random.nextBoolean()) {
            return mutator.mutateZipEntry(seed.content());
        }
        return mutator.mutate(seed.content(), partner);
    }

    /** Writes the failing input to {@link #FAILURES} and says how to make it again. */
    private static String failure(String name, byte[] input, int index, Throwable t) {
        try {
            Files.createDirectories(FAILURES);
            Path file = Files.write(FAILURES.resolve("seed" + SEED + "-" + name), input);
            String failure = "input " + index + " of -Dcongvan.fuzz.seed=" + SEED + " (written to " + file + ") ended in " + t;
            System.out.println(failure);
            t.printStackTrace(System.out);
            return failure;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
