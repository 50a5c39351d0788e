package vn.congvan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.mail.Attachment;
import vn.congvan.mail.DispatchMailComposer;
import vn.congvan.mail.Distributor;
import vn.congvan.mail.MailTemplate;
import vn.congvan.mail.MailTransport;
import vn.congvan.mail.MessageIds;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.mail.SendResult;
import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentKind;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.DocumentStep;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.RequirementState;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitStatus;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;

/**
 * Phát hành an issued công văn đôn đốc: one mail to each unit it names (no other), with the signed PDF,
 * what the unit still owes and the reminder's deadline; each unit reached gets a REMINDED event on the
 * dispatch saying which time it is (lần 1, lần 2 …). A failure is recorded as for any sending and the
 * document stays issued, so running it again reaches the rest (a unit reminded by it is not mailed twice).
 */
public final class ReminderMailing {
    private static final Messages MSG = Messages.of(ReminderMailing.class);

    private final Ledger ledger;
    private final UnitDirectory directory;
    private final OfficeProfile office;
    private final Clock clock;
    private final MessageIds messageIds;

    ReminderMailing(Ledger ledger, UnitDirectory directory, OfficeProfile office, Clock clock, MessageIds messageIds) {
        this.ledger = ledger;
        this.directory = directory;
        this.office = office;
        this.clock = clock;
        this.messageIds = messageIds;
    }

    /** @param count which reminder this is for the unit (1, 2 …); 0 when it failed */
    public record UnitLine(String unitCode, String unitName, String email, boolean sent, int count, String messageIdOrReason) {
    }

    public record Outcome(OutgoingDocument document, List<UnitLine> units, Path outbox) {
        public boolean allWent() {
            return units.stream().allMatch(UnitLine::sent);
        }
    }

