package vn.congvan.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.DispatchReader;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.ImapSource;
import vn.congvan.mail.MailException;
import vn.congvan.mail.MaildirSource;
import vn.congvan.mail.MboxSource;
import vn.congvan.mail.MessageIds;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.mail.ServerSettings;
import vn.congvan.mail.SmtpTransport;
import vn.congvan.model.ArchiveReport;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Dispatch;
import vn.congvan.model.TaskSet;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DueMoment;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.QuotaReport;
import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementState;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitGroup;
import vn.congvan.model.UnitStatus;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.tracking.AddressTrust;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.LedgerBackups;
import vn.congvan.tracking.MailOriginals;

/**
 * The one way in: every use case of congvan, for the command line and the window alike. Opened from a
 * {@link Workspace}, it owns the ledger, the unit directory, the office profile, the templates and the
 * clock, and stays open for many calls. Each use case takes a request and returns a result; the rules
 * and defaults (the new deadline of a reminder, the day of a report, the words for a status) are here or
 * below, once. What differs between a terminal and a window comes in as an {@link Interaction}.
 *
 * <p>The ledger is opened, and the directory and office read, only when a use case first needs them:
 * reading or checking a file touches no ledger. Calls take turns.
 */
public final class CongvanService implements AutoCloseable {
    private static final Messages MSG = Messages.of(CongvanService.class);
    /** A reminder gives late units this many days from the day it is issued, unless told otherwise. */
    static final int REMINDER_DAYS = 7;

    private final Workspace workspace;
    private final Clock clock;
    private final Interaction interaction;
    private final Map<String, String> environment;
    private final MessageIds messageIds;
    private Ledger ledger;
    private UnitDirectory directory;
    private OfficeProfile office;

    CongvanService(Workspace workspace, Clock clock, Interaction interaction, Map<String, String> environment,
                   MessageIds messageIds) {
        this.workspace = workspace;
        this.clock = clock;
        this.interaction = interaction;
        this.environment = Map.copyOf(environment);
        this.messageIds = messageIds;
    }

    // ---- documents: no ledger needed --------------------------------------------------------------

    /** Use case "parse": what congvan reads in a dispatch. */
    public Dispatch parse(Path file) {
        return MailedDispatch.isMail(file) ? MailedDispatch.read(file).dispatch() : new DispatchReader().read(file);
    }

    /**
     * The task set a dispatch would give against the unit directory, without storing it: who would be
     * assigned, who gets a copy for information, which entries match nothing or more than one unit.
     */
    public synchronized TaskSet plan(Dispatch dispatch) {
        return new TaskPlanner(directory(), office()).plan(dispatch, null);
    }

    /** Use case "parse" that also reads a scan or photo, through OCR (Tesseract), and says so. */
    public DispatchReading read(Path file) {
        if (MailedDispatch.isMail(file)) {
            return new DispatchReading(MailedDispatch.read(file).dispatch(), false);
        }
        return new ScanImport(environment).read(file);
    }

    /** Use case "render": any document we can read, written again in the official format. */
    public List<Path> render(Path file, Set<OutputFormat> formats, Path outDir) {
        return render(file, formats, outDir, false);
    }

    /** Use case "render", the PDF as the archive's copy (PDF/A-2b) when {@code pdfa}. */
    public List<Path> render(Path file, Set<OutputFormat> formats, Path outDir, boolean pdfa) {
        return DocumentFiles.rerender(file, formats, outDir, pdfa);
    }

    /** Use case "check": the Decree 30 rules, one line each, on a PDF or DOCX file. */
    public List<DocumentFiles.CheckLine> check(Path file) {
        return DocumentFiles.check(file);
    }

    /** Use case "sign-pdf": any PDF signed beside itself as {@code …-da-ky.pdf} (PAdES, Decree 30 appearance). */
    public Path signPdf(Path file, PdfSigning.Request options) {
        return new PdfSigning(workspace.directoryFolder(), environment, interaction, clock).sign(file, options);
    }

    /** The signatures an incoming dispatch arrived with (a signed PDF), for parse and import to show. */
    public List<vn.congvan.model.SignatureCheck> incomingSignatures(Path file) {
        return new PdfSigning(workspace.directoryFolder(), environment, interaction, clock).incoming(file);
    }

    /** Use case "verify": every signature of a PDF, checked against the roots the office trusts. */
    public List<vn.congvan.model.SignatureCheck> verifyPdf(Path file) {
        return new PdfSigning(workspace.directoryFolder(), environment, interaction, clock).verify(file);
    }

    /** The unit directory: its folder, units, and groups with how many members each has. */
    public record DirectoryView(Path folder, List<Unit> units, Map<UnitGroup, Integer> groups) {
    }

    public synchronized DirectoryView units() {
        UnitDirectory d = directory();
        Map<UnitGroup, Integer> groups = new LinkedHashMap<>();
        d.groups().forEach(g -> groups.put(g, d.members(g.code()).size()));
        return new DirectoryView(workspace.directoryFolder(), d.units(), groups);
    }

    // ---- the ledger ----------------------------------------------------------------------------------

    /** How the ledger is named to the user: its file, or its URL without the password. */
    public synchronized String ledgerDescription() {
        return ledger().description();
    }

