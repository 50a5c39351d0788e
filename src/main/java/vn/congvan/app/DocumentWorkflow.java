package vn.congvan.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.congvan.directory.OfficeSigning;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.DocumentStep;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.RegisterEntry;
import vn.congvan.model.Signer;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.PdfWriter;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.OutgoingDocuments;

/**
 * The way of a document congvan wrote: draft → submitted to a leader → signed (the number is taken from
 * the outgoing register at this step, so that it is inside the signed bytes) → issued → distributed; a
 * leader may return it with a comment, and a signed document may be withdrawn. Each step is appended to
 * the ledger with who and when; the state is the latest step.
 */
public final class DocumentWorkflow {
    private static final Messages MSG = Messages.of(DocumentWorkflow.class);
    private static final Set<DocumentStage> DRAFT = EnumSet.of(DocumentStage.DRAFTED, DocumentStage.RETURNED);

    private final Ledger ledger;
    private final Clock clock;

    DocumentWorkflow(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    OutgoingDocument document(long id) {
        return ledger.outgoing().document(id).orElseThrow(() -> new InputException(MSG.get("doc.unknown", id)));
    }

    /** The BÁO CÁO and reminder a report wrote, recorded as drafts; the report's result names them. */
    FollowUpFiles.Written recordDrafts(FollowUpFiles.Written written, List<FollowUpFiles.DraftFiles> drafts, String by) {
        List<OutgoingDocument> recorded = new ArrayList<>();
        for (FollowUpFiles.DraftFiles f : drafts) {
            OfficialDocument doc = f.document();
            long id = ledger.outgoing().addDraft(new OutgoingDocuments.Draft(written.dispatch().key(), f.kind(),
                    doc.numberSymbol().symbol(), doc, f.unitCodes(), f.newDeadline(),
                    f.files().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()), clock.instant(), by);
            recorded.add(document(id));
        }
        return new FollowUpFiles.Written(written.dispatch(), written.files(), written.lateUnits(), recorded);
    }

    /** The leader's name as given on the command, required. */
    static String leaderGiven(String leader) {
        return required(leader, "doc.noLeader");
    }

    /** Trình ký: a draft (or a returned one) goes to a named leader. */
    OutgoingDocument submit(long id, String leader, String by) {
        OutgoingDocument d = require(id, DRAFT, "doc.notDraft");
        ledger.outgoing().append(d.id(), DocumentStage.SUBMITTED, clock.instant(), by, leader, null, null, List.of());
        return document(id);
    }

    /** The leader returns it with a comment: a draft again. */
    OutgoingDocument giveBack(long id, String comment, String by) {
        String c = required(comment, "doc.noComment");
        require(id, EnumSet.of(DocumentStage.SUBMITTED), "doc.notSubmitted");
        ledger.outgoing().append(id, DocumentStage.RETURNED, clock.instant(), by, null, c, null, List.of());
        return document(id);
    }

    /** Ban hành: the văn thư issues a signed document. */
    OutgoingDocument issue(long id, String by) {
        return issue(id, by, IssueSigning.NONE).document();
    }

    /** What issuing did: the document, and what the agency signed (the sealed PDF, the attachments). */
    public record Issued(OutgoingDocument document, IssueSigning.Outcome agency) {
    }

    /**
     * Ban hành with the agency's part: its seal over the PDF the leader signed, its text signature on the
     * attachments with the number the register gave; then ISSUED, naming those files. Should the signing
     * fail, nothing is recorded.
     */
    Issued issue(long id, String by, IssueSigning agency) {
        OutgoingDocument d = require(id, EnumSet.of(DocumentStage.SIGNED), "doc.notSigned");
        DocumentStep signed = d.last(DocumentStage.SIGNED).orElseThrow();
        IssueSigning.Outcome outcome = agency.apply(leaderSigned(signed), numberSymbol(d, signed));
        ledger.outgoing().append(id, DocumentStage.ISSUED, clock.instant(), by, null,
                outcome.files().isEmpty() ? null : outcome.message(), null, outcome.files().stream().map(Path::toString).toList());
        return new Issued(document(id), outcome);
    }

    /** The number/symbol the register gave the document when it was signed. */
    String numberSymbol(OutgoingDocument d, DocumentStep signed) {
        return ledger.register().entries(null, d.series()).stream().filter(e -> Long.valueOf(e.entryId()).equals(signed.entryId()))
                .findFirst().map(RegisterEntry::numberSymbol).orElseThrow(() -> new InputException(MSG.get("doc.noNumber", d.id())));
    }

    /**
     * The number/symbol of an issued document, for the attachments signed after it was issued: taken from the
     * register, never typed.
     */
    String issuedNumber(long id) {
        OutgoingDocument d = require(id, EnumSet.of(DocumentStage.ISSUED, DocumentStage.DISTRIBUTED), "doc.notIssuedYet");
        return numberSymbol(d, d.last(DocumentStage.SIGNED).orElseThrow());
    }

    /** The copy the leader signed digitally, listed beside the final PDF it was made from; null when none was. */
    private static Path leaderSigned(DocumentStep signed) {
        List<Path> files = signed.files().stream().map(Path::of).toList();
        return files.stream().filter(f -> f.toString().endsWith(".pdf"))
                .map(vn.congvan.sign.PdfSigner::signedName).filter(files::contains).findFirst().orElse(null);
    }

    /** Thu hồi: a signed, issued or distributed document is withdrawn; its number stays in the register, marked. */
    OutgoingDocument withdraw(long id, String reason, String by) {
        String r = required(reason, "doc.noReason");
        require(id, EnumSet.of(DocumentStage.SIGNED, DocumentStage.ISSUED, DocumentStage.DISTRIBUTED), "doc.notWithdrawable");
        ledger.outgoing().append(id, DocumentStage.WITHDRAWN, clock.instant(), by, null, r, null, List.of());
        return document(id);
    }

    /** What signing did: the number, the final files and whether the PDF carries a signature. */
    public record Signed(OutgoingDocument document, RegisterEntry entry, List<Path> files, PdfSignatureStep.Outcome signature) {
    }

    /**
     * Ký: takes the next number of the document's series (committed at once: it is never given back), then
     * writes the final PDF and DOCX beside the draft with the number, the date and the signer filled in,
     * hands the PDF to the signature step, and records SIGNED. Should the program stop after the number
     * was taken, the register shows that number as taken without a document.
     *
     * @param afterNumberTaken runs between taking the number and writing the files (tests stop the program there)
     */
    Signed sign(long id, String by, OfficeSigning office, PdfSignatureStep step, Runnable afterNumberTaken) {
        OutgoingDocument d = require(id, EnumSet.of(DocumentStage.SUBMITTED), "doc.notSubmitted");
        office.requireSeries(d.series());
        String signer = d.last(DocumentStage.SUBMITTED).orElseThrow().person();
        Instant now = clock.instant();
        LocalDate day = now.atZone(Workspace.VIETNAM).toLocalDate();
        OfficialDocument draft = ledger.outgoing().content(id);
        RegisterEntry entry = ledger.register().take(d.issuer(), day.getYear(), d.series(), id, now, by);
        afterNumberTaken.run();
        OfficialDocument numbered = numbered(draft, entry, day, signer);
        Path folder = draftFolder(d);
        String base = baseName(d) + "-so-" + entry.numberSymbol().replace('/', '-');
        DocumentFiles.createFolder(folder);
        Path pdf = folder.resolve(base + ".pdf");
        Path docx = folder.resolve(base + ".docx");
        new PdfWriter().write(numbered, pdf);
        new DocxWriter().write(numbered, docx);
        PdfSignatureStep.Outcome signature = step.apply(pdf, signer);
        List<Path> files = signature.signed() ? List.of(pdf, docx, signature.signedFile()) : List.of(pdf, docx);
        ledger.outgoing().append(id, DocumentStage.SIGNED, clock.instant(), by, signer, signature.message(), entry.entryId(),
                files.stream().map(Path::toString).toList());
        return new Signed(document(id), entry, files, signature);
    }

    /** The draft with its number, the day of signing and the leader who signs. */
    static OfficialDocument numbered(OfficialDocument draft, RegisterEntry entry, LocalDate day, String signerName) {
        Signer s = draft.signer();
        Signer signer = s == null ? new Signer(List.of(), null, signerName) : new Signer(s.authorityLines(), s.position(), signerName);
        return new OfficialDocument(draft.parentIssuer(), draft.issuer(),
                new NumberSymbol(String.format("%02d", entry.number()), entry.series()), draft.place(), day, draft.type(),
                draft.subject(), draft.recipients(), draft.body(), signer, draft.distribution(), draft.contact(),
                draft.appendix());
    }

    private static Path draftFolder(OutgoingDocument d) {
        Path first = Path.of(d.draftFiles().get(0)).toAbsolutePath();
        return first.getParent();
    }

    private static String baseName(OutgoingDocument d) {
        String name = Path.of(d.draftFiles().get(0)).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    OutgoingDocument require(long id, Set<DocumentStage> allowed, String key) {
        OutgoingDocument d = document(id);
        if (!allowed.contains(d.stage())) {
            throw new InputException(MSG.get(key, id, DocumentWords.stage(d.stage())));
        }
        return d;
    }

    private static String required(String text, String key) {
        String t = text == null ? "" : vn.congvan.text.VietnameseText.oneLine(vn.congvan.text.VietnameseText.clean(text)).strip();
        if (t.isEmpty()) {
            throw new InputException(MSG.get(key));
        }
        return t;
    }

    /** Every document congvan wrote, oldest first. */
    List<OutgoingDocument> documents() {
        return new ArrayList<>(ledger.outgoing().documents());
    }
}
