package vn.congvan.app;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.congvan.directory.Match;
import vn.congvan.directory.MatchKind;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.InputLimits;
import vn.congvan.ingest.ReportBack;
import vn.congvan.mail.ComplianceTextParser;
import vn.congvan.model.Assignment;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.ItemReading;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Requirement;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Abbreviations;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseDates;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.MailOriginals;
import vn.congvan.tracking.ReviewQueue;

/**
 * Use case "import" of a unit's report back ({@link ReportBack}): no task set; the report is the unit's
 * response to the dispatch it cites. The dispatch is found by the cited number/symbol, year and issuer
 * ({@link DispatchLookup}); the unit is the report's issuer as the directory knows it, and must be assigned on
 * that dispatch. Its items are read as a reply's are ({@link ComplianceTextParser}) and recorded with source
 * {@code report}, the unit's own sentence as evidence and the report's bytes kept with the events (one
 * transaction; the same file again adds nothing). As with replies, what is not certain waits for the clerk in
 * the review queue with the proposed statuses: items named only by topic (READING), a cited dispatch not in
 * the ledger or an issuer that is not one assigned unit (UNPLACED).
 */
final class ReportImport {
    private static final Messages MSG = Messages.of(ReportImport.class);
    /** The source of the events a report records. */
    static final String SOURCE = "report";

    private final Ledger ledger;
    private final UnitDirectory directory;
    private final Clock clock;

    ReportImport(Ledger ledger, UnitDirectory directory, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * What importing a report did.
     *
     * @param fileName  the report's file name
     * @param issuer    the report's issuer as written
     * @param dispatch  the dispatch it answers, or null when not found
     * @param unitCode  the unit it was placed on, or null
     * @param unitName  that unit's name as assigned, or null
     * @param recorded  requirement → the certain readings recorded now or before, in order
     * @param newEvents how many ledger events were added
     * @param queued    the review entry of what waits for the clerk (and whether it is new), or null
     */
    record Result(String fileName, String issuer, TrackedDispatch dispatch, String unitCode, String unitName,
                  Map<String, ItemReading> recorded, int newEvents, ReviewQueue.Added queued) {
    }

    Result record(ReportBackFound found) {
        ReportBack report = found.report();
        OfficialDocument doc = report.document();
        String issuer = Untrusted.line(doc.issuer() == null ? "" : doc.issuer());
        String sourceId = SOURCE + ":sha256:" + sha256(found.original());
        Instant at = reportTime(doc.date());
        List<String> reasons = new ArrayList<>();
        TrackedDispatch dispatch = dispatch(report, reasons);
        String unit = dispatch == null ? null : unit(dispatch, issuer, reasons);
        List<Requirement> requirements = dispatch == null ? List.of() : requirements(dispatch, unit);
        LocalDate reportDay = doc.date();
        Map<String, ItemReading> readings = ComplianceTextParser.read(report.itemText(), requirements,
                dispatch == null ? null : dispatch.date(), reportDay);
        String label = label(doc, found.fileName());
        if (dispatch == null || unit == null) {
            return new Result(found.fileName(), issuer, dispatch, null, null, Map.of(), 0,
                    queue(ReviewQueue.Kind.UNPLACED, null, null, found, sourceId, at, reasons, label, report, readings));
        }
        Map<String, ItemReading> certain = new LinkedHashMap<>();
        Map<String, ItemReading> doubtful = new LinkedHashMap<>();
        readings.forEach((id, r) -> (r.certain() ? certain : doubtful).put(id, r));
        if (readings.isEmpty()) {
            reasons.add(MSG.get("report.reason.noItems"));
        } else if (!doubtful.isEmpty()) {
            reasons.add(MSG.get("report.reason.doubtful", String.join(", ", doubtful.keySet())));
        }
        int added = 0;
        if (!certain.isEmpty()) {
            List<Event> events = new ArrayList<>();
            events.add(Event.of(dispatch.key(), EventType.ACKNOWLEDGED, at).unit(unit).source(SOURCE, sourceId)
                    .evidence(label).note(MSG.get("report.note.receipt")).build());
            certain.forEach((id, r) -> events.add(ReviewDesk.reading(dispatch.key(), unit, id, r, at, null)
                    .source(SOURCE, sourceId).evidence(MSG.get("report.evidence", label, r.sentence())).build()));
            // The report's bytes go with its events: a history line from it opens the file the unit sent.
            added = ledger.mailOriginals().appendWithMail(events, sourceId, found.original(),
                    InputLimits.DEFAULT.maxFileBytes());
        }
        ReviewQueue.Added queued = reasons.isEmpty() ? null
                : queue(ReviewQueue.Kind.READING, dispatch.key(), unit, found, sourceId, at, reasons, label, report, doubtful);
        return new Result(found.fileName(), issuer, dispatch, unit, unitName(dispatch, unit), certain, added, queued);
    }

    /** The first cited document the ledger tracks; the reasons say why none is. */
    private TrackedDispatch dispatch(ReportBack report, List<String> reasons) {
        for (ReportBack.Citation c : report.cited()) {
            DispatchRef ref = new DispatchRef(c.numberSymbol(), c.date() == null ? null : c.date().getYear(), c.issuer());
            try {
                return DispatchLookup.find(ledger.queries(), ref);
            } catch (InputException e) {
                // not tracked, or several fit: try the next citation
            }
        }
        reasons.add(MSG.get("report.reason.noDispatch", String.join(", ",
                report.cited().stream().map(ReportBack.Citation::numberSymbol).toList())));
        return null;
    }

    /**
     * The assigned unit the report's issuer names: by the directory (abbreviations, diacritics and case aside),
     * else by an assigned unit's name written the same; null with a reason when none or several.
     */
    private String unit(TrackedDispatch dispatch, String issuer, List<String> reasons) {
        Set<String> assigned = new LinkedHashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Assignment a : ledger.queries().assignments(dispatch.key())) {
            assigned.add(a.unitCode());
            names.putIfAbsent(a.unitCode(), a.unitName());
        }
        Set<String> found = new LinkedHashSet<>();
        Match m = issuer.isBlank() ? null : directory.match(issuer);
        if (m != null && m.kind() == MatchKind.UNIT && assigned.contains(m.units().get(0).code())) {
            found.add(m.units().get(0).code());
        }
        String key = Abbreviations.foldExpanded(issuer);
        names.forEach((code, name) -> {
            if (!key.isEmpty() && Abbreviations.foldExpanded(name).equals(key)) {
                found.add(code);
            }
        });
        if (found.size() == 1) {
            return found.iterator().next();
        }
        reasons.add(MSG.get("report.reason.noUnit", issuer.isBlank() ? "?" : issuer, dispatch.numberSymbol()));
        return null;
    }