    /** @param defaultDue the deadline of requirements that state none; null leaves them without one */
    public record ImportRequest(Path file, LocalDate defaultDue) {
    }

    /** Use case "import": the dispatch, its analysis and its task set into the ledger. */
    public synchronized DispatchImporter.Outcome importDispatch(ImportRequest r) {
        PdfSigning signatures = new PdfSigning(workspace.directoryFolder(), environment, interaction, clock);
        return new DispatchImporter(this::ledgerCreating, directory(), office(), clock, signatures::incoming)
                .importFile(r.file(), r.defaultDue());
    }

    /**
     * Use case "import" that also takes scans and photos: those are read through OCR and wait in the review
     * queue (kind SCAN) until the clerk accepts the reading ({@link #reviewAccept}); see {@link ScanImport}.
     */
    public synchronized ImportOutcome importOrQueue(ImportRequest r) {
        try {
            return new ImportOutcome(importDispatch(r), null, false);
        } catch (vn.congvan.ingest.ScanFound scan) {
            vn.congvan.tracking.ReviewQueue.Added added = new ScanImport(environment).queue(this::ledgerCreating, r.file(), r.defaultDue());
            return new ImportOutcome(null, reviewItem(new ReviewDesk(ledger(), clock).entry(added.id())), added.fresh());
        } catch (ReportBackFound report) {
            return new ImportOutcome(null, null, false, recordReport(report));
        }
    }

    /** A unit's report back given to import: its response recorded, no task set (see {@link ReportImport}). */
    private ReportOutcome recordReport(ReportBackFound found) {
        ReportImport.Result r = new ReportImport(ledgerCreating(), directory(), clock).record(found);
        Review.Item queued = r.queued() == null ? null : reviewItem(new ReviewDesk(ledger(), clock).entry(r.queued().id()));
        return new ReportOutcome(r.fileName(), r.issuer(), r.dispatch(), r.unitName(), r.recorded(), r.newEvents(), queued,
                r.queued() != null && r.queued().fresh());
    }

    /** The signatures a dispatch arrived with, as checked when it was imported; none for an unsigned one. */
    public synchronized vn.congvan.model.ReceivedSignatures receivedSignatures(TrackedDispatch d) {
        return ledger().receivedSignatures().of(d.key());
    }

    /** Finds a dispatch as the clerk names it; see {@link DispatchRef}. */
    public synchronized TrackedDispatch find(DispatchRef ref) {
        return DispatchLookup.find(ledger().queries(), ref);
    }

    /** @param today the day the statuses hold for; null for today in Vietnam */
    public record StatusRequest(DispatchRef dispatch, LocalDate today) {
    }

    /**
     * A dispatch and where every unit stands on it.
     *
     * @param copies who receives it without being assigned it: copies for information ("Gửi để biết") and names
     *               the directory reads more than one way ("chưa rõ"), as resolved at import
     */
    public record StatusView(TrackedDispatch dispatch, DispatchStatus status, List<vn.congvan.model.CopyRecipient> copies) {
        public StatusView {
            copies = List.copyOf(copies);
        }

        public StatusView(TrackedDispatch dispatch, DispatchStatus status) {
            this(dispatch, status, List.of());
        }
    }

    /** Use case "status": recurring requirements get the periods that came within reach first. */
    public synchronized StatusView status(StatusRequest r) {
        TrackedDispatch d = find(r.dispatch());
        extendSeries(r.today());
        return new StatusView(d, ledger().queries().status(d.key(), momentOr(r.today())), ledger().queries().copyRecipients(d.key()));
    }

    /**
     * What a clerk recorded: on which dispatch, for which unit, and for a mark which requirement and
     * status (both null for an acknowledgement).
     */
    public record Entry(TrackedDispatch dispatch, String unitCode, String unitName, String requirementId,
                        ComplianceStatus status) {
    }

    /** @param unit code, name or alias */
    public record AckRequest(DispatchRef dispatch, String unit, String note) {
    }

    /** Use case "ack": a unit confirmed receipt (by phone, on paper …). */
    public synchronized Entry acknowledge(AckRequest r) {
        TrackedDispatch d = find(r.dispatch());
        return entry(d, new ClerkEntries(ledger(), directory(), clock).acknowledge(d, r.unit(), r.note()), null, null);
    }

    /** @param status as the clerk writes it: "done", "đã hoàn thành", "dang thuc hien" … (see {@link StatusWords}) */
    public record MarkRequest(DispatchRef dispatch, String unit, String requirement, String status, String note) {
    }

    /** Use case "mark": a unit's progress on one requirement. */
    public synchronized Entry mark(MarkRequest r) {
        ComplianceStatus status = StatusWords.parse(r.status());
        TrackedDispatch d = find(r.dispatch());
        return entry(d, new ClerkEntries(ledger(), directory(), clock).mark(d, r.unit(), r.requirement(), status, r.note()),
                r.requirement().strip(), status);
    }

    private Entry entry(TrackedDispatch d, String code, String requirementId, ComplianceStatus status) {
        return new Entry(d, code, ledger().queries().assignedName(d.key(), code).orElse(code), requirementId, status);
    }

