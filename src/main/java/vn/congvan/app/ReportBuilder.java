package vn.congvan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.Appendix;
import vn.congvan.model.Block;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DueMoment;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Recipient;
import vn.congvan.model.Paragraph;
import vn.congvan.model.RequirementState;
import vn.congvan.model.Table;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.UnitRole;
import vn.congvan.model.UnitStatus;
import vn.congvan.render.RegisterRow;
import vn.congvan.render.RegisterSheet;
import vn.congvan.render.RegisterSummary;
import vn.congvan.render.Template;
import vn.congvan.text.Messages;
import vn.congvan.text.OfficeNames;
import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;
import vn.congvan.tracking.Ledger;

/**
 * The documents that follow a dispatch, from the live ledger: the report on its results (BÁO CÁO)
 * and the reminder (công văn đôn đốc) to the units that are late or silent. Wording comes from the
 * templates; this class only supplies the facts.
 */
final class ReportBuilder {
    private static final Messages MSG = Messages.of(ReportBuilder.class);
    public static final String REPORT_TEMPLATE = "bao-cao-ket-qua.md";
    public static final String REMINDER_TEMPLATE = "cong-van-don-doc.md";
    /** Room for the number a draft gets when it is signed, as "Số:" leaves it. */
    private static final String DRAFT_NUMBER = "      ";

    private final Supplier<Template> reportTemplate;
    private final Supplier<Template> reminderTemplate;
    private final ReminderAddressees addressees;

    /** A builder that reads the templates from {@code templatesFolder} when it needs them. */
    ReportBuilder(Path templatesFolder, UnitDirectory directory) {
        this(() -> Template.load(templatesFolder.resolve(REPORT_TEMPLATE)),
                () -> Template.load(templatesFolder.resolve(REMINDER_TEMPLATE)), directory);
    }

    /** A builder that takes the directory and the templates {@code prepared} reads on its own thread. */
    ReportBuilder(ReportPreparation prepared) {
        this(prepared::report, prepared::reminder, prepared.directory());
    }

    private ReportBuilder(Supplier<Template> reportTemplate, Supplier<Template> reminderTemplate, UnitDirectory directory) {
        this.reportTemplate = reportTemplate;
        this.reminderTemplate = reminderTemplate;
        this.addressees = new ReminderAddressees(directory);
    }

    /**
     * Facts about one dispatch on one day, as the templates need them: all from the ledger, as decided
     * at import — never the text read again, never today's directory.
     */
    record Facts(TrackedDispatch tracked, Dispatch dispatch, List<Recipient> recipients, DispatchStatus status,
                 LocalDate issuedOn, Map<String, Reminders.Reminded> reminders, List<CopyRecipient> copies) {
        static Facts of(Ledger ledger, TrackedDispatch tracked, LocalDate asOf, LocalDate issuedOn) {
            return of(ledger, tracked, DueMoment.endOf(asOf), issuedOn);
        }

        /** @param asOf the moment on Vietnam's clock the statuses hold for */
        static Facts of(Ledger ledger, TrackedDispatch tracked, LocalDateTime asOf, LocalDate issuedOn) {
            return new Facts(tracked, DecidedDispatch.of(ledger, tracked), ledger.queries().recipients(tracked.key()),
                    ledger.queries().status(tracked.key(), asOf), issuedOn, Reminders.of(ledger.queries().events(tracked.key())),
                    ledger.queries().copyRecipients(tracked.key()));
        }

        /**
         * The dispatch's copies for information, to be told of what follows it: a follow-up's Nơi nhận lists them
         * after the addressees ("Như trên") and before the archive copy, as Decree 30 orders it (Appendix I, part
         * on Nơi nhận). Entries the follow-up's template names already are left out.
         */
        List<String> informed(List<String> already) {
            Set<String> named = new HashSet<>();
            already.forEach(e -> named.add(VietnameseText.fold(e).replaceAll("[^a-z0-9]+", " ").strip()));
            return copies.stream().filter(c -> c.kind() == CopyRecipient.Kind.INFORMATION).map(CopyRecipient::entry)
                    .filter(e -> named.add(VietnameseText.fold(e).replaceAll("[^a-z0-9]+", " ").strip()))
                    .toList();
        }

        /** " (đã đôn đốc 2 lần)" after a unit reminders went to; else nothing. */
        String reminded(String unitCode) {
            Reminders.Reminded r = reminders.get(unitCode);
            return r == null ? "" : MSG.get("report.reminded", r.count());
        }
    }

