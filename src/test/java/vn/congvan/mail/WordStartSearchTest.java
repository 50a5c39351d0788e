package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The status phrases and blanket sentences found only at their first words, and the sentence breaks found by a loop,
 * are what the regular expressions' own search finds: the same matches, groups and order, on the reply corpus and on
 * random texts made of the phrases' words, digits, punctuation and the characters where word boundaries are subtle.
 */
class WordStartSearchTest {
    private static final String[] PIECES = {"da", "đã", "hoan", "thanh", "hoàn thành", "chua", "thuc", "hien", "dang", "se",
            "tat", "ca", "cac", "toan", "bo", "noi", "dung", "muc", "xong", "nop", "gui", "bao", "cao", "khong", "co", "kho",
            "khan", "tiep", "tuc", "duy", "tri", "du", "kien", "nhung", "con", "lai", "khac", "day", "du", "ba", "hai", "mot",
            "1", "2", "3", "80", "12,5", "%", "/", "-", ",", ".", ";", "!", "?", ":", "(", ")", "_", "²", "\u0301", "x",
            "dax", "xda", "hoanthanh", "tất cả các nội dung", "cả 3 nội dung", "đã hoàn thành", "đầy đủ",
            "các nội dung còn lại", "đều", "ngày 28/8", "28/8/2026", "5 tháng 9", "5 tháng 9 năm 2026", "x28/8", "từ ngày",
            "trước ngày", "chậm nhất", "kể từ", "vào", "28.8.2026", "1-3", "30-9-2026", "/", "\u2028", "\u0085", "\r\n", "\t", "\n", "ngày 28/8", "2/3", "tu", "so", "thu",
            "muc2", "nhiem vu", "yeu cau", "diem", "khoan", "mục", "\n- 1.", "\n(2)", "\n 3:", "\r", "\u2029", "va", "&", "hoac", "den", "•"};

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/replies/corpus"))) {
            for (Path f : files.sorted().toList()) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                texts.add(FoldedText.of(raw));
                texts.add(FoldedText.of(vn.congvan.text.VietnameseText.clean(raw)));
            }
        }
        Random random = new Random(2026);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(30);
            for (int i = 0; i < words; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                int gap = random.nextInt(6);
                b.append(gap < 4 ? " " : gap == 4 ? "  " : "");
            }
            texts.add(random.nextBoolean() ? FoldedText.of(b.toString()) : b.toString());
        }
        return texts;
    }

    private static List<String> matches(Matcher m, boolean kinds) {
        List<String> out = new ArrayList<>();
        out.add(m.start() + "-" + m.end() + ":" + m.group() + (kinds ? " " + ReplyWording.DEFAULT.kindOf(m) : ""));
        for (int g = 1; g <= m.groupCount(); g++) {
            out.add(g + "=" + m.group(g));
        }
        return out;
    }

    private static void sameAsFind(WordStartSearch search, boolean kinds, List<String> texts, int atLeast) {
        int found = 0;
        for (String t : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = search.pattern().matcher(t);
            while (m.find()) {
                expected.addAll(matches(m, kinds));
            }
            List<String> actual = new ArrayList<>();
            WordStartSearch.Search s = search.in(t);
            while (s.find()) {
                actual.addAll(matches(s.matcher(), kinds));
            }
            assertEquals(expected, actual, t);
            found += expected.size();
        }
        assertTrue(found > atLeast, "the texts hold matches: " + found);
    }

    @Test
    void statusPhrasesAreFoundAsFindFindsThem() throws IOException {
        sameAsFind(ComplianceTextParser.STATUS_SEARCH, true, texts(), 10_000);
    }

    @Test
    void blanketSentencesAreFoundAsFindFindsThem() throws IOException {
        sameAsFind(ComplianceTextParser.BLANKET_SEARCH, false, texts(), 1_000);
    }

    @Test
    void daysAreFoundAsFindFindsThem() throws IOException {
        sameAsFind(ComplianceTextParser.DATE_SEARCH, false, texts(), 1_000);
    }

    @Test
    void itemNumbersAreFoundAsFindFindsThem() throws IOException {
        List<String> texts = texts();
        sameAsFind(ComplianceTextParser.LINE_MARKER_SEARCH, false, texts, 1_000);
        sameAsFind(ComplianceTextParser.KEYWORD_MARKER_SEARCH, false, texts, 1_000);
    }

    @Test
    void aPrefixMayRunOnIntoItsWordButNotStartInsideOne() {
        WordStartSearch search = WordStartSearch.byPrefix(Pattern.compile("\\bmuc\\s*\\d"), java.util.Set.of("muc"));
        WordStartSearch.Search s = search.in("muc2, xmuc 3, (muc 4)\nmuc5");
        List<String> found = new ArrayList<>();
        while (s.find()) {
            found.add(s.matcher().group());
        }
        assertEquals(List.of("muc2", "muc 4", "muc5"), found);
        WordStartSearch.Search lines = WordStartSearch.atLineStarts(Pattern.compile("(?m)^\\d\\.")).in("1. a 2. b\r\n3. c\u20294. d");
        found.clear();
        while (lines.find()) {
            found.add(lines.matcher().group());
        }
        assertEquals(List.of("1.", "3.", "4."), found);
    }

    @Test
    void theFirstWordsAreThoseThePhrasesBeginWith() {
        assertTrue(ReplyWording.DEFAULT.statusFirstWords().containsAll(List.of("da", "dang", "chua", "hoan", "se", "thoi", "xoa")));
        assertTrue(ReplyWording.DEFAULT.anyStatusFirstWords().containsAll(List.of("da", "dang", "chua", "hoan", "khong", "lam")));
        // A line starting with "#" is a comment, so a percentage begins a phrase only after an optional word.
        ReplyWording percent = ReplyWording.parse("[IN_PROGRESS]\n[được] #% xong\n[DONE]\n[đã] hoàn tất\n");
        assertEquals(java.util.Set.of(WordStartSearch.DIGITS, "duoc", "da", "hoan"), percent.statusFirstWords());
        WordStartSearch search = new WordStartSearch(percent.status(), percent.statusFirstWords());
        WordStartSearch.Search s = search.in("x 80% xong, duoc 80 % xong; x80% xong da hoan tat");
        List<String> found = new ArrayList<>();
        while (s.find()) {
            found.add(s.matcher().group());
        }
        assertEquals(List.of("80% xong", "duoc 80 % xong", "da hoan tat"), found);
    }

    @Test
    void breaksAreTheMatchesOfThePattern() throws IOException {
        Pattern pattern = ComplianceTextParser.BREAK;
        for (String t : texts()) {
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + (t.charAt(m.start()) != ','));
            }
            List<ComplianceTextParser.Break> found = new ArrayList<>();
            ComplianceTextParser.breaks(t, found);
            assertEquals(expected, found.stream().map(b -> b.start() + "-" + b.end() + b.sentence()).toList(), t);
        }
        List<ComplianceTextParser.Break> end = new ArrayList<>();
        ComplianceTextParser.breaks("xong.\u2028", end);
        assertEquals(1, end.size(), "a full stop before a line separator that ends the text ends a sentence ($)");
    }
}