    /**
     * @param today       the day the figures hold for and the documents are dated; null for today
     * @param signerName  who signs; null for the dispatch's signer
     * @param newDeadline the reminder's deadline; null for {@value #REMINDER_DAYS} days after {@code today}
     * @param pdfa        whether the PDFs are the archive's copies, PDF/A-2b
     */
    public record ReportRequest(DispatchRef dispatch, Set<OutputFormat> formats, Path outDir, LocalDate today,
                                String signerName, LocalDate newDeadline, boolean pdfa) {
        /** A request for ordinary PDFs. */
        public ReportRequest(DispatchRef dispatch, Set<OutputFormat> formats, Path outDir, LocalDate today,
                             String signerName, LocalDate newDeadline) {
            this(dispatch, formats, outDir, today, signerName, newDeadline, false);
        }
    }

    /**
     * Use case "report": the BÁO CÁO, the reminder to late or silent units (when any), the register. The
     * BÁO CÁO and the reminder are recorded as drafts, to be submitted for signing.
     */
    public synchronized FollowUpFiles.Written report(ReportRequest r) {
        // The directory, the templates and the writers' start need no ledger: a second thread does them meanwhile.
        UnitDirectory known = directory;
        ReportPreparation prepared = ReportPreparation.start(workspace.templatesFolder(),
                known != null ? () -> known : workspace::loadDirectory, r.formats(), r.pdfa());
        TrackedDispatch d = find(r.dispatch());
        LocalDate day = dayOr(r.today());
        LocalDate due = r.newDeadline() != null ? r.newDeadline() : day.plusDays(REMINDER_DAYS);
        directory = prepared.directory();
        FollowUpFiles files = new FollowUpFiles(prepared);
        extendSeries(r.today());
        FollowUpFiles.Written written = files.write(ledger(), d, r.formats(), r.outDir(), momentOr(r.today()), day, r.signerName(),
                due, r.pdfa());
        return new DocumentWorkflow(ledger(), clock).recordDrafts(written, files.drafts(), Actor.name(null));
    }

    // ---- outgoing documents: draft → trình ký → ký (number) → ban hành → phát hành ---------------------
    // Each is in its own class (DocumentWorkflow, RegisterBook, ReminderMailing); these only delegate.

    /** Use case "docs": every document congvan wrote, with its steps. */
    public synchronized List<vn.congvan.model.OutgoingDocument> documents() {
        return new DocumentWorkflow(ledger(), clock).documents();
    }

    /** Use case "submit": a draft goes to a leader for signing; {@code by} null for the OS user. */
    public synchronized vn.congvan.model.OutgoingDocument submit(long id, String leader, String by) {
        return new DocumentWorkflow(ledger(), clock).submit(id, signing().leader(DocumentWorkflow.leaderGiven(leader)), Actor.name(by));
    }

    /** Use case "return": the leader returns it with a comment. */
    public synchronized vn.congvan.model.OutgoingDocument returnDocument(long id, String comment, String by) {
        return new DocumentWorkflow(ledger(), clock).giveBack(id, comment, Actor.name(by));
    }

    /** Use case "sign" without a key: the number from the register, the final PDF and DOCX, left unsigned. */
    public synchronized DocumentWorkflow.Signed sign(long id, String by) {
        return sign(id, by, null);
    }

    /**
     * Use case "sign": the leader's key is opened first (its password or PIN asked), then the number is taken
     * from the register, the final PDF and DOCX written, and the PDF signed beside them.
     *
     * @param key the leader's PKCS#12 file or token; null leaves the final PDF unsigned, and says so
     */
    public synchronized DocumentWorkflow.Signed sign(long id, String by, PdfSigning.Request key) {
        PdfSignatureStep step = key == null ? PdfSignatureStep.NONE
                : new PdfSigning(workspace.directoryFolder(), environment, interaction, clock).step(key);
        return new DocumentWorkflow(ledger(), clock).sign(id, Actor.name(by), signing(), step, () -> { });
    }

    /** Use case "issue": the văn thư issues a signed document (with the agency's seal when its key is configured). */
    public synchronized vn.congvan.model.OutgoingDocument issue(long id, String by) {
        return issue(id, by, List.of()).document();
    }

    /**
     * Use case "issue" with the agency's part: when the office configured the agency's key, its password or
     * PIN is asked first, then the agency signs and seals the PDF the leader signed and signs each attachment
     * with the register's number; see {@link PdfSigning#agencyStep}.
     */
    public synchronized DocumentWorkflow.Issued issue(long id, String by, List<Path> attachments) {
        DocumentWorkflow workflow = new DocumentWorkflow(ledger(), clock);
        workflow.require(id, java.util.EnumSet.of(vn.congvan.model.DocumentStage.SIGNED), "doc.notSigned");
        IssueSigning agency = new PdfSigning(workspace.directoryFolder(), environment, interaction, clock).agencyStep(attachments);
        return workflow.issue(id, Actor.name(by), agency);
    }

    /** Use case "sign-pdf --attachment-of DOC": an attachment signed by the agency with the register's number of DOC. */
    public synchronized Path signAttachment(Path file, long mainDocument, Path keystore) {
        String number = new DocumentWorkflow(ledger(), clock).issuedNumber(mainDocument);
        return signPdf(file, new PdfSigning.Request(keystore, false, number));
    }