    /** BÁO CÁO "Kết quả thực hiện …": summary per requirement, units × requirements, who has not answered. */
    OfficialDocument report(Facts f, String signerName) {
        Map<String, Object> v = common(f, signerName);
        DispatchStatus s = f.status();
        v.put("so_don_vi", Integer.toString(s.units().size()));
        v.put("so_da_nhan", Integer.toString(s.acknowledgedCount()));
        v.put("so_chua_nhan", Integer.toString(s.units().size() - s.acknowledgedCount()));
        v.put("tong_hop_theo_noi_dung", summaryTable(s));
        v.put("bang_ket_qua", resultTable(s));
        v.put("don_vi_chua_bao_cao", silentUnits(s, f));
        v.put("don_vi_khong_nhan_thu", unreachable(s.units()));
        return withInformed(reportTemplate.get().fill(v), f);
    }

    /**
     * The follow-up with the dispatch's copies for information in its Nơi nhận, before the archive copy
     * ("Lưu: VT"), which Decree 30 puts last.
     */
    private static OfficialDocument withInformed(OfficialDocument d, Facts f) {
        List<String> informed = f.informed(d.distribution());
        if (informed.isEmpty()) {
            return d;
        }
        List<String> distribution = new ArrayList<>(d.distribution());
        int archive = 0;
        while (archive < distribution.size() && !VietnameseText.fold(distribution.get(archive)).startsWith("luu")) {
            archive++;
        }
        distribution.addAll(archive, informed);
        return new OfficialDocument(d.parentIssuer(), d.issuer(), d.numberSymbol(), d.place(), d.date(), d.type(), d.subject(),
                d.recipients(), d.body(), d.signer(), distribution, d.contact(), d.appendix());
    }

    /**
     * The units a reminder goes to: not acknowledged, or with a requirement overdue. On a plan's task table
     * the lead unit answers for its row: a unit that only supports is named in the reminder, not addressed.
     */
    static List<UnitStatus> lateOrSilent(DispatchStatus s) {
        return s.units().stream()
                .filter(u -> u.requirements().stream().anyMatch(ReportBuilder::answersForIt))
                .filter(u -> !u.acknowledged() || u.requirements().stream()
                        .anyMatch(r -> answersForIt(r) && r.status() == ComplianceStatus.OVERDUE))
                .toList();
    }

    private static boolean answersForIt(RequirementState r) {
        return r.role() != UnitRole.SUPPORT;
    }

    /** Công văn đôn đốc to exactly the late or silent units, with what each still owes and a new deadline. */
    OfficialDocument reminder(Facts f, String signerName, LocalDate newDeadline) {
        List<UnitStatus> late = lateOrSilent(f.status());
        if (late.isEmpty()) {
            throw new vn.congvan.model.InputException(MSG.get("reminder.nobodyLate", f.tracked().numberSymbol(),
                    VietnameseDates.formatShort(f.status().asOf())));
        }
        Map<String, Object> v = common(f, signerName);
        ReminderAddressees.Addressees to = addressees.of(f.recipients(), f.status().units(), late);
        v.put("don_vi_nhan", to.entries());
        v.put("bang_noi_dung_con_thieu", owedTable(late, f));
        v.put("han_moi", VietnameseDates.formatShort(newDeadline));
        v.put("don_vi_khong_nhan_thu", unreachable(late));
        OfficialDocument reminder = withInformed(reminderTemplate.get().fill(v), f);
        return to.inAppendix() ? reminder.addressed(reminder.recipients(), addresseeList(reminder, to.listed())) : reminder;
    }

