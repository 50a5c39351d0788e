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
    void aListOfFortyThousandItemsKeepsItsNumbersAndIsReadInTime() {
        String html = "<ol start=\"3\">" + "<li>đã hoàn thành".repeat(40_000) + "</ol>";
        String[] lines = assertTimeoutPreemptively(LIMIT, () -> HtmlToText.convert(html)).split("\n");
        assertEquals(40_000, lines.length);
        assertEquals("3. đã hoàn thành", lines[0]);
        assertEquals("40002. đã hoàn thành", lines[lines.length - 1]);
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

    /** A reply from Phú Thủy of {@code html} as its only body, written to {@code file} without holding it twice. */
    private static void htmlReply(Path file, String html) throws Exception {
        Files.writeString(file, "From: Van thu Phu Thuy <vanthu@phuthuy.phanthiet.example>\r\nTo: vanphong@phanthiet.example\r\n"
                + "Subject: Re: 6174/UBND-VX\r\nMessage-ID: <" + file.getFileName() + "@phuthuy.phanthiet.example>\r\n"
                + "Date: Tue, 27 Aug 2019 09:00:00 +0700\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + html + "\r\n");
    }

    @Test
    void anHtmlBodyOfMoreTagsThanTheLimitIsSkippedAndTheOthersRead(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("01-good.eml"), Fixtures.sample("02-reply-phuthuy-done.eml"));
        // 2.4 MB: jsoup would make 600,000 elements and text nodes of it.
        htmlReply(dir.resolve("02-tags.eml"), "<p>a</p>".repeat(300_000));
        htmlReply(dir.resolve("03-enough.eml"), "<p>Nội dung 1: đã hoàn thành.</p>" + "<p>a</p>".repeat(200_000));

        MailBatch batch = assertTimeoutPreemptively(LIMIT, () -> new EmlSource(dir).readAll());
        assertEquals(2, batch.summary().read(), batch.summary().toString());
        assertEquals("02-tags.eml", batch.summary().skipped().get(0).position());
        assertEquals("Phần HTML của thư có quá nhiều thẻ (giới hạn 500.000 thẻ), không mở.",
                batch.summary().skipped().get(0).reason());
    }

    @Test
    void aMailsTextIsReadUpToAMillionCharacters(@TempDir Path dir) throws Exception {
        String paragraph = "Nội dung 1: đã hoàn thành. ".repeat(150_000);
        htmlReply(dir.resolve("01-html.eml"), "<p>" + paragraph + "</p>");
        Files.writeString(dir.resolve("02-plain.eml"), Files.readString(dir.resolve("01-html.eml"))
                .replace("text/html", "text/plain").replace("<p>", "").replace("</p>", ""));

        MailBatch batch = new EmlSource(dir).readAll();
        assertEquals(2, batch.mails().size(), batch.summary().toString());
        for (IncomingMail mail : batch.mails()) {
            // Cut with "…", no space before it.
            assertTrue(mail.text().length() > 999_990 && mail.text().length() <= 1_000_000, mail.position() + ": " + mail.text().length());
            assertTrue(mail.text().startsWith("Nội dung 1: đã hoàn thành. Nội dung 1"), mail.position());
            assertTrue(mail.text().endsWith("…"), mail.position());
        }
    }

    @Test
    void aMailTooLargeForTheHeapIsSkippedAndTheOthersRead(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("01-good.eml"), Fixtures.sample("02-reply-phuthuy-done.eml"));
        // 60 MB of text in one paragraph, within the 64 MB a mail may weigh: decoded and parsed, it needs more than
        // the 256 MB this test runs in. Written in pieces, so that only the reader holds it whole.
        Path huge = dir.resolve("02-huge.eml");
        htmlReply(huge, "<p>");
        byte[] piece = "Nội dung 1: đã hoàn thành. ".repeat(40_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (long written = 0; written < 60L * 1024 * 1024; written += piece.length) {
            Files.write(huge, piece, java.nio.file.StandardOpenOption.APPEND);
        }
        Files.write(dir.resolve("03-good.eml"), Fixtures.sample("02-reply-phuthuy-done.eml"));

        MailBatch batch = new EmlSource(dir).readAll();
        assertEquals(2, batch.summary().read(), batch.summary().toString());
        assertEquals("02-huge.eml", batch.summary().skipped().get(0).position());
        assertEquals("Thư quá lớn để đọc với bộ nhớ hiện có của chương trình, không mở.",
                batch.summary().skipped().get(0).reason());
    }
}