    /** Use case "withdraw": its number stays in the register, marked withdrawn with who, when and why. */
    public synchronized vn.congvan.model.OutgoingDocument withdraw(long id, String reason, String by) {
        return new DocumentWorkflow(ledger(), clock).withdraw(id, reason, Actor.name(by));
    }

    /** Use case "register list": every number taken, of one year and series or all (null). */
    public synchronized List<RegisterBook.Line> register(Integer year, String series) {
        return new RegisterBook(ledger()).lines(year, series);
    }

    /** Use case "register export": the register as XLSX in the paper layout. */
    public synchronized Path exportRegister(Integer year, String series, Path file) {
        return new RegisterBook(ledger()).export(year, series, file);
    }

    /** Use case "distribute-doc": an issued công văn đôn đốc to exactly the units it names. */
    public synchronized ReminderMailing.Outcome distributeDocument(long id, MailRoute route, String from, String by) {
        OfficeProfile sender = from == null ? office() : office().withEmail(from, "--from");
        ReminderMailing mailing = new ReminderMailing(ledger(), directory(), sender, clock, messageIds);
        if (route.smtp() == null) {
            Path outbox = route.outbox() != null ? route.outbox() : workspace.outboxFolder();
            return mailing.distribute(id, new OutboxTransport(outbox), Actor.name(by));
        }
        ServerSettings settings = MailServers.smtp(route.smtp(), MailServers.security(route.security()), route.user(),
                route.trustCertificate());
        var password = MailServers.passwords(settings, environment, interaction);
        try (SmtpTransport transport = new SmtpTransport(settings, password)) {
            return mailing.distribute(id, transport, Actor.name(by));
        }
    }

    /** How often each unit of a dispatch was sent a reminder (lần 1, lần 2 …) and when last. */
    public synchronized Map<String, Reminders.Reminded> reminders(TrackedDispatch d) {
        return Reminders.of(ledger().queries().events(d.key()));
    }

    /** The window's trays of outgoing documents: each with its number once signed, its leader and signed PDF. */
    public synchronized List<DocumentTray.Line> documentTray() {
        return DocumentTray.lines(ledger());
    }

    /** The leaders a document may be submitted to, and whether a signing token is configured. */
    public SigningChoices signingChoices() {
        return SigningChoices.load(workspace.directoryFolder());
    }

    /** "verify" on the original an incoming dispatch was imported from, when that is a PDF. */
    public synchronized List<vn.congvan.model.SignatureCheck> verifyOriginal(TrackedDispatch d) {
        return OriginalSignatures.verify(ledger(),
                new PdfSigning(workspace.directoryFolder(), environment, interaction, clock), d);
    }

    private vn.congvan.directory.OfficeSigning signing() {
        return vn.congvan.directory.OfficeSigning.load(workspace.directoryFolder());
    }

    // ---- backup and restore -------------------------------------------------------------------------

    /** @param file the new backup file (it must not exist) */
    public record BackupRequest(Path file) {
    }

    /**
     * Use case "backup": a consistent copy of the SQLite ledger, also while another program writes; a
     * PostgreSQL ledger is refused with a pointer to pg_dump.
     *
     * @return the backup file
     */
    public synchronized Path backup(BackupRequest r) {
        LedgerBackups.backup(workspace.ledgerLocation(), r.file());
        return r.file().toAbsolutePath().normalize();
    }

    /** @param file a backup made by {@link #backup} */
    public record RestoreRequest(Path file) {
    }

    /** @param keptAside the ledger as it was before, or null when there was none */
    public record Restored(Path file, String ledger, Path keptAside) {
    }

    /**
     * Use case "restore": the ledger brought back from a backup once the backup is checked (a congvan
     * ledger, intact, not newer than this program); the current one is kept aside. A refused backup
     * changes nothing.
     */
    public synchronized Restored restore(RestoreRequest r) {
        close();
        Path aside = LedgerBackups.restore(workspace.ledgerLocation(), r.file(), clock.instant());
        return new Restored(r.file().toAbsolutePath().normalize(), ledgerDescription(), aside);
    }

    // ---- mail ----------------------------------------------------------------------------------------

    /**
     * @param route  where the mails go
     * @param from   another sender address for this run; null for the office's
     * @param resend units to send again (code, name or alias), or "all"
     */
    public record DistributeRequest(DispatchRef dispatch, MailRoute route, String from, List<String> resend) {
        public DistributeRequest {
            resend = List.copyOf(resend);
        }
    }

    /** Use case "distribute": one mail per assigned unit, each recorded the moment it goes or fails. */
    public synchronized MailDistribution.Outcome distribute(DistributeRequest r) {
        TrackedDispatch d = find(r.dispatch());
        OfficeProfile sender = r.from() == null ? office() : office().withEmail(r.from(), "--from");
        MailDistribution distribution = new MailDistribution(ledger(), directory(), sender, clock, messageIds);
        MailRoute route = r.route();
        if (route.smtp() == null) {
            Path outbox = route.outbox() != null ? route.outbox() : workspace.outboxFolder();
            return distribution.distribute(d, r.resend(), new OutboxTransport(outbox), interaction);
        }
        ServerSettings settings = MailServers.smtp(route.smtp(), MailServers.security(route.security()), route.user(),
                route.trustCertificate());
        // Asked before anything is sent: a password nobody can give touches no unit.
        var password = MailServers.passwords(settings, environment, interaction);
        try (SmtpTransport transport = new SmtpTransport(settings, password)) {
            return distribution.distribute(d, r.resend(), transport, interaction);
        }
    }

