package vn.congvan.mail;

import vn.congvan.mail.Classification.Bounce;
import vn.congvan.mail.Classification.Unmatched;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server's report that a mail we sent did not arrive: a standard DSN ({@code multipart/report;
 * report-type=delivery-status}, RFC 3464) or the plain-text notice older servers and Exchange send
 * ("Undeliverable:", "Mail delivery failed", "Không gửi được thư" from MAILER-DAEMON or postmaster). It is a
 * {@link Bounce} only when it names a Message-ID we sent; otherwise the clerk learns of it as unmatched.
 */
final class DeliveryReport {
    private static final Messages MESSAGES = Messages.of(ReplyClassifier.class);
    private static final Pattern FOLDED_LINE = Pattern.compile("\\r?\\n[ \\t]+");
    private static final Pattern RECIPIENT = Pattern.compile("(?im)^(?:Original|Final)-Recipient:\\s*(?:[\\w-]+\\s*;)?\\s*(\\S.*)$");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(\\S.*)$");
    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*(\\S.*)$");
    private static final Pattern ACTION = Pattern.compile("(?im)^Action:\\s*([a-z]+)");
    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s]+>");
    /** An SMTP reply with its enhanced code ("550 5.1.1 …"), the line a plain-text notice gives its reason in. */
    private static final Pattern SMTP_REPLY = Pattern.compile("(?m)^.*\\b[45]\\d\\d[ -]#?[45]\\.\\d{1,3}\\.\\d{1,3}\\b.*$");
    private static final Pattern DAEMON = Pattern.compile("^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|microsoftexchange[0-9a-f]*)@");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("^\\s*(undeliverable|undelivered|mail delivery failed|"
            + "delivery status notification \\(failure|returned mail|failure notice|delivery failure|khong gui duoc thu|"
            + "khong the gui thu|thu khong gui duoc|khong chuyen duoc thu|gui thu that bai)");
    private static final int MAX_DIAGNOSTIC = 300;

    private DeliveryReport() {
    }

    /** Whether {@code mail} is a plain-text delivery failure notice (no RFC 3464 report). */
    static boolean looksLikeNotice(IncomingMail mail) {
        boolean daemon = mail.fromAddress() != null && DAEMON.matcher(mail.fromAddress()).find();
        return daemon && BOUNCE_SUBJECT.matcher(FoldedText.of(mail.subject())).find();
    }

    /** What a DSN or notice means: a Bounce for a mail we sent, else Unmatched with the server's reason. */
    static Classification read(IncomingMail mail, KnownDispatches known, Instant at) {
        List<String> texts = new ArrayList<>();
        Optional<SentMessage> sent = Optional.empty();
        String recipient = null;
        String diagnostic = null;
        String status = null;
        List<String> actions = new ArrayList<>();
        for (Attachment a : mail.attachments()) {
            String body = FOLDED_LINE.matcher(new String(a.content(), StandardCharsets.UTF_8)).replaceAll(" ");
            String type = a.baseType();
            if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                recipient = recipient != null ? recipient : first(RECIPIENT, body);
                diagnostic = diagnostic != null ? diagnostic : first(DIAGNOSTIC, body);
                status = status != null ? status : first(STATUS, body);
                Matcher action = ACTION.matcher(body);
                while (action.find()) {
                    actions.add(action.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            } else if (sent.isEmpty() && (type.equals("text/rfc822-headers") || type.equals("message/rfc822")
                    || type.equals("message/global-headers") || type.equals("message/global"))) {
                sent = originalOf(a.content(), known);
            } else if (type.startsWith("text/")) {
                a.text().ifPresent(texts::add);
            }
        }
        texts.add(0, mail.text());
        if (sent.isEmpty()) {
            // A notice without a report part quotes the original's headers in its text.
            sent = idsIn(String.join("\n", texts)).stream().map(known::sentWithId).flatMap(Optional::stream).findFirst();
        }
        if (sent.isEmpty() && !quotesMessageId(String.join("\n", texts), known)) {
            // A notice that quotes the original's Message-ID and it is not ours is about someone else's mail.
            sent = byAddressAndNumber(mail.subject() + "\n" + String.join("\n", texts), known);
        }
        String reason = diagnostic != null ? diagnostic : status != null ? "Status " + status : smtpReply(texts).orElse(mail.subject());
        if (recipient == null && sent.isPresent()) {
            recipient = known.unit(sent.get().unitCode()).map(u -> u.email()).orElse(null);
        }
        String line = clean((recipient == null ? "" : recipient + ": ") + reason);
        if (sent.isEmpty()) {
            return new Unmatched(MESSAGES.get("classify.bounceUnknown", line));
        }
        if (!actions.isEmpty() && !actions.contains("failed")) {
            // "delayed" (the server keeps trying), "delivered", "relayed": the mail has not come back
            return new Unmatched(MESSAGES.get("classify.notBounced", known.unit(sent.get().unitCode()).map(u -> u.name())
                    .orElse(sent.get().unitCode()), known.label(sent.get().dispatchKey()), String.join(", ", actions), line));
        }
        return new Bounce(sent.get().dispatchKey(), sent.get().unitCode(), at, line);
    }

    private static Optional<SentMessage> originalOf(byte[] headers, KnownDispatches known) {
        try {
            String id = new InternetHeaders(new ByteArrayInputStream(headers)).getHeader("Message-ID", " ");
            return IncomingMailParser.ids(id).stream().map(known::sentWithId).flatMap(Optional::stream).findFirst();
        } catch (MessagingException e) {
            // a report without readable original headers only says less
            return Optional.empty();
        }
    }

    /**
     * A notice quoting no Message-ID ("Undeliverable:" with the failed address and the original subject): the mail
     * we sent is the one to a unit whose address the notice names, of a dispatch whose number/symbol it names;
     * only when exactly one unit and dispatch fit (reminders resend to the same unit, that is still one).
     */
    private static Optional<SentMessage> byAddressAndNumber(String text, KnownDispatches known) {
        Set<Long> dispatches = DispatchReferences.mentioned(text, known.numberSymbols()).stream()
                .flatMap(n -> known.withNumberSymbol(n).stream()).map(TrackedDispatch::key).collect(Collectors.toSet());
        if (dispatches.isEmpty()) {
            return Optional.empty();
        }
        Set<String> addresses = new HashSet<>();
        Matcher a = ADDRESS.matcher(text);
        while (a.find()) {
            addresses.add(a.group().toLowerCase(Locale.ROOT));
        }
        // Each dispatch's own mails, not every mail sent (198,000 on a large ledger, for each such notice).
        List<SentMessage> fits = dispatches.stream().flatMap(d -> known.sent(d).stream())
                .filter(s -> addresses.stream().anyMatch(e -> known.speaksFor(e, s.unitCode())))
                .toList();
        long distinct = fits.stream().map(s -> s.dispatchKey() + " " + s.unitCode()).distinct().count();
        return distinct == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** Whether the text holds a Message-ID; "<phutai@…>" naming a unit's address is the failed recipient, not an id. */
    private static boolean quotesMessageId(String text, KnownDispatches known) {
        return idsIn(text).stream().anyMatch(id -> known.unitsSpokenForBy(id.substring(1, id.length() - 1)).isEmpty());
    }

    private static List<String> idsIn(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    private static Optional<String> smtpReply(List<String> texts) {
        for (String t : texts) {
            Matcher m = SMTP_REPLY.matcher(t);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String clean(String s) {
        return Untrusted.line(s, MAX_DIAGNOSTIC);
    }
}
