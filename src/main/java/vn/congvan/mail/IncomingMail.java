package vn.congvan.mail;

import vn.congvan.text.Untrusted;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mail as read from a mailbox or a file, with what the classifier and the safety checks need.
 *
 * @param position     where it was read ("INBOX, UID 17", "replies.mbox, thư thứ 3"), for the clerk
 * @param messageId    the Message-ID with angle brackets, or null when the mail has none
 * @param fromAddress  the sender's address in lower case, or null when unreadable
 * @param fromName     the sender's display name, or null
 * @param subject      the subject on one line, "" when none
 * @param sentDate     the Date header, or null
 * @param receivedDate when the mailbox received it (IMAP internal date, maildir file time), or null
 * @param inReplyTo    the first Message-ID of In-Reply-To, or null
 * @param references   the Message-IDs of References, oldest first
 * @param text         the body as text (text/plain, else text/html turned into text; the HTML also when it holds a
 *                     status table, whose rows the plain alternative loses), NFC, "" when none
 * @param html         the text/html body as sent, or null; kept for the link checks, never rendered
 * @param attachments  every part that is not the body, in order (files, report parts, forwarded mails)
 * @param reportType   the report-type of a multipart/report ("disposition-notification",
 *                     "delivery-status"), else null
 * @param automatic    the sender's software marked it as automatic (Auto-Submitted, X-Autoreply …)
 * @param sha256       SHA-256 of the raw message with line ends normalised: the same mail read from
 *                     IMAP, an mbox or an .eml file has the same hash
 * @param raw          the message as read, for the clerk to open it (kept with a review entry); do not modify
 * @param links        every {@code <a href>} of {@link #html()} with its text, read when the HTML was parsed
 */
public record IncomingMail(String position, String messageId, String fromAddress, String fromName, String subject,
                           Instant sentDate, Instant receivedDate, String inReplyTo, List<String> references,
                           String text, String html, List<Attachment> attachments, String reportType,
                           boolean automatic, String sha256, byte[] raw, List<HtmlLink> links) {
    public IncomingMail {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        links = List.copyOf(links);
    }

    /** A mail whose links are read from {@code html} here. */
    public IncomingMail(String position, String messageId, String fromAddress, String fromName, String subject,
                        Instant sentDate, Instant receivedDate, String inReplyTo, List<String> references,
                        String text, String html, List<Attachment> attachments, String reportType,
                        boolean automatic, String sha256, byte[] raw) {
        this(position, messageId, fromAddress, fromName, subject, sentDate, receivedDate, inReplyTo, references, text, html,
                attachments, reportType, automatic, sha256, raw, html == null ? List.of() : HtmlToText.links(html));
    }

    /** The same mail with another copy of its bytes to keep ({@link KeptMail}); its hash and source id stay those read. */
    public IncomingMail withRaw(byte[] kept) {
        return new IncomingMail(position, messageId, fromAddress, fromName, subject, sentDate, receivedDate, inReplyTo,
                references, text, html, attachments, reportType, automatic, sha256, kept, links);
    }

    /**
     * A stable id for the ledger: the Message-ID with the start of the content hash
     * ({@code mid:<id>#sha256:<16 hex>}), else the content hash. The same mail read twice has the same
     * id; a different mail that reuses a Message-ID does not, so it is never taken for one recorded before.
     */
    public String sourceId() {
        return messageId != null ? messageIdPrefix(messageId) + "sha256:" + sha256.substring(0, 16) : "sha256:" + sha256;
    }

    /** How every source id of a mail with this Message-ID begins. */
    public static String messageIdPrefix(String messageId) {
        return "mid:" + messageId + "#";
    }

    /**
     * The addresses of the Reply-To header in lower case, read from {@link #raw()}; empty when there are none or the
     * header cannot be read (then there is nothing to check either).
     */
    public List<String> replyTo() {
        if (raw == null || !mayHaveReplyTo(raw)) {
            return List.of();
        }
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
            String value = headers.getHeader("Reply-To", ",");
            if (value == null) {
                return List.of();
            }
            List<String> addresses = new ArrayList<>();
            for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
                if (a.getAddress() != null && a.getAddress().indexOf('@') > 0) {
                    addresses.add(Untrusted.line(a.getAddress()).toLowerCase(Locale.ROOT));
                }
            }
            return addresses;
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static final byte[] REPLY_TO = "reply-to".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether a line of the header block may begin with "Reply-To" (any case); parsing the headers again is left
     * for the few mails that have one. The block ends at the first empty line however lines end (LF, CRLF, CR).
     */
    private static boolean mayHaveReplyTo(byte[] raw) {
        byte[] name = REPLY_TO;
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            boolean lineStart = i == 0 || raw[i - 1] == '\n' || raw[i - 1] == '\r';
            if (lineStart && (b == '\n' || b == '\r') && !(b == '\n' && i > 0 && raw[i - 1] == '\r')) {
                return false;
            }
            if (lineStart) {
                // a header's name is trimmed: what goes before it may be spaces or controls
                int k = i;
                while (k < raw.length && (raw[k] & 0xFF) <= ' ' && raw[k] != '\n' && raw[k] != '\r') {
                    k++;
                }
                int j = 0;
                while (j < name.length && k + j < raw.length && Character.toLowerCase((char) (raw[k + j] & 0xFF)) == name[j]) {
                    j++;
                }
                if (j == name.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The domain of the sender's address in lower case, or null. */
    public String fromDomain() {
        if (fromAddress == null || fromAddress.indexOf('@') < 0) {
            return null;
        }
        return fromAddress.substring(fromAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
