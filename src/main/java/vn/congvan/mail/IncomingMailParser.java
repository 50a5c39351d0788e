package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.ingest.UnpackGuard;
import vn.congvan.ingest.UnpackRefused;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseText;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the raw bytes of one mail into an {@link IncomingMail}, or says in Vietnamese why it will not. */
final class IncomingMailParser {
    private static final Messages MESSAGES = Messages.of(IncomingMailParser.class);
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Session SESSION;
    /** Subjects of out-of-office answers, as Outlook, Gmail and Zimbra write them in Vietnamese and English. */
    private static final Pattern AUTOMATIC_SUBJECT = Pattern.compile("^\\s*(?:(?:re|tl|aw)\\s*:\\s*)*(?:tra loi tu dong|"
            + "tu dong tra loi|thu tra loi tu dong|automatic reply|auto reply|autoreply|auto(?=\\s*:)|out of office|vang mat|"
            + "thong bao vang mat)(?![\\p{L}\\p{N}])");

    static {
        Properties p = new Properties();
        p.put("mail.mime.address.strict", "false");
        // Jakarta Mail reads mail.mime.decodefilename only as a System property: see fileName(Part).
        // Some webmail sends raw UTF-8 headers (RFC 6532); read them as UTF-8, not Latin-1.
        p.put("mail.mime.allowutf8", "true");
        SESSION = Session.getInstance(p);
        StreamProviderPin.pin();
    }

    /**
     * A file nothing reads (not text, a mail or a document) is held up to this size; a larger one is only hashed
     * and measured: a 20 MB photo would otherwise take 20 MB more for each mail in flight.
     */
    static final long HELD_BYTES = 1024 * 1024;

    private final InputLimits limits;

    IncomingMailParser(InputLimits limits) {
        this.limits = limits;
    }

    IncomingMail parse(byte[] raw, String position, Instant receivedDate) throws UnreadableMail {
        if (raw.length > limits.maxMessageBytes()) {
            throw tooLarge(raw.length);
        }
        if (boundaryLines(raw) > limits.maxParts()) {
            throw new UnreadableMail(MESSAGES.get("read.tooManyParts", Integer.toString(limits.maxParts())));
        }
        try {
            // A shared stream: the message and its parts read from raw itself rather than each from a copy of it.
            MimeMessage m = new MimeMessage(SESSION, new PlacedBytes(raw));
            List<String> plain = new ArrayList<>();
            List<String> html = new ArrayList<>();
            List<Attachment> attachments = new ArrayList<>();
            walk(m, plain, html, attachments, 0);
            String htmlBody = html.isEmpty() ? null : String.join("\n", html);
            // A status table survives only in the HTML: Outlook's plain alternative puts each cell on a line of its own.
            // HTML with neither a table nor a link beside a plain part gives nothing the plain part does not: not parsed.
            HtmlToText.Parsed parsed = htmlBody == null || !plain.isEmpty() && !HtmlToText.mayHoldLinkOrTable(htmlBody) ? null
                    : HtmlToText.parsed(withinTags(htmlBody));
            String text = parsed != null && (plain.isEmpty() || parsed.hasStatusTable()) ? parsed.text()
                    : VietnameseText.clean(VietnameseText.cut(String.join("\n\n", plain), InputLimits.MAIL_TEXT_CHARS)).strip();
            InternetAddress from = from(m);
            String subject = subject(m);
            // Everything printed or stored is cleaned of control characters here, where it enters.
            return new IncomingMail(Untrusted.line(position), messageId(m), address(from),
                    from == null || from.getPersonal() == null ? null : Untrusted.header(from.getPersonal()),
                    subject, instant(m.getSentDate()), receivedDate,
                    ids(m.getHeader("In-Reply-To", " ")).stream().findFirst().orElse(null),
                    ids(m.getHeader("References", " ")), text, htmlBody, attachments, reportType(m), automatic(m, subject),
                    ContentHash.of(raw), raw, parsed == null ? List.of() : parsed.links());
        } catch (MessagingException | RuntimeException e) {
            throw new UnreadableMail(MESSAGES.get("read.brokenMime", describe(e)), e);
        } catch (IOException e) {
            throw new UnreadableMail(MESSAGES.get("read.badEncoding", describe(e)), e);
        }
    }

