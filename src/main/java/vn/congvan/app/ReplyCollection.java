package vn.congvan.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import vn.congvan.mail.KeptMail;
import vn.congvan.mail.KnownDispatches;
import vn.congvan.mail.MailException;
import vn.congvan.mail.MailSource;
import vn.congvan.mail.ReadSummary;
import vn.congvan.mail.ReplyClassifier;
import vn.congvan.mail.SentMessage;
import vn.congvan.mail.Skipped;
import vn.congvan.mail.UnparsedMail;
import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.ItemReading;
import vn.congvan.model.Requirement;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;
import vn.congvan.text.Untrusted;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.ReviewQueue;
import vn.congvan.tracking.SentToUnit;

/**
 * Use case "collect": reads replies and read receipts from mail sources and records what they say.
 * A read receipt acknowledges receipt; a unit's reply acknowledges it too and records each status it
 * states. Each mail is recorded as soon as it is read, so a connection lost in the middle keeps what
 * came before. Mails are recorded in batches (one commit, one flush to disk, for up to {@value #BATCH_MAILS} mails or
 * a second), each mail whole on its own: a mail that fails takes nothing of the others with it. What the classifier is not sure of goes to the review queue ("Thư cần xem", {@link ReviewDesk}):
 * a reply's doubtful readings, a suggestion, a mail it cannot place, a suspicious one; none is applied
 * until the clerk decides. A bounce is recorded as DELIVERY_FAILED for the unit.
 * <p>An event's time is the time the mail states only when that is plausible ({@link MailTime});
 * otherwise when the mailbox received it, else when it was collected, and the evidence says so.
 * <p>Every event of a mail has source "mail" and source id {@link IncomingMail#sourceId()} (its
 * Message-ID with the start of its content hash, else its content hash); the ledger's key (dispatch, source id, type, unit, requirement)
 * tells a mail's per-item events apart and makes a second collection of the same mail add nothing.
 */
public final class ReplyCollection {
    private static final Messages MSG = Messages.of(ReplyCollection.class);
    private static final String SOURCE = "mail";
    /**
     * Mails an outcome lists one by one; those after are only counted. A line (sender, subject, notes) holds about a
     * kilobyte, so memory grew with a long mailbox (200,000 small mails: 492 MB resident against 171 MB for 20,000;
     * listing 10,000, 132 and 129 MB), and nobody reads a list that long.
     */
    static final int LISTED_MAILS = 10_000;
    private int listedMails = LISTED_MAILS;
    /** A batch is committed after this many mails, this many bytes of mail or this long, whichever comes first. */
    static final int BATCH_MAILS = 500;
    private static final long BATCH_BYTES = 64L * 1024 * 1024;
    private static final long BATCH_NANOS = 1_000_000_000L;
    /**
     * Reports read of one reply: a unit attaches one or two, and each may take a reader's whole time limit, so that a
     * reply of a thousand crafted files would hold the collection for the best part of an hour.
     */
    static final int REPORTS_READ = 10;

    private final Ledger ledger;
    private final UnitDirectory directory;
    private final ReplyClassifier classifier;
    private final PlainText plainText;
    private final Clock clock;
    private final ReviewDesk review;
    /** A file nothing reads is kept with its mail up to this size ({@link OfficeProfile#keepAttachmentMb()}). */
    private final long keepAttachmentBytes;
    /** When each unit was first sent each dispatch ("dispatchKey unitCode" → time), read with {@link #known()}. */
    private final Map<String, Instant> firstSent = new HashMap<>();
    private RecordedMailIds recordedIds;
    /** Threads that read mails beside the ledger's; -1: one per processor ({@link ReadingPipeline}). */
    private int readingThreads = -1;

    ReplyCollection(Ledger ledger, UnitDirectory directory, OfficeProfile office, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.classifier = new ReplyClassifier(office.domains());
        this.plainText = new PlainText(InputLimits.DEFAULT);
        this.clock = clock;
        this.review = new ReviewDesk(ledger, clock);
        this.keepAttachmentBytes = office.keepAttachmentBytes();
    }

