package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The table's fold must be the normaliser's, character for character and text for text. */
class FoldTableTest {
    /** Every character the table holds, and others around them that leave it to the normaliser. */
    private static final String ALPHABET;

    static {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < 0x0380; c++) {
            b.append((char) c);
        }
        for (int c = 0x1DF0; c < 0x1F10; c++) {
            b.append((char) c);
        }
        b.append("\u2007\u202F\u200B\uFEFF\u2013\u2014\u201C\u201D…€\uD83D\uDE00\uD840\uDC00Ω");
        ALPHABET = b.toString();
    }

    @Test
    void eachCharacterAloneFoldsAsTheNormaliserFoldsIt() {
        for (int i = 0; i < ALPHABET.length(); i++) {
            String one = String.valueOf(ALPHABET.charAt(i));
            assertEquals(VietnameseText.foldByNormalizer(one), VietnameseText.fold(one), "U+" + Integer.toHexString(one.charAt(0)));
            String inWords = "Ủy ban" + one + "phường" + one + one + " Đức  Thắng" + one;
            assertEquals(VietnameseText.foldByNormalizer(inWords), VietnameseText.fold(inWords), "U+" + Integer.toHexString(one.charAt(0)));
        }
    }

    @Test
    void randomTextsFoldAsTheNormaliserFoldsThem() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                // mostly letters, spaces and marks, which is where the collapsing and the reordering could differ
                int pick = random.nextInt(4);
                b.append(pick == 0 ? ' ' : pick == 1 ? (char) (0x0300 + random.nextInt(0x70))
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            assertEquals(VietnameseText.foldByNormalizer(s), VietnameseText.fold(s), s.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void theReplyCorpusFoldsAsBefore() throws IOException {
        List<Path> mails;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/replies/corpus"))) {
            mails = files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        for (Path mail : mails) {
            // As sent (UTF-8 and Windows-1258 read as UTF-8), composed and decomposed, and line by line.
            String text = new String(Files.readAllBytes(mail), StandardCharsets.UTF_8);
            for (String form : List.of(text, Normalizer.normalize(text, Normalizer.Form.NFD), Normalizer.normalize(text, Normalizer.Form.NFC))) {
                assertEquals(VietnameseText.foldByNormalizer(form), VietnameseText.fold(form), mail.toString());
                for (String line : form.split("\n")) {
                    assertEquals(VietnameseText.foldByNormalizer(line), VietnameseText.fold(line), line);
                }
            }
        }
        assertEquals("uy ban nhan dan phuong duc thang", VietnameseText.fold("  Ủy ban nhân dân — Phường Đức Thắng!"));
    }
}