    /** The appendix naming the units "Kính gửi" refers to: "(Kèm theo Công văn số …/… ngày … của …)" and a numbered table. */
    private static Appendix addresseeList(OfficialDocument reminder, List<String> units) {
        NumberSymbol ns = reminder.numberSymbol();
        String number = ns.number().isBlank() ? DRAFT_NUMBER + "/" + ns.symbol() : ns.text();
        String note = MSG.get("reminder.appendix.note", sentenceCase(reminder.type().title()), number,
                VietnameseDates.formatShort(reminder.date()), OfficeNames.inSentence(reminder.issuer()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            rows.add(List.of(Integer.toString(i + 1), units.get(i)));
        }
        Table table = new Table(List.of(MSG.get("report.col.no"), MSG.get("reminder.appendix.unit")), rows, List.of(0.8, 9.0));
        return new Appendix(MSG.get("reminder.appendix.title"), note, List.of(table));
    }

    /** The tracking register (Sổ theo dõi): one row per unit and requirement, progress from the ledger. */
    RegisterSheet register(Facts f) {
        OfficialDocument d = f.dispatch().document();
        String excerpt = (d.type() == vn.congvan.model.DocumentType.CONG_VAN ? "V/v " : "") + d.subject();
        Map<String, String> requirementText = new HashMap<>();
        f.dispatch().requirements().forEach(r -> requirementText.put(r.id(), r.text()));
        List<RegisterRow> rows = new ArrayList<>();
        for (UnitStatus u : f.status().units()) {
            for (RequirementState r : u.requirements()) {
                String req = requirementText.getOrDefault(r.requirementId(), "");
                String progress = cell(r);
                rows.add(new RegisterRow("", d.numberSymbol().text(), d.date(), OfficeNames.inSentence(d.issuer()),
                        excerpt + "\n" + MSG.get("register.requirement", r.requirementId(), brief(req)),
                        u.unitName(), r.deadline(), progress, "", r.lastNote() == null ? "" : r.lastNote(), r.deadlineTime()));
            }
        }
        return new RegisterSheet(MSG.get("register.title"),
                MSG.get("register.dispatchLine", sentenceCase(d.type().title()), d.numberSymbol().text(),
                        VietnameseDates.formatShort(d.date()), OfficeNames.inSentence(d.issuer()), excerpt,
                        VietnameseDates.formatShort(f.status().asOf())),
                rows, RegisterSummary.of(f.status(), f.recipients(),
                        id -> MSG.get("register.requirement", id, brief(requirementText.getOrDefault(id, "")))));
    }

    private static String brief(String text) {
        return VietnameseText.cut(text, 160);
    }

    private Map<String, Object> common(Facts f, String signerName) {
        OfficialDocument d = f.dispatch().document();
        String[] symbolParts = d.numberSymbol().symbol().split("-", 2);
        Map<String, Object> v = new HashMap<>();
        v.put("co_quan_cap_tren", d.parentIssuer() == null ? "" : d.parentIssuer());
        v.put("co_quan", d.issuer());
        v.put("co_quan_ban_hanh", OfficeNames.inSentence(d.issuer()));
        v.put("co_quan_ten_thuong", OfficeNames.inSentence(d.issuer()));
        v.put("ky_hieu_co_quan", symbolParts[0]);
        v.put("don_vi_soan_thao", symbolParts.length > 1 ? symbolParts[1] : "VP");
        v.put("dia_danh", d.place());
        v.put("ngay_lap", f.issuedOn().toString());
        v.put("loai_van_ban", sentenceCase(d.type().title()));
        v.put("so_ky_hieu", d.numberSymbol().text());
        v.put("ngay_van_ban", VietnameseDates.formatShort(d.date()));
        v.put("trich_yeu", d.subject());
        v.put("ve_trich_yeu", about(d));
        v.put("ngay_so_lieu", VietnameseDates.formatShort(f.status().asOf()));
        v.put("nguoi_ky", signerName != null ? signerName : d.signer() != null ? d.signer().name() : "");
        return v;
    }

    private static Table summaryTable(DispatchStatus s) {
        List<List<String>> rows = new ArrayList<>();
        for (String r : s.requirementIds()) {
            Map<ComplianceStatus, Integer> c = s.counts(r);
            RequirementState due = s.units().stream().map(u -> u.requirement(r)).flatMap(java.util.Optional::stream)
                    .filter(q -> q.deadline() != null).min(java.util.Comparator.comparing(RequirementState::deadline)).orElse(null);
            rows.add(List.of(r, due == null ? MSG.get("report.noDeadline") : VietnameseDates.formatDeadline(due.deadline(), due.deadlineTime()),
                    Integer.toString(c.get(ComplianceStatus.DONE)), Integer.toString(c.get(ComplianceStatus.IN_PROGRESS)),
                    Integer.toString(c.get(ComplianceStatus.NOT_STARTED)), Integer.toString(c.get(ComplianceStatus.OVERDUE))));
        }
        return new Table(List.of(MSG.get("report.col.requirement"), MSG.get("report.col.deadline"), StatusWords.name(ComplianceStatus.DONE),
                StatusWords.name(ComplianceStatus.IN_PROGRESS), StatusWords.name(ComplianceStatus.NOT_STARTED), StatusWords.name(ComplianceStatus.OVERDUE)),
                rows, List.of(1.0, 1.6, 1.4, 1.4, 1.4, 1.2), keptWhole(s));
    }

    /**
     * What a table never breaks across lines: the status words, "Chưa xác nhận", "không ghi hạn" and
     * the requirement labels ("ND 1").
     */
    private static List<String> keptWhole(DispatchStatus s) {
        List<String> kept = new ArrayList<>();
        for (ComplianceStatus status : ComplianceStatus.values()) {
            kept.add(StatusWords.name(status));
        }
        kept.addAll(List.of(MSG.get("report.notAcknowledged"), MSG.get("reminder.acknowledged"), MSG.get("report.noDeadline")));
        for (String r : s.requirementIds()) {
            kept.add(MSG.get("report.col.req", r));
        }
        return kept;
    }

    private static Table resultTable(DispatchStatus s) {
        List<String> header = new ArrayList<>(List.of(MSG.get("report.col.no"), MSG.get("report.col.unit"), MSG.get("report.col.ack")));
        List<Double> widths = new ArrayList<>(List.of(0.8, 3.4, 1.4));
        for (String r : s.requirementIds()) {
            header.add(MSG.get("report.col.req", r));
            widths.add(1.6);
        }
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (UnitStatus u : s.units()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(no++));
            row.add(u.unitName());
            row.add(u.acknowledged() ? dateOf(u.acknowledgedAt()) : MSG.get("report.notAcknowledged"));
            for (String r : s.requirementIds()) {
                row.add(u.requirement(r).map(ReportBuilder::cell).orElse(""));
            }
            rows.add(row);
        }
        return new Table(header, rows, widths, keptWhole(s));
    }