    /**
     * @param unit    the unit's code or name, as the directory knows it
     * @param address the address to trust for the unit (or, with {@code undo}, to trust no longer)
     * @param note    why, for the record; may be null
     */
    public record TrustRequest(String unit, String address, boolean undo, String note) {
    }

    /** What was recorded: the unit, the address in lower case, and whether it is now trusted. */
    public record TrustOutcome(String unitCode, String unitName, String address, boolean trusted) {
    }

    /**
     * Use case "trust": the clerk trusts an address for a unit, so that its replies and receipts are
     * applied like those from the unit's own address; or, with undo, no longer. Recorded in the ledger
     * (never changed), so it can be audited and undone.
     */
    public synchronized TrustOutcome trustAddress(TrustRequest r) {
        Unit unit = directory().find(r.unit() == null ? "" : r.unit().strip())
                .orElseThrow(() -> new InputException(MSG.get("trust.unknownUnit", r.unit())));
        String address = r.address() == null ? "" : r.address().strip().toLowerCase(java.util.Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InputException(MSG.get("trust.badAddress", r.address()));
        }
        // Trusting an address may come before the first import: it is a write, so it may start the ledger.
        ledgerCreating().addressTrust().append(unit.code(), address, !r.undo(), clock.instant(), "clerk", r.note());
        return new TrustOutcome(unit.code(), unit.name(), address, !r.undo());
    }

    /** An address trusted for a unit now: since when, who recorded it ("clerk") and why. */
    public record TrustedAddress(String unitCode, String unitName, String address, Instant since, String source, String note) {
    }

    /**
     * Use case "trust --list": the addresses trusted now, per unit (only {@code unit}'s when it is given),
     * each with when and by whom it was trusted and the note; withdrawn ones are not listed.
     */
    public synchronized List<TrustedAddress> trustedAddresses(String unit) {
        String only = null;
        if (unit != null && !unit.isBlank()) {
            only = directory().find(unit.strip()).orElseThrow(() -> new InputException(MSG.get("trust.unknownUnit", unit))).code();
        }
        List<TrustedAddress> out = new ArrayList<>();
        for (AddressTrust.Entry e : ledger().addressTrust().current()) {
            if (only == null || only.equals(e.unitCode())) {
                String name = directory().find(e.unitCode()).map(Unit::name).orElse(e.unitCode());
                out.add(new TrustedAddress(e.unitCode(), name, e.address(), e.at(), e.source(), e.note()));
            }
        }
        return out;
    }

    // ---- the review queue ("Thư cần xem") --------------------------------------------------------------

    /**
     * @param all      also the entries already decided
     * @param dispatch only the entries placed on this dispatch; null for all
     */
    public record ReviewListRequest(boolean all, DispatchRef dispatch) {
    }

    /** Use case "review list": the mails waiting for the clerk (or all, decided ones too), oldest first. */
    public synchronized List<Review.Item> reviewList(ReviewListRequest r) {
        Long key = r.dispatch() == null ? null : find(r.dispatch()).key();
        return ledger().review().entries(!r.all(), key).stream().map(this::reviewItem).toList();
    }

    /** Use case "review show": one entry with the mail's text and bytes. */
    public synchronized Review.Shown reviewShow(long number) {
        Review.Item item = reviewItem(new ReviewDesk(ledger(), clock).entry(number));
        return new Review.Shown(item, ledger().review().mailText(number).orElse(""), ledger().review().raw(number).orElse(null));
    }

    /**
     * Use case "open the mail of a review entry": the mail as received, written to {@code thu-can-xem-N.eml} in
     * the documents folder so that the system's mail program can open it; returns that file.
     */
    public synchronized Path reviewMailFile(long number) {
        vn.congvan.tracking.ReviewQueue.Entry e = new ReviewDesk(ledger(), clock).entry(number);
        byte[] raw = ledger().review().raw(number).orElseThrow(() -> new InputException(MSG.get("review.noRaw", number)));
        // An imported report is kept as the file it was, not as a mail.
        boolean report = e.mailSourceId().startsWith(ReportImport.SOURCE + ":");
        return writeDocument("thu-can-xem-" + number + (report ? ReportImport.extension(raw) : ".eml"), raw);
    }