    /** Reads mails on {@code threads} threads beside the ledger's, 0: each on the ledger's thread as it comes (for tests). */
    ReplyCollection readingOn(int threads) {
        this.readingThreads = threads;
        return this;
    }

    /** Lists at most {@code mails} mails one by one instead of {@value #LISTED_MAILS} (for tests). */
    ReplyCollection listingAtMost(int mails) {
        this.listedMails = mails;
        return this;
    }

    /** A mail source with how the clerk named it ("INBOX trên mail.phanthiet.example", "replies.mbox"). */
    record Source(String label, MailSource mail) {
    }

    public enum Kind {
        /** A read receipt: acknowledged. */
        RECEIPT,
        /** A unit's reply: acknowledged, with the statuses it states. */
        REPLY,
        /** One of our own dispatch mails (the office is also a recipient): not an answer. */
        OWN_MAIL,
        /** Placed on a unit's task but not from the unit itself: its reading goes to the review queue. */
        SUGGESTION,
        /** A delivery failure report for a mail we sent: recorded (DELIVERY_FAILED). */
        BOUNCE,
        /** Not about a tracked dispatch, or not clear enough: to the review queue. */
        UNMATCHED,
        /** Looks like phishing: to the review queue, never applied. */
        SUSPICIOUS
    }

    /**
     * What one mail was taken to be.
     *
     * @param statuses  for a reply: requirement → stated status (may be empty); else empty
     * @param newEvents events this run added to the ledger (0 for a mail collected before)
     * @param notes     reasons (unmatched, suspicious) and warnings (an attachment that could not be read), Vietnamese
     * @param review    the number of the review-queue entry the mail went to ("Thư cần xem"), or null
     * @param newReview whether this run added that entry (false: queued by an earlier collection)
     */
    public record MailLine(String source, String position, String from, String subject, Kind kind, TrackedDispatch dispatch,
                           String unitCode, String unitName, Instant at, Map<String, ComplianceStatus> statuses,
                           int newEvents, List<String> notes, Long review, boolean newReview) {
        public MailLine {
            statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
            notes = List.copyOf(notes);
        }

        /** Recorded something in the ledger itself (a reply may also have sent some readings to review). */
        public boolean applied() {
            return kind == Kind.RECEIPT || kind == Kind.REPLY || kind == Kind.BOUNCE;
        }

        /** Waits for the clerk in the review queue. */
        public boolean toReview() {
            return review != null;
        }
    }

    /** A mail that could not be read at all (broken, oversized, a zip bomb): where it is and why. */
    public record SkippedMail(String position, String reason) {
    }

    /**
     * How reading one source went.
     *
     * @param failure      why it could not be opened at all, or null
     * @param read         how many mails were read
     * @param skipped      mails that could not be read
     * @param notRead      where the mails not reached are, when reading stopped early
     * @param interruption why reading stopped early, or null when it read to the end
     */
    public record SourceLine(String label, String failure, int read, List<SkippedMail> skipped, List<String> notRead,
                             String interruption) {
        public SourceLine {
            skipped = List.copyOf(skipped);
            notRead = List.copyOf(notRead);
        }

        static SourceLine of(String label, ReadSummary summary) {
            return new SourceLine(label, null, summary.read(),
                    summary.skipped().stream().map(k -> new SkippedMail(k.position(), k.reason())).toList(),
                    summary.notRead(), summary.complete() ? null : summary.interruption());
        }

        static SourceLine failed(String label, String failure) {
            return new SourceLine(label, failure, 0, List.of(), List.of(), null);
        }

        /** Opened and read to the end (mails skipped as unreadable do not count against it). */
        public boolean complete() {
            return failure == null && interruption == null;
        }
    }