    Outcome distribute(long docId, MailTransport transport, String by) {
        DocumentWorkflow workflow = new DocumentWorkflow(ledger, clock);
        OutgoingDocument d = workflow.document(docId);
        if (d.kind() != DocumentKind.REMINDER) {
            throw new InputException(MSG.get("doc.reportNotMailed", docId));
        }
        if (d.stage() != DocumentStage.ISSUED) {
            throw new InputException(MSG.get("doc.notIssued", docId, DocumentWords.stage(d.stage())));
        }
        DocumentStep signed = d.last(DocumentStage.SIGNED).orElseThrow();
        TrackedDispatch tracked = ledger.queries().dispatch(d.dispatchKey()).orElseThrow();
        OfficialDocument letter = finalDocument(d, signed);
        // The signed copy when the leader signed digitally (listed last), else the final PDF; sealed by the
        // agency at issuing when it was, with the attachments the agency signed then.
        Path pdf = signed.files().stream().map(Path::of).filter(p -> p.toString().endsWith(".pdf")).reduce((a, b) -> b).orElseThrow();
        List<Path> issuedFiles = d.last(DocumentStage.ISSUED).map(s -> s.files().stream().map(Path::of).toList()).orElse(List.of());
        Path sealed = vn.congvan.sign.PdfSigner.signedName(pdf);
        Path main = issuedFiles.contains(sealed) ? sealed : pdf;
        List<Attachment> attachments = new java.util.ArrayList<>(List.of(Attachment.named(main.getFileName().toString(), read(main))));
        for (Path f : issuedFiles) {
            if (!f.equals(main)) {
                attachments.add(Attachment.named(f.getFileName().toString(), read(f)));
            }
        }
        Dispatch original = DecidedDispatch.of(ledger, tracked);
        Dispatch mailed = new Dispatch(letter, original.requirements(), List.of());
        List<UnitStatus> status = ledger.queries().status(tracked.key(), vn.congvan.model.DueMoment.inVietnam(clock.instant())).units();
        List<Assignment> assignments = ledger.queries().assignments(tracked.key());
        Distributor distributor = new Distributor(new DispatchMailComposer(office.email(), office.name(), MailTemplate.standard(),
                clock, messageIds), transport);
        String sourceId = "reminder:" + docId;
        List<UnitLine> lines = new ArrayList<>();
        for (String code : d.unitCodes()) {
            List<Event> before = ledger.queries().events(tracked.key(), code).stream().filter(e -> e.type() == EventType.REMINDED).toList();
            String name = assignments.stream().filter(a -> a.unitCode().equals(code)).map(Assignment::unitName).findFirst().orElse(code);
            if (before.stream().anyMatch(e -> sourceId.equals(e.sourceId()))) {
                lines.add(new UnitLine(code, name, null, true, before.size(), MSG.get("reminder.alreadyMailed")));
                continue;
            }
            Unit unit = new Unit(code, name, null, List.of(), email(code, assignments), List.of());
            // What the unit still owes, under the reminder's deadline.
            List<Assignment> owed = owed(status, code).stream()
                    .map(r -> new Assignment(code, name, unit.email(), r, d.newDeadline())).toList();
            SendResult r = distributor.distribute(mailed, owed, List.of(unit), attachments, x -> { }).get(0);
            Instant now = clock.instant();
            if (r.ok()) {
                int count = before.size() + 1;
                ledger.events().append(Event.of(tracked.key(), EventType.REMINDED, now).unit(code).source("mail", sourceId)
                        .evidence(r.messageId()).note(MSG.get("reminder.note", count, letter.numberSymbol().text(), r.email())).build());
                lines.add(new UnitLine(code, name, r.email(), true, count, r.messageId()));
            } else {
                ledger.events().append(Event.of(tracked.key(), EventType.SEND_FAILED, now).unit(code)
                        .source("mail", "send-failed:" + UUID.randomUUID()).evidence(r.messageId())
                        .note(MSG.get("reminder.failed", letter.numberSymbol().text(), r.error())).build());
                lines.add(new UnitLine(code, name, r.email(), false, 0, r.error()));
            }
        }
        OutgoingDocument after = d;
        if (lines.stream().allMatch(UnitLine::sent)) {
            ledger.outgoing().append(docId, DocumentStage.DISTRIBUTED, clock.instant(), by, null,
                    MSG.get("reminder.distributedNote", lines.size()), null, List.of());
            after = workflow.document(docId);
        }
        Path outbox = transport instanceof OutboxTransport o ? o.folder() : null;
        return new Outcome(after, lines, outbox);
    }

    /** The letter as signed: the draft with its number, date and signer. */
    private OfficialDocument finalDocument(OutgoingDocument d, DocumentStep signed) {
        var entry = ledger.register().entries(null, d.series()).stream().filter(e -> e.entryId() == signed.entryId())
                .findFirst().orElseThrow();
        return DocumentWorkflow.numbered(ledger.outgoing().content(d.id()), entry,
                signed.at().atZone(Workspace.VIETNAM).toLocalDate(), signed.person());
    }

    private static List<String> owed(List<UnitStatus> status, String code) {
        return status.stream().filter(u -> u.unitCode().equals(code)).flatMap(u -> u.requirements().stream())
                .filter(r -> r.status() != ComplianceStatus.DONE).map(RequirementState::requirementId).toList();
    }

    /** Today's address when the directory still lists the unit (a corrected address must take effect), else the assigned one. */
    private String email(String code, List<Assignment> assignments) {
        return directory.units().stream().filter(u -> u.code().equals(code)).map(Unit::email)
                .filter(e -> e != null && !e.isBlank()).findFirst()
                .orElse(assignments.stream().filter(a -> a.unitCode().equals(code)).map(Assignment::unitEmail).findFirst().orElse(null));
    }

    private static byte[] read(Path pdf) {
        try {
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new InputException(MSG.get("reminder.pdfMissing", pdf, e.getMessage()), e);
        }
    }
}