    /** Writes a mail to open into the documents folder (replacing an earlier copy of the same). */
    private Path writeDocument(String name, byte[] raw) {
        Path file = workspace.documentsFolder().resolve(name);
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(MSG.get("review.cannotWrite", file), e);
        }
        return file;
    }

    /**
     * Use case "open the evidence" of a history line: the mail (or imported report) a status came from, as a file in the
     * documents folder to open (reports attached to it stay inside the mail). Lines confirmed from the
     * review queue (source id {@code review:N}) open the queued mail; lines recorded from collecting
     * (source "mail") open the mail kept with them. Lines recorded by a version that did not keep the
     * mail, and lines not from a mail, are refused with a message saying so.
     */
    public synchronized Path evidenceFile(Event event) {
        String id = event.sourceId();
        if (id != null && id.startsWith("review:")) {
            try {
                return reviewMailFile(Long.parseLong(id.substring("review:".length())));
            } catch (NumberFormatException e) {
                // not one of ours: fall through to the refusal
            }
        }
        if (id != null && ReportImport.SOURCE.equals(event.source())) {
            Optional<MailOriginals.Original> kept = ledger().mailOriginals().original(id);
            if (kept.isPresent()) {
                return writeDocument(ReportImport.keptName(kept.get()), kept.get().raw());
            }
        }
        if (id != null && "mail".equals(event.source())) {
            Optional<MailOriginals.Original> kept = ledger().mailOriginals().original(id);
            if (kept.isPresent()) {
                return writeDocument("thu-" + kept.get().fileKey() + ".eml", kept.get().raw());
            }
        }
        throw new InputException(MSG.get("evidence.notKept"));
    }

    /** @param trust also trust the sender's address for the unit (a suggestion from an outside address) */
    public record ReviewAcceptRequest(long number, boolean trust) {
    }

    /** Use case "review accept": the proposed readings applied as ledger events (source "review"). */
    public synchronized Review.Decided reviewAccept(ReviewAcceptRequest r) {
        ReviewDesk desk = new ReviewDesk(ledger(), clock);
        if (desk.entry(r.number()).kind() == vn.congvan.tracking.ReviewQueue.Kind.SCAN) {
            ScanImport.accept(ledger(), desk, directory(), office(), clock, r.number());
            return decided(new ReviewDesk.Decided(desk.entry(r.number()), 0, null));
        }
        return decided(new ReviewDesk(ledger(), clock).accept(r.number(), r.trust()));
    }

    /**
     * @param statuses requirement → status as the clerk writes it ("xong", "đang thực hiện" …, see {@link StatusWords})
     * @param dispatch for an unplaced mail: the dispatch it answers; else null
     * @param unit     for an unplaced mail: the unit (code, name or alias); else null
     */
    public record ReviewEditRequest(long number, Map<String, String> statuses, DispatchRef dispatch, String unit) {
        public ReviewEditRequest {
            statuses = new LinkedHashMap<>(statuses);
        }
    }

    /** Use case "review edit": the clerk's statuses applied instead of the proposed ones. */
    public synchronized Review.Decided reviewEdit(ReviewEditRequest r) {
        Map<String, ComplianceStatus> statuses = new LinkedHashMap<>();
        r.statuses().forEach((req, word) -> statuses.put(req.strip(), StatusWords.parse(word)));
        TrackedDispatch d = r.dispatch() == null ? null : find(r.dispatch());
        if ((d == null) != (r.unit() == null)) {
            throw new InputException(MSG.get("review.dispatchAndUnit"));
        }
        String unit = d == null ? null : ClerkEntries.assignedUnit(ledger(), directory(), d, r.unit());
        return decided(new ReviewDesk(ledger(), clock).edit(r.number(), statuses, d, unit));
    }

    /** @param reason why, for the record; may be null */
    public record ReviewRejectRequest(long number, String reason) {
    }

    /** Use case "review reject": nothing applied; the entry is closed with the reason. */
    public synchronized Review.Decided reviewReject(ReviewRejectRequest r) {
        return decided(new ReviewDesk(ledger(), clock).reject(r.number(), r.reason()));
    }

    private Review.Decided decided(ReviewDesk.Decided d) {
        return new Review.Decided(reviewItem(d.entry()), d.newEvents(), d.trustedAddress());
    }

    /** An unplaced mail the clerk placed shows where the clerk placed it. */
    private Review.Item reviewItem(vn.congvan.tracking.ReviewQueue.Entry e) {
        Long key = e.dispatchKey() != null ? e.dispatchKey() : e.decision() != null ? e.decision().dispatchKey() : null;
        String unit = e.unitCode() != null ? e.unitCode() : e.decision() != null && key != null ? e.decision().unitCode() : null;
        TrackedDispatch d = key == null ? null : ledger().queries().dispatch(key).orElse(null);
        String unitName = unit == null || d == null ? null : ledger().queries().assignedName(d.key(), unit).orElse(unit);
        vn.congvan.model.Dispatch scan = e.kind() != vn.congvan.tracking.ReviewQueue.Kind.SCAN ? null
                : ScanImport.stored(e, ledger().review().mailText(e.id()).orElse(""));
        return Review.item(e, d, unit, unitName, scan);
    }

    /** Use case "collect": replies and read receipts from the given mailboxes into the ledger. */
    public synchronized ReplyCollection.Outcome collect(List<Mailbox> mailboxes) {
        if (mailboxes.isEmpty()) {
            throw new InputException(MSG.get("collect.noSource"));
        }
        List<ReplyCollection.Source> sources = new ArrayList<>();
        for (Mailbox m : mailboxes) {
            sources.add(source(m));
        }
        return new ReplyCollection(ledger(), directory(), office(), clock).collect(sources, interaction);
    }

    private ReplyCollection.Source source(Mailbox m) {
        if (m instanceof Mailbox.Imap imap) {
            ServerSettings s = imapSettings(imap.server());
            return new ReplyCollection.Source(MSG.get("collect.imapLabel", imap.folder(), s.host()),
                    new ImapSource(s, MailServers.passwords(s, environment, interaction), imap.folder()));
        }
        if (m instanceof Mailbox.Mbox f) {
            return new ReplyCollection.Source(f.file().toString(), new MboxSource(f.file()));
        }
        if (m instanceof Mailbox.Maildir f) {
            return new ReplyCollection.Source(f.folder().toString(), new MaildirSource(f.folder()));
        }
        Path eml = ((Mailbox.Eml) m).fileOrFolder();
        return new ReplyCollection.Source(eml.toString(), new EmlSource(eml));
    }

    /** Use case "mail quota": how full the mailbox is; a Vietnamese warning above {@code warnAbove} (0.8 = 80 %). */
    public QuotaReport mailQuota(MailServer server, double warnAbove) {
        ServerSettings s = imapSettings(server);
        try {
            return new MailboxUpkeep(s, MailServers.passwords(s, environment, interaction)).quota(warnAbove);
        } catch (MailException e) {
            throw new ServerException(e.getMessage(), e);
        }
    }

    /**
     * Use case "mail archive": the folder's mails dated on or before {@code lastDay} (Vietnam time) copied
     * into a new mbox file, verified, and only then, if asked, deleted on the server.
     */
    public ArchiveReport mailArchive(MailServer server, String folder, LocalDate lastDay, Path mbox, boolean deleteAfterVerify) {
        ServerSettings s = imapSettings(server);
        try {
            return new MailboxUpkeep(s, MailServers.passwords(s, environment, interaction))
                    .archive(folder, lastDay, mbox, deleteAfterVerify);
        } catch (MailException e) {
            throw new ServerException(e.getMessage(), e);
        }
    }

    private static ServerSettings imapSettings(MailServer server) {
        if (server.host() == null) {
            throw new InputException(MSG.get("mail.noImap"));
        }
        if (server.user() == null || server.user().isBlank()) {
            throw new InputException(MSG.get("mail.noUser"));
        }
        return MailServers.imap(server.host(), MailServers.security(server.security()), server.user(), server.trustCertificate());
    }

    // ---- what the window shows: every dispatch, every late unit, the history ------------------------

    /** Where a dispatch stands as a whole on a day. */
    public enum Progress {
        /** Some unit has a requirement past its deadline and not done. */
        OVERDUE,
        /** Work remains, none of it late yet. */
        OPEN,
        /** Every unit has done every requirement. */
        DONE,
        /**
         * No unit is assigned: no recipient could be matched to one unit of the directory (an office that receives a
         * dispatch addressed to the province's departments), or it names none. Listed all the same, so that the clerk
         * finds it.
         */
        UNASSIGNED
    }

    /**
     * One dispatch in the list.
     *
     * @param nearestDeadline the earliest deadline among requirements not yet done; null when none
     */
    public record DispatchLine(TrackedDispatch dispatch, Progress progress, int units, int acknowledged,
                               Map<ComplianceStatus, Integer> counts, LocalDate nearestDeadline, int unitsDone,
                               int unitsSent, List<String> unitNames) {
        public DispatchLine {
            unitNames = List.copyOf(unitNames);
        }
    }

    /** @param only the dispatches in this state; null for all */
    public record ListRequest(Progress only, LocalDate today) {
    }

    /** Use case "list": every dispatch with its progress and nearest open deadline, in the order imported. */
    public synchronized List<DispatchLine> list(ListRequest r) {
        extendSeries(r.today());
        return LedgerOverview.list(ledger(), r.only(), momentOr(r.today()));
    }

    /** Every dispatch of the ledger in the order imported, without statuses: what the window lists first. */
    public synchronized List<TrackedDispatch> dispatches() {
        return ledger().queries().dispatches();
    }

    /**
     * Use case "board": every dispatch as the window lists it, with its folders and urgency on {@code today}
     * (null for today in Vietnam).
     */
    public synchronized DispatchBoard board(LocalDate today) {
        LocalDate day = dayOr(today);
        List<DispatchBoard.Line> lines = new ArrayList<>();
        Map<List<String>, String> foldedUnits = new java.util.HashMap<>();
        for (DispatchLine l : list(new ListRequest(null, day))) {
            lines.add(DispatchBoard.line(l, day, foldedUnits));
        }
        return new DispatchBoard(day, lines);
    }

    /** A dispatch in full, as its page in the window shows it: what it asks, by when, and where every unit stands. */
    public record DispatchView(TrackedDispatch dispatch, List<Requirement> requirements, DispatchStatus status,
                               List<vn.congvan.model.CopyRecipient> copies) {
        public DispatchView {
            requirements = List.copyOf(requirements);
            copies = List.copyOf(copies);
        }

        public DispatchView(TrackedDispatch dispatch, List<Requirement> requirements, DispatchStatus status) {
            this(dispatch, requirements, status, List.of());
        }
    }

    /** Use case "show": the dispatch's requirements as analysed at import and its status on {@code today}. */
    public synchronized DispatchView show(DispatchRef ref, LocalDate today) {
        return show(find(ref), today);
    }

    /**
     * The same for a dispatch the window already holds (from {@link #board}): found by its ledger key, not by
     * searching every number/symbol, so switching stays quick in a large ledger.
     */
    public synchronized DispatchView show(TrackedDispatch listed, LocalDate today) {
        TrackedDispatch d = ledger().queries().dispatch(listed.key())
                .orElseThrow(() -> new InputException(MSG.get("show.gone", listed.label())));
        List<Requirement> requirements = SeriesExtension.withAddedPeriods(ledger(), d.key(),
                ledger().queries().analysed(d.key()).map(Dispatch::requirements).orElse(List.of()));
        return new DispatchView(d, requirements, ledger().queries().status(d.key(), momentOr(today)),
                ledger().queries().copyRecipients(d.key()));
    }

    /**
     * One late assignment: a unit that has not done a requirement by its deadline.
     *
     * @param deadlineTime the time of day on {@code deadline}, or null; 0 days late is late within the day
     */
    public record OverdueLine(TrackedDispatch dispatch, String unitCode, String unitName, String requirementId,
                              LocalDate deadline, long daysLate, java.time.LocalTime deadlineTime) {
    }

    public enum OverdueOrder { BY_UNIT, BY_DISPATCH }

    public record OverdueRequest(LocalDate today, OverdueOrder order) {
    }

    /**
     * Use case "overdue": every late assignment across the whole ledger, grouped by unit (name order) or
     * by dispatch (import order), the most late first within each.
     */
    public synchronized List<OverdueLine> overdue(OverdueRequest r) {
        extendSeries(r.today());
        return LedgerOverview.overdue(ledger(), r.order(), dayOr(r.today()), momentOr(r.today()));
    }

    /** One fact of the history, with the name the unit was assigned under. */
    public record HistoryLine(Event event, String unitName) {
        /**
         * The event's source id as printed: a mail's holds its Message-ID, which the sender writes and may run to
         * 100,000 characters, so it is cut like a subject (the ledger keeps it whole).
         */
        public String shownSourceId() {
            return event.sourceId() == null ? null : Untrusted.header(event.sourceId());
        }
    }

    public record History(TrackedDispatch dispatch, String unitCode, List<HistoryLine> lines) {
    }

    /** @param unit a unit (code, name or alias) to see only its events; null for the whole dispatch */
    public record HistoryRequest(DispatchRef dispatch, String unit) {
    }

    /** Use case "history": who said what, when — every event with its source and evidence. */
    public synchronized History history(HistoryRequest r) {
        return history(find(r.dispatch()), r.unit());
    }

    /** The history of a dispatch the window holds (by its ledger key), of one unit (code, name or alias) or all (null). */
    public synchronized History history(TrackedDispatch listed, String unit) {
        TrackedDispatch d = ledger().queries().dispatch(listed.key())
                .orElseThrow(() -> new InputException(MSG.get("show.gone", listed.label())));
        Map<String, String> names = new LinkedHashMap<>();
        ledger().queries().assignments(d.key()).forEach(a -> names.putIfAbsent(a.unitCode(), a.unitName()));
        String code = unit == null ? null : ClerkEntries.assignedUnit(ledger(), directory(), d, unit);
        List<Event> events = code == null ? ledger().queries().events(d.key()) : ledger().queries().events(d.key(), code);
        List<HistoryLine> lines = events.stream()
                .map(e -> new HistoryLine(e, e.unitCode() == null ? null : names.getOrDefault(e.unitCode(), e.unitCode()))).toList();
        return new History(d, code, lines);
    }

    // ---- what the service owns ------------------------------------------------------------------------

    /** Today in Vietnam by the service's clock, unless the user named a day. */
    public LocalDate dayOr(LocalDate asked) {
        return asked != null ? asked : LocalDate.now(clock.withZone(Workspace.VIETNAM));
    }

    /**
     * The moment deadlines are judged at ({@link DueMoment}): now on Vietnam's clock, also when the user names
     * today; the end of any other day the user names (everything due that day has passed by then).
     */
    LocalDateTime momentOr(LocalDate asked) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Workspace.VIETNAM));
        return asked == null || asked.equals(now.toLocalDate()) ? now : DueMoment.endOf(asked);
    }

    /** Recurring requirements get the periods that came within the office's horizon; see {@link SeriesExtension}. */
    private void extendSeries(LocalDate asked) {
        SeriesExtension.extend(ledger(), () -> office().recurringMonths(), clock, asked);
    }

    /**
     * The ledger for reading, or for writing about a dispatch it must already hold: a missing SQLite
     * file is refused ("chưa có sổ theo dõi tại …") and nothing is created.
     */
    private Ledger ledger() {
        if (ledger == null) {
            ledger = workspace.openLedger(false, interaction);
        }
        return ledger;
    }

    /** The ledger for a use case that may start it (import, restore): created when missing, owner-only. */
    private Ledger ledgerCreating() {
        if (ledger == null) {
            ledger = workspace.openLedger(true, interaction);
        }
        return ledger;
    }

    private UnitDirectory directory() {
        if (directory == null) {
            directory = workspace.loadDirectory();
        }
        return directory;
    }

    private OfficeProfile office() {
        if (office == null) {
            office = workspace.loadOffice();
        }
        return office;
    }

    @Override
    public synchronized void close() {
        if (ledger != null) {
            ledger.close();
            ledger = null;
        }
    }
}
