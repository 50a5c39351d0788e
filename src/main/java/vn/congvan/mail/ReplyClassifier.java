package vn.congvan.mail;

import vn.congvan.mail.Classification.ReadReceipt;
import vn.congvan.mail.Classification.Reply;
import vn.congvan.mail.Classification.Suspicious;
import vn.congvan.mail.Classification.Unmatched;
import vn.congvan.model.ItemReading;
import vn.congvan.model.Requirement;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says what an incoming mail means: a read receipt, a unit's reply (with the statuses it states),
 * something unmatched, or something suspicious. It changes nothing and guesses nothing: the same mail
 * and the same knowledge always give the same answer.
 * <p>Order: phishing signs win over everything (a suspicious mail never changes a status); then
 * RFC 8098 receipts and delivery reports; automatic replies (out of office) are not answers; then a
 * reply is matched by In-Reply-To/References to a Message-ID we sent, else by a tracked number/symbol
 * in its subject or body together with a sender address that belongs to a unit assigned that dispatch.
 * <p>Whichever way it is matched, a mail speaks for a unit only when it comes from one of that unit's
 * addresses ({@link KnownDispatches#speaksFor}): quoting a unit's Message-ID is not enough, since
 * anyone the mail was forwarded to can quote it, and one unit's clerk cannot answer for a neighbour.
 */
public final class ReplyClassifier {
    private static final Messages MESSAGES = Messages.of(ReplyClassifier.class);
    private static final int EVIDENCE_CHARS = 600;
    /**
     * A real thread names a few dozen earlier mails at most; a mail naming more is guessing at our
     * Message-IDs, and its References are not used for matching at all.
     */
    static final int MAX_REFERENCES = 100;
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(.+)$");
    private final Set<String> officeDomains;

    private record Match(long dispatchKey, String unitCode) {
    }

    /** @param officeDomains the office's own mail domains, for the phishing checks */
    public ReplyClassifier(Set<String> officeDomains) {
        this.officeDomains = Set.copyOf(officeDomains);
    }

    public Classification classify(IncomingMail mail, KnownDispatches known) {
        return classify(mail, known, List.of());
    }

    /**
     * @param extractedTexts text the app extracted from attachments (a DOCX or PDF report); read for
     *                       statuses the body does not state. Text attachments are read here already.
     */
    public Classification classify(IncomingMail mail, KnownDispatches known, List<String> extractedTexts) {
        List<String> warnings = PhishingCheck.inspect(mail, officeDomains, known.units());
        if (!warnings.isEmpty()) {
            return new Suspicious(warnings);
        }
        if ("disposition-notification".equals(mail.reportType())) {
            return readReceipt(mail, known);
        }
        if ("delivery-status".equals(mail.reportType())) {
            return bounce(mail, known);
        }
        if (mail.automatic()) {
            return new Unmatched(MESSAGES.get("classify.automatic", sender(mail), mail.subject()));
        }
        Optional<SentMessage> byId = referencedSent(mail, known);
        if (byId.isPresent()) {
            SentMessage sent = byId.get();
            if (!known.speaksFor(mail.fromAddress(), sent.unitCode())) {
                return notTheUnit(mail, known, sent);
            }
            return reply(mail, sent.dispatchKey(), sent.unitCode(), known, extractedTexts);
        }
        Set<String> mentioned = DispatchReferences.mentioned(mail.subject() + "\n" + mail.text(), known.numberSymbols());
        if (mentioned.isEmpty()) {
            return new Unmatched(MESSAGES.get("classify.noReference", sender(mail), mail.subject()));
        }
        List<Match> matches = new ArrayList<>();
        // The same number/symbol may stand for several dispatches (other years, other issuers): each is a candidate.
        for (String numberSymbol : mentioned) {
            for (TrackedDispatch d : known.withNumberSymbol(numberSymbol)) {
                for (Unit u : known.unitsSpokenForBy(mail.fromAddress())) {
                    if (known.assigned(d.key(), u.code())) {
                        matches.add(new Match(d.key(), u.code()));
                    }
                }
            }
        }
        if (matches.size() == 1) {
            return reply(mail, matches.get(0).dispatchKey(), matches.get(0).unitCode(), known, extractedTexts);
        }
        if (matches.isEmpty()) {
            return new Unmatched(MESSAGES.get("classify.senderNotAssigned", sender(mail), String.join(", ", mentioned)));
        }
        return new Unmatched(MESSAGES.get("classify.ambiguous", sender(mail),
                matches.stream().map(m -> known.label(m.dispatchKey()) + " (" + m.unitCode() + ")").collect(Collectors.joining(", "))));
    }

    /** In-Reply-To first, then References from the newest back (none when there are too many). */
    private static Optional<SentMessage> referencedSent(IncomingMail mail, KnownDispatches known) {
        List<String> ids = new ArrayList<>();
        if (mail.inReplyTo() != null) {
            ids.add(mail.inReplyTo());
        }
        if (mail.references().size() <= MAX_REFERENCES) {
            for (int i = mail.references().size() - 1; i >= 0; i--) {
                ids.add(mail.references().get(i));
            }
        }
        return ids.stream().map(known::sentWithId).flatMap(Optional::stream).findFirst();
    }

    private static Classification reply(IncomingMail mail, long dispatchKey, String unitCode, KnownDispatches known,
                                        List<String> extractedTexts) {
        List<Requirement> requirements = known.requirements(dispatchKey, unitCode);
        LocalDate dispatchDate = known.dispatch(dispatchKey).map(TrackedDispatch::date).orElse(null);
        Instant at = when(mail);
        LocalDate mailDate = at == null ? null : LocalDate.ofInstant(at, MailArchiver.VIETNAM);
        Map<String, ItemReading> readings = new LinkedHashMap<>(
                ComplianceTextParser.read(mail.text(), requirements, dispatchDate, mailDate));
        List<String> more = new ArrayList<>();
        for (Attachment a : mail.attachments()) {
            a.text().ifPresent(more::add);
        }
        more.addAll(extractedTexts);
        for (String text : more) {
            // The body's guess ("Đã hoàn thành." naming no item) gives way to an attached report that names the items.
            ComplianceTextParser.read(text, requirements, dispatchDate, mailDate)
                    .forEach((id, r) -> readings.merge(id, r, (body, report) -> !body.certain() && report.certain() ? report : body));
        }
        Map<String, ItemReading> ordered = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            if (readings.containsKey(r.id())) {
                ordered.put(r.id(), readings.get(r.id()));
            }
        }
        return new Reply(dispatchKey, unitCode, when(mail), ordered, evidence(mail));
    }

    private static Classification readReceipt(IncomingMail mail, KnownDispatches known) {
        Optional<Attachment> report = mail.attachments().stream()
                .filter(a -> a.baseType().equals("message/disposition-notification")).findFirst();
        if (report.isEmpty()) {
            return new Unmatched(MESSAGES.get("classify.receiptWithoutReport", sender(mail)));
        }
        InternetHeaders fields;
        try {
            fields = new InternetHeaders(new ByteArrayInputStream(report.get().content()));
        } catch (MessagingException e) {
            return new Unmatched(MESSAGES.get("classify.receiptWithoutReport", sender(mail)));
        }
        String original = IncomingMailParser.ids(fields.getHeader("Original-Message-ID", " ")).stream().findFirst()
                .orElse(mail.inReplyTo());
        Optional<SentMessage> sent = known.sentWithId(original);
        if (sent.isEmpty()) {
            return new Unmatched(MESSAGES.get("classify.receiptUnknown", sender(mail), String.valueOf(original)));
        }
        if (!known.speaksFor(mail.fromAddress(), sent.get().unitCode())) {
            return notTheUnit(mail, known, sent.get());
        }
        String disposition = Optional.ofNullable(fields.getHeader("Disposition", " ")).orElse("");
        String type = disposition.contains(";") ? disposition.substring(disposition.indexOf(';') + 1) : disposition;
        type = type.strip().toLowerCase(Locale.ROOT).split("[/\\s]")[0];
        if (!type.equals("displayed")) {
            return new Unmatched(MESSAGES.get("classify.receiptNotDisplayed", unitName(known, sent.get().unitCode()),
                    known.label(sent.get().dispatchKey()), type.isEmpty() ? "?" : type));
        }
        return new ReadReceipt(sent.get().dispatchKey(), sent.get().unitCode(), when(mail));
    }

    /** A delivery report: never applied, but the clerk learns which unit did not get the mail. */
    private static Classification bounce(IncomingMail mail, KnownDispatches known) {
        String diagnostic = "";
        Optional<SentMessage> sent = Optional.empty();
        for (Attachment a : mail.attachments()) {
            String body = new String(a.content(), StandardCharsets.UTF_8);
            Matcher d = DIAGNOSTIC.matcher(body);
            if (diagnostic.isEmpty() && d.find()) {
                diagnostic = VietnameseText.oneLine(d.group(1));
            }
            if (sent.isEmpty() && (a.baseType().equals("text/rfc822-headers") || a.baseType().equals("message/rfc822"))) {
                try {
                    String id = new InternetHeaders(new ByteArrayInputStream(a.content())).getHeader("Message-ID", " ");
                    sent = IncomingMailParser.ids(id).stream().map(known::sentWithId).flatMap(Optional::stream).findFirst();
                } catch (MessagingException ignored) {
                    // a report without readable original headers only says less
                }
            }
        }
        if (sent.isPresent()) {
            return new Unmatched(MESSAGES.get("classify.bounce", unitName(known, sent.get().unitCode()),
                    known.label(sent.get().dispatchKey()), diagnostic));
        }
        return new Unmatched(MESSAGES.get("classify.bounceUnknown", diagnostic));
    }

    /** A mail about a unit's dispatch mail, from an address that is not the unit's: the clerk decides. */
    private static Classification notTheUnit(IncomingMail mail, KnownDispatches known, SentMessage sent) {
        return new Unmatched(MESSAGES.get("classify.notTheUnitsAddress", sender(mail), unitName(known, sent.unitCode()),
                known.label(sent.dispatchKey()), sent.unitCode()));
    }

    private static Instant when(IncomingMail mail) {
        return mail.sentDate() != null ? mail.sentDate() : mail.receivedDate();
    }

    private static String evidence(IncomingMail mail) {
        String own = VietnameseText.oneLine(QuotedText.strip(mail.text()));
        if (own.isEmpty()) {
            own = mail.subject();
        }
        if (own.length() > EVIDENCE_CHARS) {
            own = own.substring(0, EVIDENCE_CHARS - 1) + "…";
        }
        List<String> files = mail.attachments().stream().map(Attachment::fileName).filter(n -> n != null).toList();
        return files.isEmpty() ? own : own + " " + MESSAGES.get("classify.evidenceFiles", String.join("; ", files));
    }

    private static String sender(IncomingMail mail) {
        return mail.fromAddress() == null ? MESSAGES.get("classify.unknownSender") : mail.fromAddress();
    }

    private static String unitName(KnownDispatches known, String code) {
        return known.unit(code).map(Unit::name).orElse(code);
    }
}