    /**
     * How a collection went: every mail counted, the first {@value #LISTED_MAILS} of them listed one by one.
     *
     * @param mails          the mails listed, in the order they came
     * @param count          every mail read (listed or not); skipped mails are in {@code sources}
     * @param newEvents      events this run added to the ledger
     * @param newlyApplied   mails that changed the ledger in this run
     * @param alreadyApplied mails that would apply but were all recorded before
     * @param forClerk       mails neither applied nor our own: for the clerk to see
     * @param toReview       mails waiting for the clerk in the review queue (new or from before)
     * @param newReview      of those, the ones this run queued
     */
    public record Outcome(List<MailLine> mails, List<SourceLine> sources, int count, int newEvents, long newlyApplied,
                          long alreadyApplied, long forClerk, long toReview, long newReview) {
        public Outcome {
            mails = List.copyOf(mails);
            sources = List.copyOf(sources);
        }

        /** Every mail read is listed in {@link #mails}. */
        public boolean listedAll() {
            return mails.size() == count;
        }

        /** The listed mails of that kind. */
        public List<MailLine> ofKind(Kind kind) {
            return mails.stream().filter(m -> m.kind() == kind).toList();
        }

        /** Every source was opened and read to the end (mails skipped as unreadable do not count against it). */
        public boolean complete() {
            return sources.stream().allMatch(SourceLine::complete);
        }
    }

    /**
     * Reads the sources in order; one that cannot be opened is reported and the others are still read. The mails are
     * parsed and read on a small pool ({@link ReadingPipeline}) as their sources hand them over unparsed; each is
     * recorded on this thread in the order they came, so the ledger gets the same events (and the clerk the same
     * lines, a mail that will not parse among the skipped in its place) as one mail after the other would give.
     */
    Outcome collect(List<Source> sources, Interaction interaction) {
        KnownDispatches known = known();
        Tally tally = new Tally(listedMails);
        List<SourceLine> lines = new ArrayList<>();
        try (ReadingPipeline<ReadMail> pipeline = readingThreads < 0 ? new ReadingPipeline<>() : new ReadingPipeline<>(readingThreads)) {
            ledger.inBatches(batch -> {
                BatchPace pace = new BatchPace();
                for (Source source : sources) {
                    List<Skipped> unreadable = new ArrayList<>();
                    ReadingPipeline.Sink<ReadMail> recordIt = read -> {
                        if (read.mail() == null) {
                            unreadable.add(read.unreadable());
                            return;
                        }
                        IncomingMail mail = read.mail();
                        tally.add(ledger.together(() -> apply(source.label(), mail, read.reading(), known)));
                        if (pace.due(mail.raw() == null ? 0 : mail.raw().length)) {
                            batch.commit();
                        }
                        interaction.progress(source.label(), tally.count, 0);
                    };
                    try {
                        ReadSummary summary = source.mail().readUnparsed(
                                raw -> pipeline.submit(raw.size(), () -> read(raw, known), recordIt));
                        pipeline.drain(recordIt);
                        lines.add(SourceLine.of(source.label(), summary.afterParsing(unreadable)));
                    } catch (MailException e) {
                        // What was read before the source failed is still recorded.
                        pipeline.drain(recordIt);
                        lines.add(SourceLine.failed(source.label(), e.getMessage()));
                    }
                }
                return null;
            });
        }
        return tally.outcome(lines);
    }

    /** Counts every mail of a collection and keeps the first lines. */
    private static final class Tally {
        private final List<MailLine> listed = new ArrayList<>();
        private final int listedAtMost;
        private int count;
        private int newEvents;
        private long newlyApplied;
        private long alreadyApplied;
        private long forClerk;
        private long toReview;
        private long newReview;

        Tally(int listedAtMost) {
            this.listedAtMost = listedAtMost;
        }

        void add(MailLine m) {
            if (listed.size() < listedAtMost) {
                listed.add(m);
            }
            count++;
            newEvents += m.newEvents();
            if (m.applied()) {
                if (m.newEvents() > 0) {
                    newlyApplied++;
                } else {
                    alreadyApplied++;
                }
            } else if (m.kind() != Kind.OWN_MAIL) {
                forClerk++;
            }
            if (m.toReview()) {
                toReview++;
                if (m.newReview()) {
                    newReview++;
                }
            }
        }