    private static String cell(RequirementState r) {
        String status = StatusWords.name(r.status());
        // The day the work was done, as the unit stated it; else the day it reported.
        LocalDate done = r.doneDay();
        String cell = done != null ? status + " " + VietnameseDates.formatShort(done) : status;
        if (r.role() == null) {
            return cell;
        }
        return cell + " " + switch (r.role()) {
            case LEAD -> MSG.get("report.role.lead");
            case SUPPORT -> MSG.get("report.role.support");
        };
    }

    private static List<Block> silentUnits(DispatchStatus s, Facts f) {
        List<UnitStatus> silent = s.units().stream().filter(u -> !u.acknowledged()).toList();
        if (silent.isEmpty()) {
            return List.of(Paragraph.of(MSG.get("report.everyoneAnswered")));
        }
        List<Block> out = new ArrayList<>();
        out.add(Paragraph.of(MSG.get("report.silentIntro", silent.size())));
        for (int i = 0; i < silent.size(); i++) {
            out.add(Paragraph.of("- " + silent.get(i).unitName() + f.reminded(silent.get(i).unitCode())
                    + (i == silent.size() - 1 ? "." : ";"), Paragraph.Role.ITEM));
        }
        return out;
    }

    /**
     * One paragraph naming the units whose address failed (a bounce, a send failure not followed by a
     * new sending), so that the clerk phones them; none when every mail went through.
     */
    private static List<Block> unreachable(List<UnitStatus> units) {
        List<String> names = units.stream().filter(u -> u.delivery().failed()).map(UnitStatus::unitName).toList();
        return names.isEmpty() ? List.of() : List.of(Paragraph.of(MSG.get("delivery.failedUnits", String.join(", ", names))));
    }