    /** The unit's requirements as analysed at import (their texts let an item be named by topic); all when no unit. */
    private List<Requirement> requirements(TrackedDispatch dispatch, String unit) {
        List<Requirement> all;
        try {
            all = DecidedDispatch.of(ledger, dispatch).requirements();
        } catch (InputException e) {
            all = List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Assignment a : ledger.queries().assignments(dispatch.key())) {
            if (unit == null || a.unitCode().equals(unit)) {
                ids.add(a.requirementId());
            }
        }
        List<Requirement> mine = new ArrayList<>();
        for (String id : ids) {
            mine.add(all.stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElse(new Requirement(id, "", List.of(), List.of())));
        }
        return mine;
    }

    private ReviewQueue.Added queue(ReviewQueue.Kind kind, Long key, String unit, ReportBackFound found, String sourceId,
                                    Instant at, List<String> reasons, String label, ReportBack report,
                                    Map<String, ItemReading> readings) {
        String text = report.itemText();
        if (text.length() > InputLimits.TEXT_CHARS) {
            text = text.substring(0, InputLimits.TEXT_CHARS);
        }
        // The clerk sees who issued the report where a mail's sender would stand, and the file it came in.
        String issuer = Untrusted.line(report.document().issuer() == null ? "" : report.document().issuer());
        return ledger.review().add(new ReviewQueue.NewEntry(kind, key, unit, unit != null, at, sourceId, issuer,
                found.fileName(), at, MSG.get("report.position", found.fileName()), reasons, label, null,
                Untrusted.text(text), readings, found.original()),
                InputLimits.DEFAULT.maxFileBytes());
    }

    private String unitName(TrackedDispatch dispatch, String unit) {
        return ledger.queries().assignedName(dispatch.key(), unit).orElse(unit);
    }

    /** The report's day (start of day in Vietnam), not after now; now when it has none. */
    private Instant reportTime(LocalDate day) {
        Instant now = clock.instant();
        if (day == null) {
            return now;
        }
        Instant at = day.atStartOfDay(Workspace.VIETNAM).toInstant();
        return at.isAfter(now) ? now : at;
    }

    private static String label(OfficialDocument doc, String fileName) {
        String number = doc.numberSymbol() == null ? "?" : Untrusted.line(doc.numberSymbol().text());
        String day = doc.date() == null ? "?" : VietnameseDates.formatShort(doc.date());
        return MSG.get("report.label", number, day, Untrusted.line(doc.issuer() == null ? "?" : doc.issuer()), fileName);
    }

    /** The name a kept report is opened under: its format by its first bytes (the ledger keeps no name with it). */
    static String keptName(MailOriginals.Original kept) {
        return "bao-cao-" + kept.fileKey() + extension(kept.raw());
    }

    /** A report's extension by its first bytes: PDF, Word 97, DOCX (a zip), else text. */
    static String extension(byte[] raw) {
        if (starts(raw, 0x25, 0x50, 0x44, 0x46)) {
            return ".pdf";
        }
        if (starts(raw, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ".doc";
        }
        return starts(raw, 0x50, 0x4B) ? ".docx" : ".txt";
    }

    private static boolean starts(byte[] raw, int... magic) {
        if (raw.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((raw[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