        Outcome outcome(List<SourceLine> sources) {
            return new Outcome(listed, sources, count, newEvents, newlyApplied, alreadyApplied, forClerk, toReview, newReview);
        }
    }

    /** When the open batch is due to be committed. */
    private static final class BatchPace {
        private int mails;
        private long bytes;
        private long since = System.nanoTime();

        boolean due(long mailBytes) {
            mails++;
            bytes += mailBytes;
            if (mails < BATCH_MAILS && bytes < BATCH_BYTES && System.nanoTime() - since < BATCH_NANOS) {
                return false;
            }
            mails = 0;
            bytes = 0;
            since = System.nanoTime();
            return true;
        }
    }

    /**
     * What the ledger and the directory know: every dispatch with its assignments, the Message-IDs we
     * sent, and the units — today's directory, and those assigned under an address it no longer lists.
     */
    private KnownDispatches known() {
        List<KnownDispatches.Known> dispatches = new ArrayList<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        directory.units().forEach(u -> units.put(u.code(), u));
        Map<Long, List<Assignment>> everyAssignment = ledger.queries().everyAssignment();
        for (TrackedDispatch d : ledger.queries().dispatches()) {
            List<Assignment> assignments = everyAssignment.getOrDefault(d.key(), List.of());
            dispatches.add(new KnownDispatches.Known(d, assignments, requirementsOf(d)));
            assignments.forEach(a -> units.putIfAbsent(a.unitCode(),
                    new Unit(a.unitCode(), a.unitName(), null, List.of(), a.unitEmail(), List.of())));
        }
        List<SentToUnit> sentMails = ledger.queries().sentToUnits();
        firstSent.clear();
        sentMails.forEach(m -> firstSent.merge(m.dispatchKey() + " " + m.unitCode(), m.at(), (a, b) -> a.isBefore(b) ? a : b));
        recordedIds = new RecordedMailIds(ledger.queries().receivedMailSourceIds());
        List<SentMessage> sent = sentMails.stream().map(m -> new SentMessage(m.dispatchKey(), m.unitCode(), m.messageId())).toList();
        return new KnownDispatches(dispatches, sent, List.copyOf(units.values()), ledger.addressTrust().trusted());
    }

    /**
     * The dispatch's requirements as analysed at import, whose texts let a reply name an item by its topic; none
     * when the analysis cannot be read (replies are then read by item number only).
     */
    private List<Requirement> requirementsOf(TrackedDispatch d) {
        try {
            return DecidedDispatch.of(ledger, d).requirements();
        } catch (InputException e) {
            return List.of();
        }
    }

    /**
     * What a mail says, read without the ledger, so on any thread: one of our own mails, or its classification, and
     * for a unit's reply with attached reports also the classification with their texts (used only when the
     * reply stays a reply once its Message-ID is checked against the ledger, {@link #apply}).
     */
    private record Reading(SentMessage own, Classification first, Classification withReports, List<String> reportNotes) {
    }

    /** A mail parsed and read on the pool, or (mail null) why it could not be parsed. */
    private record ReadMail(IncomingMail mail, Reading reading, Skipped unreadable) {
    }

    private ReadMail read(UnparsedMail raw, KnownDispatches known) {
        UnparsedMail.Parsed parsed = raw.parse();
        return parsed.mail() == null ? new ReadMail(null, null, parsed.skipped())
                : new ReadMail(parsed.mail(), read(parsed.mail(), known), null);
    }

    private Reading read(IncomingMail mail, KnownDispatches known) {
        Optional<SentMessage> own = known.sentWithId(mail.messageId());
        if (own.isPresent()) {
            return new Reading(own.get(), null, null, List.of());
        }
        Classification c = classifier.classify(mail, known);
        if (c instanceof Classification.Reply reply && mail.attachments().stream().anyMatch(ReplyCollection::report)) {
            // Only a unit's reply gets its attached reports opened; a suspicious mail's files are never touched.
            List<String> notes = new ArrayList<>();
            return new Reading(null, c, classifier.withReports(reply, mail, known, attachmentTexts(mail, notes)), notes);
        }
        return new Reading(null, c, null, List.of());
    }

