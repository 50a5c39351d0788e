package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.Hostile;
import vn.congvan.model.ComplianceStatus;

/** Mail crafted to stop the collection: it is skipped with its reason, the other mail is read, all within 5 s. */
@Tag("hostile")
class HostileMailTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void aMailOfAHundredThousandEmptyPartsIsSkippedAndTheOthersRead(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("01-good.eml"), Fixtures.sample("02-reply-phuthuy-done.eml"));
        // 500 KB of "--b" lines, committed gzipped (874 bytes).
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Hostile.bytes("tram-nghin-phan-rong.eml.gz")))) {
            Files.write(dir.resolve("02-parts.eml"), in.readAllBytes());
        }

        MailBatch batch = assertTimeoutPreemptively(LIMIT, () -> new EmlSource(dir).readAll());
        assertEquals(1, batch.summary().read(), batch.summary().toString());
        assertEquals("Thư có quá nhiều phần MIME (giới hạn 10000 phần), không mở.",
                batch.summary().skipped().get(0).reason());
    }

    @Test
    void aReplyOfNearlyThreeMegabytesOfStatusWordsIsReadInTime() {
        String text = "1. Đã hoàn thành.\n2. " + "đang thực hiện ".repeat(2_800_000 / 15);
        Map<String, ComplianceStatus> statuses = assertTimeoutPreemptively(LIMIT,
                () -> ComplianceTextParser.parse(text, Set.of("1", "2", "3")));
        assertEquals(Map.of("1", ComplianceStatus.DONE, "2", ComplianceStatus.IN_PROGRESS), statuses);
    }

    @Test
    void anHtmlReplyOfFiveThousandHidingRulesAndElementsIsReadInTime() {
        // Classes loaded before the clock runs.
        assertEquals("b", HtmlToText.convert("<style>.a p{display:none}</style><div class=a><p>a</p></div><p>b</p>"));
        StringBuilder html = new StringBuilder("<html><head><style>");
        for (int i = 0; i < 5_000; i++) {
            html.append(".h").append(i).append(" p, #k").append(i).append("{display:none}\n");
        }
        html.append("</style></head><body>");
        for (int i = 0; i < 5_000; i++) {
            html.append("<div class=\"h").append(i).append("\"><p>Đã hoàn thành cả 3 nội dung</p></div>");
        }
        html.append("<p>Nội dung 1: đang thực hiện.</p></body></html>");
        String text = assertTimeoutPreemptively(LIMIT, () -> HtmlToText.convert(html.toString()));
        assertEquals("Nội dung 1: đang thực hiện.", text);
    }

    @Test
    void anHtmlReplyOfAHundredThousandSpansOnOneLineIsReadInTime() {
        assertEquals("a b", HtmlToText.convert("<p><span>a</span> <span>b</span></p>"));
        String html = "<p>Nội dung 1: đã hoàn thành. " + "<span>x</span>".repeat(100_000) + "</p>";
        String text = assertTimeoutPreemptively(LIMIT, () -> HtmlToText.convert(html));
        assertEquals("Nội dung 1: đã hoàn thành. " + "x".repeat(100_000), text);
    }

    @Test
    void aListOfAHundredThousandItemsKeepsItsNumbersAndIsReadInTime() {
        String html = "<ol start=\"3\">" + "<li>đã hoàn thành".repeat(100_000) + "</ol>";
        String[] lines = assertTimeoutPreemptively(LIMIT, () -> HtmlToText.convert(html)).split("\n");
        assertEquals(100_000, lines.length);
        assertEquals("3. đã hoàn thành", lines[0]);
        assertEquals("100002. đã hoàn thành", lines[lines.length - 1]);
    }

    @Test
    void quotesNestedHundredsDeepMakeAtMostTwiceTheTextOfTheirHtml() {
        // jsoup keeps 512 of the 600 levels: each line would carry 1,024 characters of "> " for its one "x".
        String html = "<p>Đã hoàn thành.</p>" + "<blockquote>".repeat(600) + "x<br>".repeat(100_000);
        String text = assertTimeoutPreemptively(LIMIT, () -> HtmlToText.convert(html));
        assertTrue(text.startsWith("Đã hoàn thành.\n> > > "), text.substring(0, 40));
        assertTrue(text.length() <= 2 * html.length(), text.length() + " characters of text from " + html.length() + " of HTML");
        assertEquals(Map.of("1", ComplianceStatus.DONE), ComplianceTextParser.parse(text, Set.of("1")));
    }

    @Test
    void statusTablesNestedAHundredDeepAreReadInTimeEachRowOnce() {
        String header = "<tr><th>STT</th><th>Nội dung</th><th>Kết quả</th></tr>";
        String row = "<tr><td>1</td><td>Phổ biến</td><td>Đã hoàn thành</td></tr>";
        // Each level's result cell holds the next table: read cell by cell, every level would read all below it again.
        String html = ("<table>" + header + "<tr><td>2</td><td>Rà soát</td><td>") .repeat(150)
                + "<table>" + header + row.repeat(20_000) + "</table>" + "</td></tr></table>".repeat(150);
        String text = assertTimeoutPreemptively(LIMIT, () -> HtmlToText.convert(html));
        assertEquals(20_000, text.lines().filter("1. Phổ biến : Đã hoàn thành"::equals).count());
        assertTrue(text.length() <= 2 * html.length(), text.length() + " characters of text from " + html.length() + " of HTML");
    }
}
