package vn.congvan.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.mail.Attachment;
import vn.congvan.mail.DispatchMailComposer;
import vn.congvan.mail.Distributor;
import vn.congvan.mail.MailTemplate;
import vn.congvan.mail.MailTransport;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.mail.SendResult;
import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitStatus;
import vn.congvan.render.PdfWriter;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;

/**
 * Use case "distribute": one mail per assigned unit with its requirements and deadlines, the dispatch
 * attached as imported and as the official PDF. Each unit's outcome is in the ledger the moment it is
 * known: SENT with the Message-ID replies will quote, or SEND_FAILED with the reason. A unit that has a
 * SENT event is not sent the same dispatch again unless the clerk asks for it.
 */
public final class MailDistribution {
    /** {@code --resend all}: every assigned unit again. */
    public static final String ALL = "all";
    private static final Messages MSG = Messages.of(MailDistribution.class);
    private static final String SOURCE = "mail";

    private final Ledger ledger;
    private final UnitDirectory directory;
    private final OfficeProfile office;
    private final Clock clock;

    public MailDistribution(Ledger ledger, UnitDirectory directory, OfficeProfile office, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.office = office;
        this.clock = clock;
    }

    public enum Result { SENT, FAILED, ALREADY_SENT }

    /**
     * One unit's line of the table.
     *
     * @param messageId the Message-ID sent now (or before, for ALREADY_SENT); may be null when FAILED before composing
     * @param reason    the Vietnamese reason when FAILED, else null
     * @param at        when it was sent or failed (before, for ALREADY_SENT)
     */
    public record UnitLine(String unitCode, String unitName, String email, Result result, String messageId,
                           String reason, Instant at) {
    }

    /** @param outbox the folder the mails went to, or null when they went to a server */
    public record Outcome(String dispatchId, Path outbox, List<UnitLine> units) {
        public Outcome {
            units = List.copyOf(units);
        }

        public long count(Result r) {
            return units.stream().filter(u -> u.result() == r).count();
        }

        /** Nothing failed (also when nothing needed sending). */
        public boolean allWent() {
            return count(Result.FAILED) == 0;
        }
    }

    /**
     * Sends dispatch {@code written} (as a clerk writes its number) to every assigned unit not yet sent it.
     *
     * @param resend units (code, name or alias) to send again even though they were sent it, or {@value #ALL}
     * @param transport where the mails go; the caller closes it
     * @throws InputException unknown dispatch, a resend unit not assigned, an unusable dispatch text
     */
    public Outcome distribute(String written, List<String> resend, MailTransport transport) {
        TrackedDispatch tracked = DispatchLookup.find(ledger, written);
        String id = tracked.id();
        Dispatch dispatch = StoredDispatch.tracked(tracked);
        List<Assignment> assignments = ledger.assignments(id);
        Set<String> again = resendCodes(id, resend, assignments);
        Map<String, Event> sentBefore = new LinkedHashMap<>();
        for (Event e : ledger.events(id)) {
            if (e.type() == EventType.SENT && e.unitCode() != null) {
                sentBefore.putIfAbsent(e.unitCode(), e);
            }
        }

        List<Unit> toSend = new ArrayList<>();
        Map<String, UnitLine> lines = new LinkedHashMap<>();
        for (Unit unit : assignedUnits(id, assignments)) {
            Event before = sentBefore.get(unit.code());
            if (before != null && !again.contains(unit.code())) {
                lines.put(unit.code(), new UnitLine(unit.code(), unit.name(), unit.email(), Result.ALREADY_SENT,
                        before.sourceId(), null, before.at()));
            } else {
                toSend.add(unit);
                lines.put(unit.code(), null);
            }
        }
        if (!toSend.isEmpty()) {
            List<Attachment> attachments = attachments(tracked, dispatch);
            DispatchMailComposer composer = new DispatchMailComposer(office.email(), office.name(), MailTemplate.standard(), clock);
            Map<String, Unit> byCode = new LinkedHashMap<>();
            toSend.forEach(u -> byCode.put(u.code(), u));
            new Distributor(composer, transport).distribute(dispatch, assignments, toSend, attachments, r -> {
                Unit unit = byCode.get(r.unitCode());
                lines.put(unit.code(), record(id, unit, r, transport));
            });
        }
        Path outbox = transport instanceof OutboxTransport o ? o.folder() : null;
        return new Outcome(id, outbox, lines.values().stream().toList());
    }

