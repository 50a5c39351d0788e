package vn.congvan.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.InputLimits;
import vn.congvan.ingest.PlainText;
import vn.congvan.mail.Attachment;
import vn.congvan.mail.Classification;
import vn.congvan.mail.IncomingMail;
import vn.congvan.mail.KnownDispatches;
import vn.congvan.mail.MailException;
import vn.congvan.mail.MailSource;
import vn.congvan.mail.ReadSummary;
import vn.congvan.mail.ReplyClassifier;
import vn.congvan.mail.SentMessage;
import vn.congvan.mail.Skipped;
import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;

/**
 * Use case "collect": reads replies and read receipts from mail sources and records what they say.
 * A read receipt acknowledges receipt; a unit's reply acknowledges it too and records each status it
 * states. Each mail is recorded as soon as it is read, so a connection lost in the middle keeps what
 * came before. Mails the classifier cannot place, and suspicious ones, are listed and never applied.
 * <p>Every event of a mail has source "mail" and source id {@link IncomingMail#sourceId()} (its
 * Message-ID, else its content hash); the ledger's key (dispatch, source id, type, unit, requirement)
 * tells a mail's per-item events apart and makes a second collection of the same mail add nothing.
 */
public final class ReplyCollection {
    private static final Messages MSG = Messages.of(ReplyCollection.class);
    private static final String SOURCE = "mail";

    private final Ledger ledger;
    private final UnitDirectory directory;
    private final ReplyClassifier classifier;
    private final PlainText plainText;
    private final Clock clock;

    public ReplyCollection(Ledger ledger, UnitDirectory directory, OfficeProfile office, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.classifier = new ReplyClassifier(office.domains());
        this.plainText = new PlainText(InputLimits.DEFAULT);
        this.clock = clock;
    }

    /** A mail source with how the clerk named it ("INBOX trên mail.phanthiet.example", "replies.mbox"). */
    public record Source(String label, MailSource mail) {
    }

    public enum Kind {
        /** A read receipt: acknowledged. */
        RECEIPT,
        /** A unit's reply: acknowledged, with the statuses it states. */
        REPLY,
        /** One of our own dispatch mails (the office is also a recipient): not an answer. */
        OWN_MAIL,
        /** Not about a tracked dispatch, or not clear enough: listed for the clerk. */
        UNMATCHED,
        /** Looks like phishing: listed for the clerk, never applied. */
        SUSPICIOUS
    }

    /**
     * What one mail was taken to be.
     *
     * @param statuses  for a reply: requirement → stated status (may be empty); else empty
     * @param newEvents events this run added to the ledger (0 for a mail collected before)
     * @param notes     reasons (unmatched, suspicious) and warnings (an attachment that could not be read), Vietnamese
     */
    public record MailLine(String source, String position, String from, String subject, Kind kind, String dispatchId,
                           String unitCode, String unitName, Instant at, Map<String, ComplianceStatus> statuses,
                           int newEvents, List<String> notes) {
        public MailLine {
            statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
            notes = List.copyOf(notes);
        }

        public boolean applied() {
            return kind == Kind.RECEIPT || kind == Kind.REPLY;
        }
    }

    /**
     * How reading one source went.
     *
     * @param failure why it could not be opened at all, or null
     * @param summary what was read, skipped and not reached; null when it could not be opened
     */
    public record SourceLine(String label, String failure, ReadSummary summary) {
        public boolean complete() {
            return failure == null && summary.complete();
        }

        public List<Skipped> skipped() {
            return summary == null ? List.of() : summary.skipped();
        }
    }

    public record Outcome(List<MailLine> mails, List<SourceLine> sources) {
        public Outcome {
            mails = List.copyOf(mails);
            sources = List.copyOf(sources);
        }

        public int newEvents() {
            return mails.stream().mapToInt(MailLine::newEvents).sum();
        }

        /** Mails that changed the ledger in this run. */
        public long newlyApplied() {
            return mails.stream().filter(m -> m.applied() && m.newEvents() > 0).count();
        }

        /** Mails that would apply but were all recorded before. */
        public long alreadyApplied() {
            return mails.stream().filter(m -> m.applied() && m.newEvents() == 0).count();
        }

        public List<MailLine> ofKind(Kind kind) {
            return mails.stream().filter(m -> m.kind() == kind).toList();
        }

        /** Every source was opened and read to the end (mails skipped as unreadable do not count against it). */
        public boolean complete() {
            return sources.stream().allMatch(SourceLine::complete);
        }
    }

    /** Reads the sources in order; one that cannot be opened is reported and the others are still read. */
    public Outcome collect(List<Source> sources) {
        KnownDispatches known = known();
        List<MailLine> mails = new ArrayList<>();
        List<SourceLine> lines = new ArrayList<>();
        for (Source source : sources) {
            try {
                ReadSummary summary = source.mail().read(mail -> mails.add(apply(source.label(), mail, known)));
                lines.add(new SourceLine(source.label(), null, summary));
            } catch (MailException e) {
                lines.add(new SourceLine(source.label(), e.getMessage(), null));
            }
        }
        return new Outcome(mails, lines);
    }

