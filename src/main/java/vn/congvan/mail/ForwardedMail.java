package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail inside a forward: carried as a {@code message/rfc822} attachment, or inline after a forward header
 * ("---------- Forwarded message ---------", "Thư chuyển tiếp", "-------- Mail gốc --------", "Begin forwarded
 * message:", or an Outlook "From:/Sent:" block in a mail whose subject starts "FW:", "Fwd:", "TL:", "ChT:", "CT:").
 * Inline, its From, Date and Subject are read from the header block the forwarding program printed, and its
 * body is what follows. The inner mail has no Message-ID of its own; it keeps the outer mail's hash and raw bytes.
 */
final class ForwardedMail {
    private static final Messages MESSAGES = Messages.of(ForwardedMail.class);
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("^\\s*(?:(?:re|tl|aw)\\s*:\\s*)*(fw|fwd|tl|cht|ct|chuyen tiep|tv)\\s*:");
    private static final Pattern FIELD = Pattern.compile("^\\s*\\*?([\\p{L} ]{2,14}?)\\s*\\*?\\s*:\\s*(.*)$");
    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final int MAX_HEADER_LINES = 12;

    private ForwardedMail() {
    }

    /** Apple's programs quote what they forward with "&gt;": one level of marks comes off when the first line has one. */
    private static String[] unquoted(String[] lines, int start) {
        String[] out = lines.clone();
        int first = start;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].stripLeading().startsWith(">")) {
            for (int i = start; i < lines.length; i++) {
                out[i] = lines[i].replaceFirst("^\\s*> ?", "");
            }
        }
        return out;
    }

    /** The forwarded mail in {@code outer}, if it carries one (an attached mail first, then an inline one). */
    static Optional<IncomingMail> in(IncomingMail outer) {
        for (Attachment a : outer.attachments()) {
            if (a.baseType().equals("message/rfc822")) {
                try {
                    return Optional.of(new IncomingMailParser(InputLimits.DEFAULT)
                            .parse(a.content(), MESSAGES.get("forward.attached", outer.position()), null));
                } catch (UnreadableMail e) {
                    return Optional.empty();
                }
            }
        }
        return inline(outer);
    }

    private static Optional<IncomingMail> inline(IncomingMail outer) {
        TextLines lines = TextLines.of(outer.text());
        boolean forwardSubject = FORWARD_SUBJECT.matcher(FoldedText.of(outer.subject())).find();
        for (int i = 0; i < lines.count(); i++) {
            int headerStart;
            if (QuotedText.separator(lines.folded(i))) {
                headerStart = i + 1;
            } else if (forwardSubject && QuotedText.startsQuote(lines, i)) {
                headerStart = i;
            } else if (QuotedText.startsQuote(lines, i) || QuotedText.attributionEnd(lines, i) >= 0) {
                // the first quote of another kind ("Vào … đã viết:") ends what the forwarder wrote
                return Optional.empty();
            } else {
                continue;
            }
            return header(lines.all(), headerStart, outer);
        }
        return Optional.empty();
    }

    private static Optional<IncomingMail> header(String[] quotedLines, int start, IncomingMail outer) {
        String[] lines = unquoted(quotedLines, start);
        String from = null;
        String date = null;
        String subject = null;
        int i = start;
        while (i < lines.length && lines[i].isBlank() && i < start + 2) {
            i++;
        }
        int end = Math.min(lines.length, i + MAX_HEADER_LINES);
        for (; i < end; i++) {
            if (lines[i].isBlank()) {
                break;
            }
            Matcher field = FIELD.matcher(lines[i]);
            if (!field.matches()) {
                continue;
            }
            String name = VietnameseText.fold(field.group(1));
            String value = field.group(2).replace("\t", " ").strip();
            switch (name) {
                case "from", "tu", "nguoi gui" -> from = from == null ? value : from;
                case "date", "sent", "da gui", "ngay gui", "gui luc", "ngay", "thoi gian" -> date = date == null ? value : date;
                case "subject", "chu de", "tieu de" -> subject = subject == null ? value : subject;
                default -> {
                }
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        Matcher address = ADDRESS.matcher(from);
        if (!address.find()) {
            return Optional.empty();
        }
        String email = IncomingMailParser.address(address.group());
        if (email == null) {
            return Optional.empty();
        }
        String name = from.substring(0, address.start()).replaceAll("[<\\[\"*]|mailto:|\\(|\\)", " ").strip();
        List<String> body = new ArrayList<>();
        for (int j = i; j < lines.length; j++) {
            body.add(lines[j]);
        }
        List<Attachment> files = outer.attachments().stream().filter(a -> !a.baseType().equals("message/rfc822")).toList();
        return Optional.of(new IncomingMail(MESSAGES.get("forward.inline", outer.position()), null,
                email, name.isEmpty() ? null : Untrusted.header(name),
                subject == null ? "" : Untrusted.header(subject),
                date == null ? null : ForwardedDate.parse(date).orElse(null), null, null, List.of(),
                VietnameseText.clean(String.join("\n", body)).strip(), null, files, null, false, outer.sha256(), outer.raw()));
    }
}
