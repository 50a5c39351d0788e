package vn.congvan.mail;

import vn.congvan.mail.Classification.ReadReceipt;
import vn.congvan.mail.Classification.Reply;
import vn.congvan.mail.Classification.Suggestion;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says what an incoming mail means: a read receipt, a unit's reply (with the statuses it states), a bounce of a
 * mail we sent, a suggestion for the clerk, something unmatched, or something suspicious. It changes nothing and
 * guesses nothing: the same mail and the same knowledge always give the same answer.
 * <p>Order: phishing signs win over everything (a suspicious mail never changes a status); then RFC 8098
 * receipts and delivery reports (standard DSNs and plain-text notices, {@link DeliveryReport}); automatic
 * replies (out of office) are not answers; a forwarded reply ({@link ForwardedMail}) is placed by its own sender;
 * then a reply is matched by In-Reply-To/References to a Message-ID we sent, else by a tracked number/symbol in
 * its subject or body (or the bare number in its subject) together with a sender address that belongs to a unit
 * assigned that dispatch.
 * <p>Whichever way it is matched, a mail speaks for a unit only when it comes from one of that unit's
 * addresses ({@link KnownDispatches#speaksFor}): quoting a unit's Message-ID is not enough, since
 * anyone the mail was forwarded to can quote it, and one unit's clerk cannot answer for a neighbour. A unit's
 * reply forwarded by someone else, or a mail from an address outside the directory that names exactly one unit
 * and a dispatch it is assigned (decisions.md #8), is a {@link Suggestion}: the clerk confirms it.
 */
public final class ReplyClassifier {
    private static final Messages MESSAGES = Messages.of(ReplyClassifier.class);
    private static final int EVIDENCE_CHARS = 600;
    /** The attachments named in the evidence; a mail may carry thousands, each named by its sender. */
    private static final int EVIDENCE_FILES = 10;
    /**
     * A real thread names a few dozen earlier mails at most; a mail naming more is guessing at our
     * Message-IDs, and its References are not used for matching at all.
     */
    static final int MAX_REFERENCES = 100;
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
        PhishingCheck.Signs signs = PhishingCheck.signs(mail, officeDomains, known.units());
        List<String> warnings = signs.warnings();
        Optional<String> claim = signs.claim();
        boolean onlyClaim = claim.isPresent() && warnings.equals(List.of(claim.get()));
        if (!warnings.isEmpty() && !onlyClaim) {
            return new Suspicious(warnings);
        }
        Classification c = understand(mail, known, extractedTexts);
        // A display name claiming a unit from outside is how a unit's clerk writes from a personal mailbox: it passes
        // as a suggestion placed on that very unit, or from an address the clerk trusts for it. Anything else it
        // claims (an office, another unit, a mail about nothing we track) stays suspicious.
        if (onlyClaim && !claimFits(mail, c, known)) {
            return new Suspicious(warnings);
        }
        return c;
    }

    /**
     * What {@link #classify(IncomingMail, KnownDispatches, List)} gives for a mail that {@link #classify(IncomingMail,
     * KnownDispatches)} read as {@code first}, a unit's reply: with the attached reports' texts only the reading of
     * the statuses changes (a reply is placed by its references and sender alone), so the checks are not run again.
     */
    public Classification withReports(Reply first, IncomingMail mail, KnownDispatches known, List<String> extractedTexts) {
        return reply(mail, first.dispatchKey(), first.unitCode(), known, extractedTexts);
    }

    private static boolean claimFits(IncomingMail mail, Classification c, KnownDispatches known) {
        if (c instanceof Reply || c instanceof ReadReceipt) {
            return true;
        }
        return c instanceof Suggestion s
                && NamedUnits.in(mail.fromName(), known.units()).stream().map(Unit::code).toList().equals(List.of(s.unitCode()));
    }

    private Classification understand(IncomingMail mail, KnownDispatches known, List<String> extractedTexts) {
        if ("disposition-notification".equals(mail.reportType())) {
            return readReceipt(mail, known);
        }
        if ("delivery-status".equals(mail.reportType()) || DeliveryReport.looksLikeNotice(mail)) {
            return DeliveryReport.read(mail, known, when(mail));
        }
        if (mail.automatic()) {
            return new Unmatched(MESSAGES.get("classify.automatic", sender(mail), mail.subject()));
        }
        Optional<IncomingMail> inner = ForwardedMail.in(mail);
        if (inner.isPresent()) {
            Optional<Classification> forwarded = forwarded(mail, inner.get(), known, extractedTexts);
            if (forwarded.isPresent()) {
                return forwarded.get();
            }
        }
        Placement placed = place(mail, known);
        if (placed.match() != null) {
            return reply(mail, placed.match().dispatchKey(), placed.match().unitCode(), known, extractedTexts);
        }
        return fromOutside(mail, known, extractedTexts).orElse(placed.why());
    }

    /** Where a mail belongs by its references and its sender: a match, or why there is none. */
    private record Placement(Match match, Classification why) {
    }

    private static Placement place(IncomingMail mail, KnownDispatches known) {
        Optional<SentMessage> byId = referencedSent(mail, known);
        if (byId.isPresent()) {
            SentMessage sent = byId.get();
            if (!known.speaksFor(mail.fromAddress(), sent.unitCode())) {
                return new Placement(null, notTheUnit(mail, known, sent));
            }
            return new Placement(new Match(sent.dispatchKey(), sent.unitCode()), null);
        }
        Set<String> mentioned = mentioned(mail, known);
        if (mentioned.isEmpty()) {
            return new Placement(null, new Unmatched(MESSAGES.get("classify.noReference", sender(mail), mail.subject())));
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
            return new Placement(matches.get(0), null);
        }
        if (matches.isEmpty()) {
            return new Placement(null, new Unmatched(MESSAGES.get("classify.senderNotAssigned", sender(mail), String.join(", ", mentioned))));
        }
        return new Placement(null, new Unmatched(MESSAGES.get("classify.ambiguous", sender(mail),
                matches.stream().map(m -> known.label(m.dispatchKey()) + " (" + m.unitCode() + ")").collect(Collectors.joining(", ")))));
    }

    /** The number/symbols a mail names in full (subject or body), else those whose bare number its subject names. */
    private static Set<String> mentioned(IncomingMail mail, KnownDispatches known) {
        Set<String> full = DispatchReferences.mentioned(mail.subject() + "\n" + mail.text(), known.numberSymbols());
        return full.isEmpty() ? DispatchReferences.numbersInSubject(mail.subject(), known.numberSymbols()) : full;
    }

    /**
     * A forwarded mail placed by its own sender (one of a unit's addresses) and the dispatch it answers, forwarded by
     * someone who does not speak for that unit: checked for phishing like any mail, then a suggestion for the clerk.
     * Empty when the inner mail belongs to no unit, or the unit itself forwards or quotes it (then the outer mail is
     * read as it is).
     */
    private Optional<Classification> forwarded(IncomingMail outer, IncomingMail inner, KnownDispatches known,
                                               List<String> extractedTexts) {
        Placement placed = place(inner, known);
        if (placed.match() == null) {
            return Optional.empty();
        }
        Match m = placed.match();
        if (known.speaksFor(outer.fromAddress(), m.unitCode())) {
            // The unit quoting or sending on its own earlier mail: what it writes now is its answer.
            return Optional.empty();
        }
        List<String> warnings = PhishingCheck.inspect(inner, officeDomains, known.units());
        if (!warnings.isEmpty()) {
            return Optional.of(new Suspicious(warnings));
        }
        Classification read = reply(inner, m.dispatchKey(), m.unitCode(), known, extractedTexts);
        Instant at = when(inner) != null ? when(inner) : when(outer);
        return Optional.of(suggestion(read, at, MESSAGES.get("classify.forwarded", inner.fromAddress(),
                unitName(known, m.unitCode()), known.label(m.dispatchKey()), sender(outer))));
    }

    /**
     * decisions.md #8: a unit writing from an address outside the directory, naming itself (display name, subject or
     * signature) and a dispatch it is assigned, is placed for the clerk to confirm; exactly one unit and one dispatch.
     */
    private static Optional<Classification> fromOutside(IncomingMail mail, KnownDispatches known, List<String> extractedTexts) {
        if (mail.fromAddress() == null || !known.unitsSpokenForBy(mail.fromAddress()).isEmpty()) {
            return Optional.empty();
        }
        Set<Unit> named = NamedUnits.in(Optional.ofNullable(mail.fromName()).orElse("") + "\n" + mail.subject() + "\n"
                + QuotedText.strip(mail.text()), known.units());
        // Only a unit assigned the dispatch can be the one writing: "Kính gửi Văn phòng …" names the office written to.
        Unit unit = null;
        List<Long> dispatches = List.of();
        for (Unit candidate : named) {
            List<Long> keys = dispatchesOf(mail, candidate, known);
            if (keys.isEmpty()) {
                continue;
            }
            if (unit != null) {
                return Optional.empty();
            }
            unit = candidate;
            dispatches = keys;
        }
        if (unit == null || dispatches.size() != 1) {
            return Optional.empty();
        }
        long key = dispatches.get(0);
        Classification read = reply(mail, key, unit.code(), known, extractedTexts);
        return Optional.of(suggestion(read, when(mail), MESSAGES.get("classify.outsideAddress", sender(mail), unit.name(),
                known.label(key), unit.code())));
    }

    /** The dispatches assigned to {@code unit} that the mail refers to (by a Message-ID sent to it, else by number). */
    private static List<Long> dispatchesOf(IncomingMail mail, Unit unit, KnownDispatches known) {
        List<Long> dispatches = new ArrayList<>();
        Optional<SentMessage> byId = referencedSent(mail, known);
        if (byId.isPresent()) {
            if (byId.get().unitCode().equals(unit.code())) {
                dispatches.add(byId.get().dispatchKey());
            }
            return dispatches;
        }
        for (String numberSymbol : mentioned(mail, known)) {
            for (TrackedDispatch d : known.withNumberSymbol(numberSymbol)) {
                if (known.assigned(d.key(), unit.code())) {
                    dispatches.add(d.key());
                }
            }
        }
        return dispatches;
    }

    /** What was read, offered to the clerk with the reason instead of being recorded. */
    private static Classification suggestion(Classification read, Instant at, String reason) {
        if (read instanceof Reply r) {
            return new Suggestion(r.dispatchKey(), r.unitCode(), at, true, r.readings(), r.evidence(), reason);
        }
        if (read instanceof Suggestion s) {
            return new Suggestion(s.dispatchKey(), s.unitCode(), at, s.receipt(), s.readings(), s.evidence(), reason + " " + s.reason());
        }
        return read;
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
        own = VietnameseText.cut(own, EVIDENCE_CHARS);
        List<String> files = mail.attachments().stream().map(Attachment::fileName).filter(n -> n != null).toList();
        if (files.isEmpty()) {
            return own;
        }
        String named = String.join("; ", files.subList(0, Math.min(files.size(), EVIDENCE_FILES)));
        if (files.size() > EVIDENCE_FILES) {
            named += MESSAGES.get("classify.evidenceMoreFiles", files.size() - EVIDENCE_FILES);
        }
        return own + " " + MESSAGES.get("classify.evidenceFiles", named);
    }

    private static String sender(IncomingMail mail) {
        return mail.fromAddress() == null ? MESSAGES.get("classify.unknownSender") : mail.fromAddress();
    }

    private static String unitName(KnownDispatches known, String code) {
        return known.unit(code).map(Unit::name).orElse(code);
    }
}
