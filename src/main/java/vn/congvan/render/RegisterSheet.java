package vn.congvan.render;

import vn.congvan.model.Assignment;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Requirement;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@link XlsxRegisterWriter} prints: the register's title, the line naming the dispatch it
 * follows, its rows, and the counts of its summary sheet (null for none).
 */
public record RegisterSheet(String title, String dispatchLine, List<RegisterRow> rows, RegisterSummary summary) {
    private static final Messages MESSAGES = Messages.of(RegisterSheet.class);
    /** Longest requirement text kept in a row's excerpt; a longer one is cut after its first sentence. */
    private static final int EXCERPT_LIMIT = 200;

    public RegisterSheet {
        rows = List.copyOf(rows);
    }

    /** A register without a summary sheet. */
    public RegisterSheet(String title, String dispatchLine, List<RegisterRow> rows) {
        this(title, dispatchLine, rows, null);
    }

    /**
     * The register of one dispatch: one row per assignment (unit × requirement) in the task set's order.
     *
     * @param arrivalNumber Số đến given to the dispatch on arrival
     * @param progress      tiến độ of each assignment, as the ledger says ("Đã hoàn thành" …)
     */
    public static RegisterSheet of(TaskSet taskSet, String arrivalNumber, Function<Assignment, String> progress) {
        OfficialDocument doc = taskSet.dispatch().document();
        Map<String, Unit> units = taskSet.units().stream().collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a));
        Map<String, Requirement> requirements = taskSet.dispatch().requirements().stream()
                .collect(Collectors.toMap(Requirement::id, r -> r, (a, b) -> a));
        String numberSymbol = doc.numberSymbol() == null ? "" : doc.numberSymbol().text();
        String subject = "V/v " + VietnameseText.oneLine(doc.subject());

        List<RegisterRow> rows = new ArrayList<>();
        for (Assignment a : taskSet.assignments()) {
            Unit unit = units.get(a.unitCode());
            Requirement requirement = requirements.get(a.requirementId());
            String excerpt = requirement == null ? subject
                    : subject + "\n" + MESSAGES.get("xlsx.requirement", requirement.id(), brief(requirement.text()));
            rows.add(new RegisterRow(arrivalNumber, numberSymbol, doc.date(), VietnameseText.oneLine(doc.issuer()),
                    excerpt, unit == null ? a.unitCode() : unit.name(), a.deadline(), progress.apply(a), "", "", a.deadlineTime()));
        }
        String type = doc.type().title().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        String line = MESSAGES.get("xlsx.dispatchLine", VietnameseText.upper(type.substring(0, 1)) + type.substring(1),
                numberSymbol, doc.date() == null ? "" : VietnameseDates.formatShort(doc.date()),
                VietnameseText.oneLine(doc.issuer()), subject);
        return new RegisterSheet(MESSAGES.get("xlsx.title"), line, rows);
    }

    private static String brief(String text) {
        String s = VietnameseText.oneLine(text);
        if (s.length() <= EXCERPT_LIMIT) {
            return s;
        }
        int end = s.indexOf(". ");
        return end > 0 && end < EXCERPT_LIMIT ? s.substring(0, end + 1) : s.substring(0, EXCERPT_LIMIT).strip() + "…";
    }
}