    /** What the ledger and the directory know: every dispatch's assignments and the Message-IDs we sent. */
    private KnownDispatches known() {
        List<Assignment> assignments = new ArrayList<>();
        List<SentMessage> sent = new ArrayList<>();
        for (TrackedDispatch d : ledger.dispatches()) {
            assignments.addAll(ledger.assignments(d.id()));
            for (Event e : ledger.events(d.id())) {
                if (e.type() == EventType.SENT && e.unitCode() != null) {
                    sent.add(new SentMessage(d.id(), e.unitCode(), e.sourceId()));
                }
            }
        }
        return new KnownDispatches(assignments, sent, directory.units());
    }

    private MailLine apply(String source, IncomingMail mail, KnownDispatches known) {
        List<String> notes = new ArrayList<>();
        Optional<SentMessage> own = known.sentWithId(mail.messageId());
        if (own.isPresent()) {
            notes.add(MSG.get("collect.own", own.get().dispatchId(), unitName(known, own.get().unitCode())));
            return line(source, mail, Kind.OWN_MAIL, null, null, known, null, Map.of(), 0, notes);
        }
        Classification c = classifier.classify(mail, known);
        if (c instanceof Classification.Reply && mail.attachments().stream().anyMatch(ReplyCollection::report)) {
            // Only a unit's reply gets its attached reports opened; a suspicious mail's files are never touched.
            c = classifier.classify(mail, known, attachmentTexts(mail, notes));
        }
        String id = mail.messageId() != null ? "Message-ID " + mail.messageId() : "SHA-256 " + mail.sha256();
        String evidence = MSG.get("collect.evidence", id,
                mail.fromAddress() == null ? MSG.get("collect.unknownSender") : mail.fromAddress(), mail.subject(), mail.position());
        if (c instanceof Classification.ReadReceipt r) {
            Instant at = r.at() != null ? r.at() : clock.instant();
            int added = ledger.append(new Event(r.dispatchId(), r.unitCode(), null, EventType.ACKNOWLEDGED, at, SOURCE,
                    mail.sourceId(), evidence, MSG.get("collect.note.receipt"), null)) ? 1 : 0;
            return line(source, mail, Kind.RECEIPT, r.dispatchId(), r.unitCode(), known, at, Map.of(), added, notes);
        }
        if (c instanceof Classification.Reply r) {
            Instant at = r.at() != null ? r.at() : clock.instant();
            // One reply is one fact: its acknowledgement and its items enter the ledger together or not at all.
            List<Event> events = new ArrayList<>();
            events.add(new Event(r.dispatchId(), r.unitCode(), null, EventType.ACKNOWLEDGED, at, SOURCE,
                    mail.sourceId(), evidence, r.evidence(), null));
            for (Map.Entry<String, ComplianceStatus> s : r.statuses().entrySet()) {
                EventType type = switch (s.getValue()) {
                    case DONE -> EventType.DONE;
                    case IN_PROGRESS -> EventType.PROGRESS;
                    case NOT_STARTED -> EventType.NOT_STARTED;
                    case OVERDUE -> null;
                };
                if (type != null) {
                    events.add(new Event(r.dispatchId(), r.unitCode(), s.getKey(), type, at, SOURCE,
                            mail.sourceId(), evidence, r.evidence(), null));
                }
            }
            int added = ledger.appendAll(events);
            if (r.statuses().isEmpty()) {
                notes.add(MSG.get("collect.noStatuses"));
            }
            return line(source, mail, Kind.REPLY, r.dispatchId(), r.unitCode(), known, at, r.statuses(), added, notes);
        }
        if (c instanceof Classification.Suspicious s) {
            notes.addAll(s.reasons());
            return line(source, mail, Kind.SUSPICIOUS, null, null, known, null, Map.of(), 0, notes);
        }
        notes.add(((Classification.Unmatched) c).reason());
        return line(source, mail, Kind.UNMATCHED, null, null, known, null, Map.of(), 0, notes);
    }

    /** An attached report the classifier cannot read itself: .docx, .pdf (text/* it reads). */
    private static boolean report(Attachment a) {
        return !a.baseType().startsWith("text/") && PlainText.reads(a.fileName());
    }

    /** The text of the attached reports; one that cannot be read is noted and the others are used. */
    private List<String> attachmentTexts(IncomingMail mail, List<String> notes) {
        List<String> texts = new ArrayList<>();
        for (Attachment a : mail.attachments()) {
            if (!report(a)) {
                continue;
            }
            try {
                plainText.of(a.fileName(), a.content()).ifPresent(texts::add);
            } catch (InputException e) {
                notes.add(MSG.get("collect.attachmentUnread", e.getMessage()));
            }
        }
        return texts;
    }

    private static MailLine line(String source, IncomingMail mail, Kind kind, String dispatchId, String unitCode,
                                 KnownDispatches known, Instant at, Map<String, ComplianceStatus> statuses, int added,
                                 List<String> notes) {
        return new MailLine(source, mail.position(), mail.fromAddress(), mail.subject(), kind, dispatchId, unitCode,
                unitCode == null ? null : unitName(known, unitCode), at, statuses, added, notes);
    }

    private static String unitName(KnownDispatches known, String code) {
        return known.unit(code).map(Unit::name).orElse(code);
    }
}