    /** Writes the unit's outcome to the ledger at once, so a crash later in the batch loses nothing. */
    private UnitLine record(String id, Unit unit, SendResult r, MailTransport transport) {
        Instant now = clock.instant();
        if (r.ok()) {
            String note = transport instanceof OutboxTransport o
                    ? MSG.get("distribute.note.outbox", r.email(), o.folder())
                    : MSG.get("distribute.note.sent", r.email());
            ledger.append(new Event(id, unit.code(), null, EventType.SENT, now, SOURCE, r.messageId(), r.messageId(), note, null));
            return new UnitLine(unit.code(), unit.name(), r.email(), Result.SENT, r.messageId(), null, now);
        }
        // Every failure is its own fact, even a second one with the same reason.
        ledger.append(new Event(id, unit.code(), null, EventType.SEND_FAILED, now, SOURCE, "send-failed:" + UUID.randomUUID(),
                r.messageId(), r.error(), null));
        return new UnitLine(unit.code(), unit.name(), r.email() != null ? r.email() : unit.email(), Result.FAILED,
                r.messageId(), r.error(), now);
    }

    /**
     * The assigned units in task-set order, with today's address from the directory; a unit the
     * directory no longer has keeps the name and address it was imported with.
     */
    private List<Unit> assignedUnits(String id, List<Assignment> assignments) {
        Map<String, UnitStatus> imported = new LinkedHashMap<>();
        ledger.status(id, LocalDate.now(clock.withZone(Workspace.VIETNAM))).units().forEach(u -> imported.put(u.unitCode(), u));
        Set<String> codes = new LinkedHashSet<>();
        assignments.forEach(a -> codes.add(a.unitCode()));
        List<Unit> units = new ArrayList<>();
        for (String code : codes) {
            units.add(directory.find(code).filter(u -> u.code().equals(code)).orElseGet(() -> {
                UnitStatus u = imported.get(code);
                return new Unit(code, u.unitName(), null, List.of(), u.email(), List.of());
            }));
        }
        return units;
    }

    private Set<String> resendCodes(String id, List<String> resend, List<Assignment> assignments) {
        Set<String> codes = new LinkedHashSet<>();
        for (String r : resend) {
            String w = r.strip();
            if (w.toLowerCase(Locale.ROOT).equals(ALL) || w.equalsIgnoreCase("tất cả")) {
                assignments.forEach(a -> codes.add(a.unitCode()));
            } else {
                codes.add(ClerkEntries.assignedUnit(ledger, directory, id, w));
            }
        }
        return codes;
    }

    /**
     * The dispatch as imported — the original file when the ledger has it, else its text under the name it
     * had (a .docx kept as text gets .txt) — and as the official PDF, rendered once for the whole batch.
     */
    private List<Attachment> attachments(TrackedDispatch tracked, Dispatch dispatch) {
        Attachment original = ledger.originalFile(tracked.id())
                .map(f -> Attachment.named(f.name(), f.content()))
                .orElseGet(() -> new Attachment(StoredDispatch.textName(tracked.sourceName()), "text/plain; charset=UTF-8",
                        tracked.sourceText().getBytes(StandardCharsets.UTF_8)));
        String base = StoredDispatch.baseName(tracked.sourceName());
        String pdfName = base + ".pdf";
        // A PDF original keeps its name; the rendering must not look like a second copy of it.
        if (pdfName.equalsIgnoreCase(original.fileName())) {
            pdfName = MSG.get("distribute.renderedPdfName", base);
        }
        Path dir = null;
        Path pdf = null;
        try {
            dir = Files.createTempDirectory("congvan-pdf-");
            pdf = dir.resolve("official.pdf");
            new PdfWriter().write(dispatch.document(), pdf);
            return List.of(original, new Attachment(pdfName, "application/pdf", Files.readAllBytes(pdf)));
        } catch (IOException e) {
            throw new InputException(MSG.get("distribute.pdfFailed", tracked.id(), e.getMessage()), e);
        } finally {
            deleteQuietly(pdf);
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a file in the temp folder; the system cleans it
            }
        }
    }
}
