package vn.congvan.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import vn.congvan.mail.MessageIds;
import vn.congvan.mail.MailException;
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
    static final String ALL = "all";
    private static final Messages MSG = Messages.of(MailDistribution.class);
    private static final String SOURCE = "mail";

    private final Ledger ledger;
    private final UnitDirectory directory;
    private final OfficeProfile office;
    private final Clock clock;
    private final MessageIds messageIds;

    MailDistribution(Ledger ledger, UnitDirectory directory, OfficeProfile office, Clock clock) {
        this(ledger, directory, office, clock, MessageIds.secure());
    }

    MailDistribution(Ledger ledger, UnitDirectory directory, OfficeProfile office, Clock clock, MessageIds messageIds) {
        this.ledger = ledger;
        this.directory = directory;
        this.office = office;
        this.clock = clock;
        this.messageIds = messageIds;
    }

    public enum Result { SENT, FAILED, ALREADY_SENT, CANCELLED }

    /**
     * One unit's line of the table.
     *
     * @param messageId the Message-ID sent now (or before, for ALREADY_SENT); may be null when FAILED before composing
     * @param reason    the Vietnamese reason when FAILED, else null
     * @param at        when it was sent or failed (before, for ALREADY_SENT); null when CANCELLED
     */
    public record UnitLine(String unitCode, String unitName, String email, Result result, String messageId,
                           String reason, Instant at) {
    }

    /** @param outbox the folder the mails went to, or null when they went to a server */
    public record Outcome(TrackedDispatch dispatch, Path outbox, List<UnitLine> units) {
        public Outcome {
            units = List.copyOf(units);
        }

        public long count(Result r) {
            return units.stream().filter(u -> u.result() == r).count();
        }

        /** Nothing failed or was left unsent (also when nothing needed sending). */
        public boolean allWent() {
            return count(Result.FAILED) == 0 && count(Result.CANCELLED) == 0;
        }
    }

    /**
     * Sends the dispatch to every assigned unit not yet sent it, at the name and address it was assigned
     * under. The user may stop between two units: those not reached are listed as not sent.
     *
     * @param resend units (code, name or alias) to send again even though they were sent it, or {@value #ALL}
     * @param transport where the mails go; the caller closes it
     * @throws InputException a resend unit not assigned
     */
    Outcome distribute(TrackedDispatch tracked, List<String> resend, MailTransport transport, Interaction interaction) {
        long key = tracked.key();
        Dispatch dispatch = DecidedDispatch.of(ledger, tracked);
        List<Assignment> assignments = ledger.queries().assignments(key);
        Set<String> again = resendCodes(tracked, resend, assignments);
        Map<String, Event> sentBefore = new LinkedHashMap<>();
        for (Event e : ledger.queries().events(key)) {
            if (e.type() == EventType.SENT && e.unitCode() != null) {
                sentBefore.putIfAbsent(e.unitCode(), e);
            }
        }

        List<Unit> toSend = new ArrayList<>();
        Map<String, UnitLine> lines = new LinkedHashMap<>();
        for (Unit unit : assignedUnits(assignments)) {
            Event before = sentBefore.get(unit.code());
            if (before != null && !again.contains(unit.code())) {
                lines.put(unit.code(), new UnitLine(unit.code(), unit.name(), unit.email(), Result.ALREADY_SENT,
                        before.sourceId(), null, before.at()));
            } else {
                toSend.add(unit);
                lines.put(unit.code(), new UnitLine(unit.code(), unit.name(), unit.email(), Result.CANCELLED, null, null, null));
            }
        }
        if (!toSend.isEmpty()) {
            try {
                transport.open();
            } catch (MailException e) {
                // The office's own server refused or cannot be reached: no unit is to blame, none is marked failed.
                throw new ServerException(e.getMessage(), e);
            }
            List<Attachment> attachments = attachments(tracked, dispatch);
            DispatchMailComposer composer = new DispatchMailComposer(office.email(), office.name(), MailTemplate.standard(), clock, messageIds);
            Distributor distributor = new Distributor(composer, transport);
            int done = 0;
            for (Unit unit : toSend) {
                if (interaction.cancelled()) {
                    break;
                }
                distributor.distribute(dispatch, assignments, List.of(unit), attachments,
                        r -> lines.put(unit.code(), record(key, unit, r, transport)));
                interaction.progress(unit.name(), ++done, toSend.size());
            }
        }
        Path outbox = transport instanceof OutboxTransport o ? o.folder() : null;
        return new Outcome(tracked, outbox, lines.values().stream().toList());
    }

    /** Writes the unit's outcome to the ledger at once, so a crash later in the batch loses nothing. */
    private UnitLine record(long key, Unit unit, SendResult r, MailTransport transport) {
        Instant now = clock.instant();
        if (r.ok()) {
            String note = transport instanceof OutboxTransport o
                    ? MSG.get("distribute.note.outbox", r.email(), o.folder())
                    : MSG.get("distribute.note.sent", r.email());
            ledger.events().append(Event.of(key, EventType.SENT, now).unit(unit.code()).source(SOURCE, r.messageId())
                    .evidence(r.messageId()).note(note).build());
            return new UnitLine(unit.code(), unit.name(), r.email(), Result.SENT, r.messageId(), null, now);
        }
        // Every failure is its own fact, even a second one with the same reason.
        ledger.events().append(Event.of(key, EventType.SEND_FAILED, now).unit(unit.code())
                .source(SOURCE, "send-failed:" + UUID.randomUUID()).evidence(r.messageId()).note(r.error()).build());
        return new UnitLine(unit.code(), unit.name(), r.email() != null ? r.email() : unit.email(), Result.FAILED,
                r.messageId(), r.error(), now);
    }

    /**
     * The assigned units in task-set order, under the name they were assigned under. A mail that goes now
     * goes to the unit's address in today's directory when it still lists the unit (a corrected address
     * must take effect), else to the address it was assigned under. Reports never look at the directory.
     */
    private List<Unit> assignedUnits(List<Assignment> assignments) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            String email = directory.units().stream().filter(u -> u.code().equals(a.unitCode())).map(Unit::email)
                    .filter(e -> e != null && !e.isBlank()).findFirst().orElse(a.unitEmail());
            units.putIfAbsent(a.unitCode(), new Unit(a.unitCode(), a.unitName(), null, List.of(), email, List.of()));
        }
        return List.copyOf(units.values());
    }

    private Set<String> resendCodes(TrackedDispatch tracked, List<String> resend, List<Assignment> assignments) {
        Set<String> codes = new LinkedHashSet<>();
        for (String r : resend) {
            String w = r.strip();
            if (w.toLowerCase(Locale.ROOT).equals(ALL) || w.equalsIgnoreCase("tất cả")) {
                assignments.forEach(a -> codes.add(a.unitCode()));
            } else {
                codes.add(ClerkEntries.assignedUnit(ledger, directory, tracked, w));
            }
        }
        return codes;
    }

    /**
     * The dispatch as imported — the original file when the ledger has it, else its text under the name it
     * had (a .docx kept as text gets .txt) — and as the official PDF, rendered once for the whole batch.
     */
    private List<Attachment> attachments(TrackedDispatch tracked, Dispatch dispatch) {
        Attachment original = ledger.queries().originalFile(tracked.key())
                .map(f -> Attachment.named(f.name(), f.content()))
                .orElseGet(() -> new Attachment(DecidedDispatch.textName(tracked.sourceName()), "text/plain; charset=UTF-8",
                        ledger.queries().sourceText(tracked.key()).getBytes(StandardCharsets.UTF_8)));
        String base = DecidedDispatch.baseName(tracked.sourceName());
        String pdfName = base + ".pdf";
        // A PDF original keeps its name; the rendering must not look like a second copy of it.
        if (pdfName.equalsIgnoreCase(original.fileName())) {
            pdfName = MSG.get("distribute.renderedPdfName", base);
        }
        return List.of(original, new Attachment(pdfName, "application/pdf", pdfOf(tracked, dispatch)));
    }

    /** The official PDF in memory: it goes into every mail and never needs a file. */
    private static byte[] pdfOf(TrackedDispatch tracked, Dispatch dispatch) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfWriter().write(dispatch.document(), pdf);
        } catch (IOException e) {
            throw new InputException(MSG.get("distribute.pdfFailed", tracked.numberSymbol(), e.getMessage()), e);
        }
        return pdf.toByteArray();
    }
}