    /** Records one mail as read by {@link #read}, on the ledger's thread, in the order the mails came. */
    private MailLine apply(String source, IncomingMail mail, Reading reading, KnownDispatches known) {
        List<String> notes = new ArrayList<>();
        if (reading.own() != null) {
            SentMessage own = reading.own();
            notes.add(MSG.get("collect.own", known.label(own.dispatchKey()), unitName(known, own.unitCode())));
            return line(source, mail, Kind.OWN_MAIL, null, null, known, null, Map.of(), 0, notes, null);
        }
        Classification c = reading.first();
        if (c instanceof Classification.Reply || c instanceof Classification.ReadReceipt) {
            c = unlessReusedId(mail, c);
        }
        if (c instanceof Classification.Reply && reading.withReports() != null) {
            notes.addAll(reading.reportNotes());
            c = reading.withReports();
        }
        return record(source, mail, c, known, notes);
    }

    /** Records what the mail was taken to be; a test may give the classification itself (one of a reader yet to come). */
    MailLine record(String source, IncomingMail mail, Classification c) {
        return record(source, mail, c, known(), new ArrayList<>());
    }

    private MailLine record(String source, IncomingMail read, Classification c, KnownDispatches known, List<String> notes) {
        String id = read.messageId() != null ? "Message-ID " + shown(read.messageId()) : "SHA-256 " + read.sha256();
        String evidence = MSG.get("collect.evidence", id,
                read.fromAddress() == null ? MSG.get("collect.unknownSender") : read.fromAddress(), read.subject(), read.position());
        // What is stored from here on (with the events, with a review entry) is the mail as kept.
        KeptMail kept = KeptMail.of(read, keepAttachmentBytes);
        IncomingMail mail = read;
        if (!kept.left().isEmpty()) {
            mail = read.withRaw(kept.raw());
            evidence += "; " + MSG.get("collect.attachmentNotKept", kept.left().stream()
                    .map(a -> MSG.get("collect.attachmentNotKept.file", a.fileName() == null ? MSG.get("collect.unnamedFile") : a.fileName(),
                            Sizes.of(a.size()), a.streamed().sha256()))
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        if (c instanceof Classification.ReadReceipt r) {
            MailTime.Decision time = time(mail, r.dispatchKey(), r.unitCode(), known, notes);
            Instant at = time.at();
            String sourceId = sourceId(mail);
            int added = keepWith(mail, sourceId, List.of(Event.of(r.dispatchKey(), EventType.ACKNOWLEDGED, at).unit(r.unitCode())
                    .source(SOURCE, sourceId).evidence(withDistrust(evidence, time))
                    .note(MSG.get("collect.note.receipt")).build()));
            return line(source, mail, Kind.RECEIPT, r.dispatchKey(), r.unitCode(), known, at, Map.of(), added, notes, null);
        }
        if (c instanceof Classification.Reply r) {
            MailTime.Decision time = time(mail, r.dispatchKey(), r.unitCode(), known, notes);
            Instant at = time.at();
            evidence = withDistrust(evidence, time);
            String sourceId = sourceId(mail);
            // One reply is one fact: its acknowledgement and its items enter the ledger together or not at all.
            List<Event> events = new ArrayList<>();
            events.add(Event.of(r.dispatchKey(), EventType.ACKNOWLEDGED, at).unit(r.unitCode())
                    .source(SOURCE, sourceId).evidence(evidence).note(r.evidence()).build());
            for (Map.Entry<String, ItemReading> s : r.readings().entrySet()) {
                if (s.getValue().certain() && s.getValue().status() != ComplianceStatus.OVERDUE) {
                    events.add(ReviewDesk.reading(r.dispatchKey(), r.unitCode(), s.getKey(), s.getValue(), at, r.evidence())
                            .source(SOURCE, sourceId).evidence(evidence).build());
                }
            }
            int added = keepWith(mail, sourceId, events);
            if (r.readings().isEmpty()) {
                notes.add(MSG.get("collect.noStatuses"));
            }
            Map<String, ItemReading> doubtful = r.doubtful();
            if (doubtful.isEmpty()) {
                return line(source, mail, Kind.REPLY, r.dispatchKey(), r.unitCode(), known, at, r.certainStatuses(), added, notes, null);
            }
            // What the reply says without naming the item for sure waits for the clerk; the rest is recorded above.
            String reason = MSG.get("collect.review.doubtful");
            notes.add(reason);
            // No receipt with it: the reply's acknowledgement is recorded above already.
            ReviewQueue.Added entry = review.queue(ReviewQueue.Kind.READING, mail, sourceId, r.dispatchKey(), r.unitCode(), false,
                    at, List.of(reason), evidence, r.evidence(), doubtful);
            return line(source, mail, Kind.REPLY, r.dispatchKey(), r.unitCode(), known, at, r.certainStatuses(), added, notes, entry);
        }
        if (c instanceof Classification.Suggestion s) {
            MailTime.Decision time = time(mail, s.dispatchKey(), s.unitCode(), known, notes);
            notes.add(s.reason());
            ReviewQueue.Added entry = review.queue(ReviewQueue.Kind.SUGGESTION, mail, sourceId(mail), s.dispatchKey(), s.unitCode(),
                    s.receipt(), time.at(), List.of(s.reason()), withDistrust(evidence, time), s.evidence(), s.readings());
            return line(source, mail, Kind.SUGGESTION, s.dispatchKey(), s.unitCode(), known, time.at(), Map.of(), 0, notes, entry);
        }
        if (c instanceof Classification.Bounce b) {
            MailTime.Decision time = time(mail, b.dispatchKey(), b.unitCode(), known, notes);
            String diagnostic = b.diagnostic() == null || b.diagnostic().isBlank() ? MSG.get("collect.bounce.noReason")
                    : Untrusted.line(b.diagnostic());
            notes.add(diagnostic);
            String sourceId = sourceId(mail);
            int added = keepWith(mail, sourceId, List.of(Event.of(b.dispatchKey(), EventType.DELIVERY_FAILED, time.at())
                    .unit(b.unitCode()).source(SOURCE, sourceId).evidence(withDistrust(evidence, time) + "; " + diagnostic)
                    .note(diagnostic).build()));
            return line(source, mail, Kind.BOUNCE, b.dispatchKey(), b.unitCode(), known, time.at(), Map.of(), added, notes, null);
        }
        if (c instanceof Classification.Suspicious s) {
            notes.addAll(s.reasons());
            ReviewQueue.Added entry = review.queue(ReviewQueue.Kind.SUSPICIOUS, mail, sourceId(mail), null, null, false, null,
                    s.reasons(), evidence, null, Map.of());
            return line(source, mail, Kind.SUSPICIOUS, null, null, known, null, Map.of(), 0, notes, entry);
        }
        String reason = ((Classification.Unmatched) c).reason();
        notes.add(reason);
        ReviewQueue.Added entry = review.queue(ReviewQueue.Kind.UNPLACED, mail, sourceId(mail), null, null, false, null,
                List.of(reason), evidence, null, Map.of());
        return line(source, mail, Kind.UNMATCHED, null, null, known, null, Map.of(), 0, notes, entry);
    }

    /** Appends the mail's events and keeps the mail itself with them, in one transaction, so that each line opens it. */
    private int keepWith(IncomingMail mail, String sourceId, List<Event> events) {
        int added = ledger.mailOriginals().appendWithMail(events, sourceId, mail.raw(), InputLimits.DEFAULT.maxFileBytes());
        recordedIds.add(sourceId);
        return added;
    }

    /**
     * When the mail's fact happened, by {@link MailTime}: the earliest plausible moment is when the
     * dispatch was first sent to the unit, else its issue day, else its import. A stated time not
     * trusted is noted for the clerk.
     */
    private MailTime.Decision time(IncomingMail mail, long dispatchKey, String unitCode, KnownDispatches known,
                                   List<String> notes) {
        TrackedDispatch d = known.dispatch(dispatchKey).orElseThrow();
        Instant earliest = Optional.ofNullable(firstSent.get(dispatchKey + " " + unitCode))
                .orElseGet(() -> d.date() != null ? d.date().atStartOfDay(Workspace.VIETNAM).toInstant() : d.importedAt());
        MailTime.Decision time = MailTime.of(mail.sentDate(), mail.receivedDate(), earliest, clock.instant());
        if (time.distrust() != null) {
            notes.add(time.distrust());
        }
        return time;
    }

    private static String withDistrust(String evidence, MailTime.Decision time) {
        return time.distrust() == null ? evidence : evidence + "; " + time.distrust();
    }

    /**
     * The source id the mail's events carry: {@link IncomingMail#sourceId()}, except for a mail an older
     * congvan recorded under its bare Message-ID — its events keep that id, so collecting the same
     * mailbox again after an upgrade adds nothing twice.
     */
    private String sourceId(IncomingMail mail) {
        String id = mail.messageId();
        return id != null && recordedIds.hasBare(id) ? id : mail.sourceId();
    }

    /**
     * A mail whose Message-ID the ledger knows from a mail with other content is not applied: either
     * one of them is forged or a mail program reuses ids, and only the clerk can tell which.
     */
    private Classification unlessReusedId(IncomingMail mail, Classification c) {
        if (mail.messageId() == null) {
            return c;
        }
        boolean other = recordedIds.otherWithId(mail.messageId(), mail.sourceId());
        return other ? new Classification.Unmatched(MSG.get("collect.reusedMessageId", shown(mail.messageId()),
                mail.fromAddress() == null ? MSG.get("collect.unknownSender") : mail.fromAddress())) : c;
    }

    /**
     * A Message-ID as printed in evidence and notes: the sender writes it, so it is cut like a subject. The
     * source id keeps it whole, since a shortened id would make the same mail collected again a new one.
     */
    private static String shown(String messageId) {
        return Untrusted.header(messageId);
    }

    /** An attached report the classifier cannot read itself: .docx, .pdf (text/* it reads). */
    private static boolean report(Attachment a) {
        return !a.baseType().startsWith("text/") && PlainText.reads(a.fileName());
    }

    /**
     * The text of the attached reports, the first {@value #REPORTS_READ} of them (the others noted for the clerk to
     * read in the mail); one that cannot be read is noted and the others are used. A BÁO CÁO in the
     * official form gives only its results, its tables as numbered lines ({@link PlainText#reportText}).
     */
    private List<String> attachmentTexts(IncomingMail mail, List<String> notes) {
        List<String> texts = new ArrayList<>();
        int reports = 0;
        for (Attachment a : mail.attachments()) {
            if (!report(a) || ++reports > REPORTS_READ) {
                continue;
            }
            try {
                plainText.reportText(a.fileName(), a.content()).ifPresent(texts::add);
            } catch (InputException e) {
                notes.add(MSG.get("collect.attachmentUnread", e.getMessage()));
            }
        }
        if (reports > REPORTS_READ) {
            notes.add(MSG.get("collect.reportsNotRead", reports, REPORTS_READ, reports - REPORTS_READ));
        }
        return texts;
    }

    private static MailLine line(String source, IncomingMail mail, Kind kind, Long dispatchKey, String unitCode,
                                 KnownDispatches known, Instant at, Map<String, ComplianceStatus> statuses, int added,
                                 List<String> notes, ReviewQueue.Added review) {
        TrackedDispatch dispatch = dispatchKey == null ? null : known.dispatch(dispatchKey).orElse(null);
        return new MailLine(source, mail.position(), mail.fromAddress(), mail.subject(), kind, dispatch, unitCode,
                unitCode == null ? null : unitName(known, unitCode), at, statuses, added, notes,
                review == null ? null : review.id(), review != null && review.fresh());
    }

    private static String unitName(KnownDispatches known, String code) {
        return known.unit(code).map(Unit::name).orElse(code);
    }
}
