package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Untrusted;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken, oversized and hostile mails are skipped with a reason; the rest of the batch is read. */
class MalformedMailTest {
    private static final long KB = 1024;
    /** Small limits so the test stays light; the checks are the same at 25 MB. */
    private static final InputLimits LIMITS = new InputLimits(2048 * KB, 100 * KB, 5 * 1024 * KB, 100, 10_000);

    @TempDir
    Path dir;

    @BeforeEach
    void writeMails() throws Exception {
        Files.write(dir.resolve("01-good.eml"), Fixtures.sample("02-reply-phuthuy-done.eml"));
        Files.writeString(dir.resolve("02-broken-mime.eml"), """
                From: phutai@phanthiet.example
                Subject: bao cao
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="ranh-gioi"

                Không có ranh giới nào ở đây, thư bị cắt cụt khi chuyển.
                """, StandardCharsets.UTF_8);
        Files.write(dir.resolve("03-bad-charset.eml"), ("""
                From: lacdao@phanthiet.example
                Subject: bao cao 6174/UBND-VX
                MIME-Version: 1.0
                Content-Type: text/plain; charset="x-vni-windows"
                Content-Transfer-Encoding: 8bit

                """).getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("04-oversized.eml"), withAttachment("hunglong@phanthiet.example", "Ảnh chụp.jpg", "image/jpeg",
                randomBytes(150 * (int) KB)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("05-zip-bomb.eml"), withAttachment("duclong@phanthiet.example", "report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zipOfZeros(60 * 1024 * 1024)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("06-good-docx.eml"), withAttachment("muine@phanthiet.example", "Báo cáo.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SMALL_DOCX), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("07-fake-docx.eml"), withAttachment("hamtien@phanthiet.example", "bao-cao.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "đây là văn bản thường đổi đuôi thành .docx".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("08-huge-unpacked.eml"), withAttachment("xuanan@phanthiet.example", "so-lieu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sparseZip(6 * 1024)), StandardCharsets.UTF_8);
    }

    @Test
    void emlFolderSkipsEachBadMailWithItsReason() throws Exception {
        MailBatch batch = new EmlSource(dir, LIMITS).readAll();
        assertReasons(batch, "02-broken-mime.eml", "03-bad-charset.eml", "04-oversized.eml", "05-zip-bomb.eml",
                "07-fake-docx.eml", "08-huge-unpacked.eml");
    }

    @Test
    void aSubjectOrNameOfAHundredThousandCharactersIsCutAndAnAddressLongerThanAnyIsNone() throws Exception {
        String name = "Uy ban nhan dan ".repeat(6_250);
        String subject = "Re: 6174/UBND-VX bao cao ".repeat(4_000);
        String raw = "From: \"" + name + "\" <phuthuy@phanthiet.example>\nSubject: " + subject
                + "\nMessage-ID: <dai@phanthiet.example>\n\nDa thuc hien.\n";
        IncomingMail mail = parse(raw);
        // Every line about the mail prints these: cut, while the mail as received is kept whole.
        assertCut(subject, mail.subject());
        assertCut(name, mail.fromName());
        assertEquals("phuthuy@phanthiet.example", mail.fromAddress());
        assertEquals(raw.length(), mail.raw().length);

        IncomingMail tooLong = parse("From: " + "c".repeat(300) + "@phanthiet.example\nSubject: 6174/UBND-VX\n\nDa thuc hien.\n");
        assertNull(tooLong.fromAddress());

        // A mail forwarded inline: its header lines are the body's, and as free.
        String forwarded = "Subject: Fwd: 6174/UBND-VX\nFrom: vanthu@phanthiet.example\n\n---------- Forwarded message ---------\n"
                + "From: " + name + " <phuthuy@phanthiet.example>\nDate: Fri, 23 Aug 2019 09:00:00 +0700\nSubject: " + subject
                + "\nTo: vanthu@phanthiet.example\n\nDa thuc hien.\n";
        IncomingMail inner = ForwardedMail.in(parse(forwarded)).orElseThrow();
        assertCut(subject, inner.subject());
        assertCut(name, inner.fromName());
        assertEquals("phuthuy@phanthiet.example", inner.fromAddress());
        String fromTooLong = forwarded.replace(name + " <phuthuy@", "<" + "c".repeat(300) + "@");
        assertEquals(Optional.empty(), ForwardedMail.in(parse(fromTooLong)));
    }

    private static IncomingMail parse(String raw) throws UnreadableMail {
        return new IncomingMailParser(InputLimits.DEFAULT).parse(raw.getBytes(StandardCharsets.US_ASCII), "thu.eml", null);
    }

    private static void assertCut(String whole, String kept) {
        assertTrue(kept.length() <= Untrusted.HEADER_CHARS, kept.length() + " characters");
        assertTrue(kept.endsWith("…"), kept);
        assertTrue(whole.startsWith(kept.substring(0, kept.length() - 1)), kept);
        assertTrue(kept.length() > Untrusted.HEADER_CHARS - 20, kept.length() + " characters");
    }

    @Test
    void mboxSkipsEachBadMailAndReadsOn() throws Exception {
        Path mbox = dir.resolve("hop-thu.mbox");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                out.write("From MAILER-DAEMON Thu Aug 29 08:00:00 2019\n".getBytes(StandardCharsets.US_ASCII));
                out.write(Files.readAllBytes(p));
                out.write("\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        Files.write(mbox, out.toByteArray());
        MailBatch batch = new MboxSource(mbox, LIMITS).readAll();
        assertReasons(batch, "thư thứ 2", "thư thứ 3", "thư thứ 4", "thư thứ 5", "thư thứ 7", "thư thứ 8");
    }

    @Test
    void aMailOverTheMessageLimitIsNotEvenRead() throws Exception {
        InputLimits tiny = new InputLimits(4 * KB, 100 * KB, 20 * 1024 * KB, 100, 10_000);
        MailBatch batch = new EmlSource(dir.resolve("04-oversized.eml"), tiny).readAll();
        assertEquals(0, batch.summary().read());
        assertTrue(batch.summary().skipped().get(0).reason().startsWith("Thư quá lớn"), batch.summary().toString());
    }

    @Test
    void theZipBombIsRefusedAtTheDefaultLimitsToo() throws Exception {
        MailBatch batch = new EmlSource(dir.resolve("05-zip-bomb.eml")).readAll();
        assertEquals(0, batch.summary().read());
        assertEquals("Tệp đính kèm \"report.docx\" giải nén ra lớn gấp hơn 100 lần: có thể là \"bom nén\" giả dạng tệp văn bản, không mở.",
                batch.summary().skipped().get(0).reason());
    }

    @Test
    void anAttachmentWhoseBase64IsOverTheLimitButItsBytesAreNotIsRead() throws Exception {
        // 90 KB encode to 122 KB: past the 100 KB limit as sent, under it as decoded, so it is measured and then read.
        byte[] photo = randomBytes(90 * (int) KB);
        Path eml = dir.resolve("anh.eml");
        Files.writeString(eml, withAttachment("phutai@phanthiet.example", "Ảnh hiện trường.jpg", "image/jpeg", photo), StandardCharsets.UTF_8);
        MailBatch batch = new EmlSource(eml, LIMITS).readAll();
        assertEquals(List.of(), batch.summary().skipped());
        assertArrayEquals(photo, batch.mails().get(0).attachments().get(0).content());
    }

    @Test
    void anMboxIsReadFromANamedPipeAsItIsWritten() throws Exception {
        Path pipe = dir.resolve("hop-thu.mbox");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "mkfifo");
        byte[] good = Fixtures.sample("02-reply-phuthuy-done.eml");
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(pipe)) {
                for (int i = 0; i < 3; i++) {
                    out.write("From MAILER-DAEMON Thu Aug 29 08:00:00 2019\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(good);
                    out.write("\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        MailBatch batch = new MboxSource(pipe, LIMITS).readAll();
        writer.join(30_000);
        assertEquals(3, batch.summary().read(), batch.summary().toString());
        assertEquals(List.of("phuthuy@phanthiet.example", "phuthuy@phanthiet.example", "phuthuy@phanthiet.example"),
                batch.mails().stream().map(IncomingMail::fromAddress).toList());
    }

    private static void assertReasons(MailBatch batch, String broken, String charset, String oversized, String bomb,
                                      String fake, String unpacked) {
        assertTrue(batch.summary().complete());
        assertEquals(2, batch.summary().read(), batch.summary().toString());
        assertEquals("phuthuy@phanthiet.example", batch.mails().get(0).fromAddress());
        IncomingMail docx = batch.mails().get(1);
        assertEquals("Báo cáo.docx", docx.attachments().get(0).fileName());
        assertArrayEqualsDocx(docx.attachments().get(0).content());

        Map<String, String> reasons = new TreeMap<>();
        batch.summary().skipped().forEach(s -> reasons.put(s.position(), s.reason()));
        assertEquals(6, reasons.size(), reasons.toString());
        assertTrue(reason(reasons, broken).startsWith("Cấu trúc MIME của thư bị hỏng"), reasons.toString());
        assertEquals("Thư dùng bảng mã ký tự \"x-vni-windows\" không được hỗ trợ.", reason(reasons, charset));
        assertEquals("Tệp đính kèm \"Ảnh chụp.jpg\" lớn hơn giới hạn 100 KB.", reason(reasons, oversized));
        assertTrue(reason(reasons, bomb).startsWith("Tệp đính kèm \"report.docx\" giải nén ra lớn gấp hơn 100 lần"), reason(reasons, bomb));
        assertTrue(reason(reasons, fake).startsWith("Tệp đính kèm \"bao-cao.docx\" không đúng định dạng"), reason(reasons, fake));
        assertTrue(reason(reasons, unpacked).startsWith("Tệp đính kèm \"so-lieu.xlsx\" khi giải nén vượt quá 5 MB"), reason(reasons, unpacked));
    }

    private static String reason(Map<String, String> reasons, String positionPart) {
        return reasons.entrySet().stream().filter(e -> e.getKey().contains(positionPart)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(positionPart + " not skipped: " + reasons));
    }

    private static void assertArrayEqualsDocx(byte[] content) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(SMALL_DOCX, content);
    }

    private static final byte[] SMALL_DOCX = smallDocx();

    private static String withAttachment(String from, String name, String type, byte[] content) {
        String encodedName = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "From: " + from + "\nTo: vanphong@phanthiet.example\nSubject: bao cao 6174/UBND-VX\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "Gửi báo cáo đính kèm.\n--b1\nContent-Type: " + type + "\nContent-Transfer-Encoding: base64\n"
                + "Content-Disposition: attachment; filename*=UTF-8''" + encodedName + "\n\n"
                + Base64.getMimeEncoder().encodeToString(content) + "\n--b1--\n";
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(6174).nextBytes(b);
        return b;
    }

    private static byte[] zipOfZeros(int size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < size / zeros.length; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    /** A sheet of mostly empty cells: compresses about 75 times, well under the ratio limit, but unpacks past 5 MB. */
    static byte[] sparseZip(int kilobytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(6174);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = new byte[1024];
            for (int i = 0; i < kilobytes; i++) {
                java.util.Arrays.fill(chunk, (byte) ' ');
                for (int j = 0; j < 4; j++) {
                    chunk[random.nextInt(chunk.length)] = (byte) ('a' + random.nextInt(26));
                }
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }

    private static byte[] smallDocx() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                        .getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<w:document><w:body><w:p><w:r><w:t>1. Đã hoàn thành</w:t></w:r></w:p></w:body></w:document>"
                        .getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