    private static Table owedTable(List<UnitStatus> late, Facts f) {
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (UnitStatus u : late) {
            List<String> owed = u.requirements().stream().filter(r -> r.status() != ComplianceStatus.DONE && answersForIt(r))
                    .map(r -> owed(r, supporting(f.status(), r.requirementId())))
                    .toList();
            rows.add(List.of(Integer.toString(no++), u.unitName(),
                    (u.acknowledged() ? MSG.get("reminder.acknowledged") : MSG.get("report.notAcknowledged")) + f.reminded(u.unitCode()),
                    String.join("; ", owed)));
        }
        return new Table(List.of(MSG.get("report.col.no"), MSG.get("report.col.unit"), MSG.get("report.col.ack"),
                MSG.get("reminder.col.owed")), rows, List.of(0.8, 3.2, 1.6, 4.0), keptWhole(f.status()));
    }

    /**
     * "về việc …" for a công văn, whose excerpt stands for "V/v …" and so lacks the words; "về …" for
     * the other types, whose excerpt names its matter.
     */
    private static String about(OfficialDocument d) {
        String subject = d.subject() == null ? "" : d.subject().strip();
        String folded = VietnameseText.fold(subject);
        if (folded.startsWith("ve ")) {
            return subject;
        }
        boolean saysMatter = d.type() != vn.congvan.model.DocumentType.CONG_VAN || folded.startsWith("viec ");
        return (saysMatter ? "về " : "về việc ") + subject;
    }

    private static String owed(RequirementState r, List<String> supporting) {
        String status = StatusWords.name(r.status());
        if (!supporting.isEmpty()) {
            String due = r.deadline() == null ? MSG.get("reminder.noDue")
                    : MSG.get("reminder.due", VietnameseDates.formatDeadline(r.deadline(), r.deadlineTime()));
            return MSG.get("reminder.owedWithSupport", r.requirementId(), status, due, String.join(", ", supporting));
        }
        return r.deadline() == null ? MSG.get("reminder.owedNoDeadline", r.requirementId(), status)
                : MSG.get("reminder.owed", r.requirementId(), status, VietnameseDates.formatDeadline(r.deadline(), r.deadlineTime()));
    }

    /** The units that support a requirement (phối hợp), named beside what the lead unit owes. */
    private static List<String> supporting(DispatchStatus s, String requirementId) {
        return s.units().stream().filter(u -> u.requirement(requirementId).map(r -> r.role() == UnitRole.SUPPORT).orElse(false))
                .map(UnitStatus::unitName).toList();
    }

    private static String dateOf(java.time.Instant at) {
        return at == null ? "" : VietnameseDates.formatShort(at.atZone(Workspace.VIETNAM).toLocalDate());
    }

    private static String sentenceCase(String caps) {
        String lower = caps.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return lower.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + lower.substring(1);
    }
}