    /** {@code html}, when it has at most {@link InputLimits#HTML_TAGS} tags to parse ("&lt;" counted: linear, no parse). */
    private static String withinTags(String html) throws UnreadableMail {
        int tags = 0;
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            if (++tags > InputLimits.HTML_TAGS) {
                throw new UnreadableMail(MESSAGES.get("read.tooManyTags", InputLimits.HTML_TAGS));
            }
        }
        return html;
    }

    /**
     * Lines that start with "--": every MIME boundary is one, so this bounds the parts from above before
     * Jakarta Mail builds any (a mail of 100,000 empty parts held up the whole collection). Linear.
     */
    private static int boundaryLines(byte[] raw) {
        int lines = raw.length > 1 && raw[0] == '-' && raw[1] == '-' ? 1 : 0;
        for (int lf = ByteScan.indexOf(raw, (byte) '\n', 0, raw.length); lf >= 0 && lf + 2 < raw.length;
                lf = ByteScan.indexOf(raw, (byte) '\n', lf + 1, raw.length)) {
            if (raw[lf + 1] == '-' && raw[lf + 2] == '-') {
                lines++;
            }
        }
        return lines;
    }

    private void walk(Part p, List<String> plain, List<String> html, List<Attachment> attachments, int depth)
            throws MessagingException, IOException, UnreadableMail {
        ContentType contentType = new ContentType(p.getContentType());
        String type = contentType.getBaseType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            if (depth >= limits.maxDepth()) {
                throw new UnreadableMail(MESSAGES.get("read.tooDeep", Integer.toString(limits.maxDepth())));
            }
            Object content = p.getContent();
            if (!(content instanceof Multipart mp)) {
                throw new MessagingException("multipart without parts");
            }
            for (int i = 0; i < mp.getCount(); i++) {
                walk(mp.getBodyPart(i), plain, html, attachments, depth + 1);
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || fileName(p) != null;
        if (!attached && type.equals("text/plain")) {
            plain.add(text(p, contentType));
        } else if (!attached && type.equals("text/html")) {
            html.add(text(p, contentType));
        } else {
            attachments.add(attachment(p, type));
        }
    }

    private String text(Part p, ContentType contentType) throws MessagingException, IOException, UnreadableMail {
        String declared = contentType.getParameter("charset");
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null && !declared.isBlank()) {
            try {
                charset = Charset.forName(MimeUtility.javaCharset(declared.strip()));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnreadableMail(MESSAGES.get("read.badCharset", declared));
            }
        }
        // (a part read from the mail's bytes is no longer than the mail, which is within the limit: so is its text)
        String qp = quotedPrintable(p, charset);
        if (qp != null) {
            return qp;
        }
        return new String(decoded(p, limits.maxMessageBytes(), null), charset);
    }

    /**
     * A quoted-printable text part decoded from the mail's bytes ({@link QuotedPrintableBody}), or null: another
     * encoding, a part not read from the mail's bytes, or a body Jakarta Mail's decoder is left to read.
     */
    private static String quotedPrintable(Part p, Charset charset) throws MessagingException {
        String encoding = p instanceof jakarta.mail.internet.MimePart mp ? mp.getEncoding() : null;
        if (encoding == null || !encoding.strip().equalsIgnoreCase("quoted-printable")) {
            return null;
        }
        PlacedBytes body = rawBody(p);
        return body == null ? null : QuotedPrintableBody.text(body.raw(), body.position(), body.rawEnd(), charset);
    }

    private Attachment attachment(Part p, String type) throws MessagingException, IOException, UnreadableMail {
        String name = fileName(p);
        if (!MimeTypes.readFromReplies(name, type) && mayExceed(p, HELD_BYTES)) {
            // Nothing reads a photo or a video: it is hashed and measured as it streams past, never held.
            return streamed(p, name, type);
        }
        if (mayExceed(p, limits.maxFileBytes())) {
            // Measured as it is decoded, without holding it: one over the limit is refused before it takes memory.
            streamed(p, name, type);
        }
        byte[] bytes = decoded(p, limits.maxFileBytes(), name);
        if (MimeTypes.isZipContainer(name, type)) {
            try {
                new UnpackGuard(limits).checkZip(bytes);
            } catch (UnpackRefused refused) {
                throw new UnreadableMail(refusal(name == null ? MESSAGES.get("read.unnamed") : name, refused));
            }
        }
        return new Attachment(name, cleanType(p.getContentType()), bytes);
    }

    /**
     * The part's file name, made safe. Outlook and webmail send names as RFC 2047 encoded words
     * ("=?UTF-8?B?QsOBTyBDw4FPLmRvY3g=?="), which RFC 2231 never allowed and Jakarta Mail leaves encoded
     * unless a System property says otherwise; they are decoded here (an undecodable word stays as sent).
     * Webmail that writes raw UTF-8 headers (RFC 6532) writes its parts' names so too, and Jakarta Mail reads a
     * part's headers as Latin-1 whatever the session says ("Báo cáo" came out "BÃ¡o cÃ¡o"): such a name is read again.
     */
    static String fileName(Part p) throws MessagingException {
        String name = rawUtf8(p.getFileName());
        if (name != null && name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
                // an unknown charset: the name as sent is still better than none
            }
        }
        return name == null ? null : Untrusted.fileName(VietnameseText.clean(name));
    }

    /**
     * {@code s} read again as UTF-8 when it is raw UTF-8 read as Latin-1: every character a byte, some above
     * ASCII, and those bytes valid UTF-8. A name really written in Latin-1 ("café") is not valid UTF-8 and stays.
     */
    static String rawUtf8(String s) {
        if (s == null || s.chars().allMatch(c -> c < 0x80) || s.chars().anyMatch(c -> c > 0xFF)) {
            return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return s;
        }
    }

    /** Why an attachment is not opened, in the words of a mail ("Tệp đính kèm …"). */
    private String refusal(String name, UnpackRefused refused) {
        return switch (refused.reason()) {
            case TOO_MANY_PARTS -> MESSAGES.get("zip.tooManyEntries", name, limits.maxParts());
            case TOO_LARGE -> MESSAGES.get("zip.tooLarge", name, Sizes.of(limits.maxUnpackedBytes()));
            case TOO_FAST -> MESSAGES.get("zip.ratio", name, limits.maxUnpackRatio());
            case BROKEN -> MESSAGES.get("zip.broken", name, refused.getMessage());
            case NOT_ZIP -> MESSAGES.get("zip.notZip", name);
            case TOO_DEEP -> MESSAGES.get("zip.tooDeep", name, Integer.toString(limits.maxDepth()));
        };
    }

    /**
     * The part's decoded bytes, at most {@code limit}. Base64 is decoded by the JDK straight from the mail's bytes;
     * a body the JDK will not take, and the other transfer encodings, go through Jakarta Mail as before.
     */
    private byte[] decoded(Part p, long limit, String name) throws MessagingException, IOException, UnreadableMail {
        PlacedBytes body = base64Body(p);
        if (body != null) {
            try {
                byte[] b = Base64Body.decode(body.raw(), body.position(), body.rawEnd());
                if (b.length > limit) {
                    throw attachmentTooLarge(name, limit);
                }
                return b;
            } catch (IllegalArgumentException e) {
                // a broken ending: Jakarta Mail's decoder says what is wrong with it
            }
        }
        try (InputStream in = p.getInputStream()) {
            return bounded(in, limit, name);
        }
    }

    /**
     * A file nothing reads, as its size and SHA-256, decoded in steps and never held; one over the file limit is
     * refused as soon as it passes it.
     */
    private Attachment streamed(Part p, String name, String type) throws MessagingException, IOException, UnreadableMail {
        PlacedBytes body = base64Body(p);
        if (body != null) {
            try {
                Base64Body.Measure m = Base64Body.measure(body.raw(), body.position(), body.rawEnd(), limits.maxFileBytes());
                if (m.over()) {
                    throw attachmentTooLarge(name, limits.maxFileBytes());
                }
                return new Attachment(name, cleanType(p.getContentType()), new byte[0],
                        new Attachment.Streamed(m.size(), m.sha256(), body.position(), body.rawEnd()));
            } catch (IllegalArgumentException e) {
                // a broken ending: measured through Jakarta Mail below
            }
        }
        MessageDigest digest = ContentHash.sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(p.getInputStream(), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > limits.maxFileBytes()) {
                    throw attachmentTooLarge(name, limits.maxFileBytes());
                }
            }
        }
        PlacedBytes raw = rawBody(p);
        return new Attachment(name, cleanType(p.getContentType()), new byte[0], new Attachment.Streamed(size,
                HexFormat.of().formatHex(digest.digest()), raw == null ? -1 : raw.position(), raw == null ? -1 : raw.rawEnd()));
    }

    /** The part's encoded body where it lies in the mail, when it is base64 and parsed from the mail's bytes. */
    private static PlacedBytes base64Body(Part p) throws MessagingException {
        String encoding = p instanceof jakarta.mail.internet.MimePart mp ? mp.getEncoding() : null;
        return encoding != null && encoding.strip().equalsIgnoreCase("base64") ? rawBody(p) : null;
    }

    private static PlacedBytes rawBody(Part p) throws MessagingException {
        InputStream raw = p instanceof MimeBodyPart bp ? bp.getRawInputStream()
                : p instanceof MimeMessage mm ? mm.getRawInputStream() : null;
        return raw instanceof PlacedBytes placed ? placed : null;
    }

    /** Reads at most {@code limit} bytes; more means the part is refused, without reading the rest. */
    private byte[] bounded(InputStream in, long limit, String name) throws IOException, UnreadableMail {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (b.length > limit) {
            throw attachmentTooLarge(name, limit);
        }
        return b;
    }

    private static UnreadableMail attachmentTooLarge(String name, long limit) {
        return new UnreadableMail(MESSAGES.get("read.attachmentTooLarge",
                name == null ? MESSAGES.get("read.unnamed") : name, Sizes.of(limit)));
    }

    /**
     * Whether the part may decode to more than {@code limit} bytes, judged from its encoded size: base64 decodes to
     * three bytes in four, the other transfer encodings to no more than they hold. Unknown size: it may.
     */
    private static boolean mayExceed(Part p, long limit) throws MessagingException {
        long size = p.getSize();
        if (size < 0) {
            return true;
        }
        String encoding = p instanceof jakarta.mail.internet.MimePart mp ? mp.getEncoding() : null;
        long decoded = encoding != null && encoding.strip().equalsIgnoreCase("base64") ? size / 4 * 3 + 3 : size;
        return decoded > limit;
    }

    private UnreadableMail tooLarge(long size) {
        return new UnreadableMail(MESSAGES.get("read.tooLarge", Sizes.of(size), Sizes.of(limits.maxMessageBytes())));
    }

    private static String cleanType(String contentType) {
        return Untrusted.line(contentType);
    }

    private static String messageId(MimeMessage m) throws MessagingException {
        String id = m.getMessageID();
        return id == null || id.isBlank() ? null : Untrusted.line(id);
    }

    private static InternetAddress from(MimeMessage m) {
        try {
            Address[] from = m.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress ia ? ia : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The longest address SMTP carries (RFC 5321, a path of 256 with its brackets): a longer one is no address. */
    private static final int ADDRESS_CHARS = 254;

    private static String address(InternetAddress from) {
        return from == null || from.getAddress() == null ? null : address(from.getAddress());
    }

    /** A sender's address as kept, in lower case; null when it is longer than an address can be. */
    static String address(String raw) {
        String a = Untrusted.line(raw).toLowerCase(Locale.ROOT);
        return a.length() <= ADDRESS_CHARS ? a : null;
    }

    private static String subject(MimeMessage m) throws MessagingException {
        // As MimeMessage.getSubject() reads it, its encoded words decoded here when they are of the usual shapes.
        String raw = m.getHeader("Subject", null);
        String decoded = raw == null ? null : EncodedWords.decode(MimeUtility.unfold(raw));
        String s = decoded != null ? decoded : m.getSubject();
        return s == null ? "" : Untrusted.header(s);
    }

    private static String reportType(MimeMessage m) throws MessagingException {
        ContentType type = new ContentType(m.getContentType());
        if (!type.getBaseType().equalsIgnoreCase("multipart/report")) {
            return null;
        }
        String r = type.getParameter("report-type");
        return r == null ? "" : r.toLowerCase(Locale.ROOT).strip();
    }

    /**
     * RFC 3834 Auto-Submitted, the headers older auto-responders use, and what Outlook and Exchange send
     * instead (no Auto-Submitted, but X-Auto-Response-Suppress and an "Automatic reply:" subject).
     */
    private static boolean automatic(MimeMessage m, String subject) throws MessagingException {
        String auto = m.getHeader("Auto-Submitted", ",");
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = m.getHeader("Precedence", ",");
        return m.getHeader("X-Autoreply") != null || m.getHeader("X-Autorespond") != null
                || m.getHeader("X-Auto-Response-Suppress") != null
                || (precedence != null && precedence.toLowerCase(Locale.ROOT).contains("auto_reply"))
                || AUTOMATIC_SUBJECT.matcher(FoldedText.of(subject)).find();
    }

    static List<String> ids(String header) {
        List<String> out = new ArrayList<>();
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(Untrusted.line(header));
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
