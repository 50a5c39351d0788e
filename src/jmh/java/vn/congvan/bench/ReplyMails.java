package vn.congvan.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Reply mails for measuring collect, made from the reply corpus ({@code src/test/resources/replies/corpus}): the
 * i-th mail is corpus mail i mod 51 (plain, HTML, a .docx report, auto-replies, receipts, bounces, forwards,
 * phishing) written as if another unit had sent it: that unit's address in From and wherever the corpus mail
 * named its own unit's address, the Message-ID that unit was sent in In-Reply-To/References, and a Message-ID of
 * its own. Made in memory one at a time, so a run of any length costs no disk beyond what is written.
 */
final class ReplyMails {
    /** A unit the seed was sent to: its address and the Message-ID of the mail it got. */
    record Recipient(String email, String sentId) {
    }

    private record Template(String name, String text, Recipient from) {
    }

    /** Outlook's form of boundary, 44 characters. */
    private static final String BOUNDARY = "_004_SG2PR01MB2583F1A4C2B7D96E5E3C0A41C8E92SG2";

    private final List<Template> templates = new ArrayList<>();
    private final List<Recipient> recipients;

    /**
     * @param corpus     the corpus folder
     * @param recipients every unit the seed was sent to, with the Message-ID it got (as the demo sends it, so
     *                   the corpus quotes those ids)
     */
    ReplyMails(Path corpus, List<Recipient> recipients) throws IOException {
        this.recipients = List.copyOf(recipients);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
        for (Path f : files) {
            // ISO-8859-1 maps every byte to one char and back, so 8bit and windows-1258 bodies survive untouched.
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            Recipient own = recipients.stream().filter(r -> text.contains(r.sentId())).findFirst()
                    .orElseGet(() -> recipients.stream().filter(r -> text.contains(r.email())).findFirst().orElse(null));
            templates.add(new Template(f.getFileName().toString(), text, own));
        }
    }

    int templateCount() {
        return templates.size();
    }

    /** The i-th mail (from 0). */
    byte[] mail(int i) {
        Template t = templates.get(i % templates.size());
        Recipient to = recipients.get((i / templates.size() + i) % recipients.size());
        String text = t.text();
        if (t.from() != null) {
            text = text.replace(t.from().sentId(), to.sentId()).replace(t.from().email(), to.email());
        }
        text = withMessageId(text, "<bench." + i + "." + t.name().substring(0, 2) + "@" + domainOf(to.email()) + ">");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Writes mails 0 … count-1 as numbered .eml files into {@code folder}. */
    void writeFolder(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.write(folder.resolve(String.format("%06d.eml", i)), mail(i));
        }
    }

    /** Writes mails 0 … count-1 into one mbox file (mboxrd: a body line "From " gets a ">"). */
    void writeMbox(Path file, int count) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                writeMboxEntry(out, mail(i));
            }
        }
    }

    static void writeMboxEntry(OutputStream out, byte[] mail) throws IOException {
        out.write("From bench@collect.example Thu Aug 29 08:00:00 2019\n".getBytes(StandardCharsets.US_ASCII));
        int start = 0;
        for (int i = 0; i <= mail.length; i++) {
            if (i == mail.length || mail[i] == '\n') {
                int end = Math.min(i + 1, mail.length);
                if (startsWithFrom(mail, start)) {
                    out.write('>');
                }
                out.write(mail, start, end - start);
                start = end;
            }
        }
        if (mail.length > 0 && mail[mail.length - 1] != '\n') {
            out.write('\n');
        }
        out.write('\n');
    }

    private static boolean startsWithFrom(byte[] b, int at) {
        int i = at;
        while (i < b.length && b[i] == '>') {
            i++;
        }
        return i + 5 <= b.length && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm' && b[i + 4] == ' ';
    }

    /**
     * Writes {@code count} replies, each with an attachment of {@code attachmentBytes} (a photo of the work done, as
     * units send), as one mbox onto {@code out}, made as it is written: nothing of the size of a mail is held.
     * Every {@code distinct}-th mail repeats the same bytes (same Message-ID, same content), so the ledger, which
     * keeps each mail it records once, stays the size of {@code distinct} mails; each is still read in full.
     */
    void writeLargeMbox(OutputStream out, int count, int distinct, int attachmentBytes) throws IOException {
        // Base64 of 57 bytes is one 76-character line: a block of whole lines repeats into a valid body.
        int lineBytes = 57;
        int blockLines = 13_797;
        byte[] block = new byte[lineBytes * blockLines];
        new Random(13).nextBytes(block);
        byte[] encodedBlock = mime(block);
        int blocks = attachmentBytes / block.length;
        byte[] tail = new byte[attachmentBytes - blocks * block.length];
        System.arraycopy(block, 0, tail, 0, tail.length);
        byte[] encodedTail = mime(tail);
        for (int i = 0; i < count; i++) {
            int n = i % distinct;
            Recipient to = recipients.get(n % recipients.size());
            String head = "From bench@collect.example Thu Aug 29 08:00:00 2019\n"
                    + "From: <" + to.email() + ">\r\n"
                    + "To: <vanphong@phanthiet.example>\r\n"
                    + "Subject: Re: [6174/UBND-VX] V/v bao cao\r\n"
                    + "Date: Fri, 23 Aug 2019 16:45:12 +0700\r\n"
                    + "Message-ID: <bench.large." + n + "@" + domainOf(to.email()) + ">\r\n"
                    + "In-Reply-To: " + to.sentId() + "\r\n"
                    + "References: " + to.sentId() + "\r\n"
                    + "MIME-Version: 1.0\r\n"
                    // A boundary as long as mail programs make them: the multipart parser's steps are its length.
                    + "Content-Type: multipart/mixed; boundary=\"" + BOUNDARY + "\"\r\n\r\n"
                    + "--" + BOUNDARY + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    + "Kính gửi Văn phòng, đơn vị đã thực hiện xong cả 3 nội dung của công văn. Ảnh hiện trường đính kèm.\r\n"
                    + "--" + BOUNDARY + "\r\nContent-Type: image/jpeg; name=\"anh-hien-truong-" + n + ".jpg\"\r\n"
                    + "Content-Disposition: attachment; filename=\"anh-hien-truong-" + n + ".jpg\"\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (int b = 0; b < blocks; b++) {
                out.write(encodedBlock);
            }
            out.write(encodedTail);
            out.write(("--" + BOUNDARY + "--\r\n\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** MIME base64 (76-character lines, CRLF), ending with a line end. */
    private static byte[] mime(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(data.length * 4 / 3 + data.length / 20 + 4);
        try (OutputStream enc = Base64.getMimeEncoder().wrap(new FilterOutputStream(b) {
            @Override
            public void close() {
                // keep b open: its bytes are read below
            }
        })) {
            enc.write(data);
        }
        b.write('\r');
        b.write('\n');
        return b.toByteArray();
    }

    private static String withMessageId(String mail, String id) {
        int headerEnd = mail.indexOf("\r\n\r\n");
        String header = mail.substring(0, headerEnd < 0 ? mail.length() : headerEnd);
        String rest = mail.substring(header.length());
        StringBuilder out = new StringBuilder(mail.length() + 64);
        boolean replaced = false;
        for (String line : header.split("\r\n", -1)) {
            if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                line = "Message-ID: " + id;
                replaced = true;
            }
            out.append(line).append("\r\n");
        }
        out.setLength(out.length() - 2);
        return (replaced ? "" : "Message-ID: " + id + "\r\n") + out + rest;
    }

    private static String domainOf(String email) {
        return email.substring(email.indexOf('@') + 1);
    }
}
