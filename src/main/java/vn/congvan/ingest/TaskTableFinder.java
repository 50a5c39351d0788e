package vn.congvan.ingest;

import vn.congvan.model.Block;
import vn.congvan.model.Requirement;
import vn.congvan.model.Table;
import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The task table of a plan or decision: STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian
 * hoàn thành, in whatever words and order the office chose (headers are compared folded). Each task row
 * is a requirement with its lead units, supporting units and deadline; a row numbered "I", "II" … with
 * no unit is a group heading, not a task. A table is a task table when it has a content column and a
 * lead column.
 */
final class TaskTableFinder {
    private static final List<String> NUMBER = List.of("stt", "tt", "so tt", "so thu tu");
    private static final List<String> CONTENT = List.of("noi dung", "nhiem vu", "cong viec", "ten nhiem vu", "hoat dong");
    private static final List<String> LEAD = List.of("chu tri", "don vi thuc hien", "co quan thuc hien", "thuc hien");
    private static final List<String> SUPPORT = List.of("phoi hop");
    private static final List<String> DUE = List.of("thoi gian", "thoi han", "hoan thanh", "tien do");
    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.?$");
    /** Entries of a unit cell: one per line (joined as "; " by the readers) or after ";". */
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("\\s*;\\s*|\\s*\\n\\s*");
    private static final Pattern LIST_DASH = Pattern.compile("^[-–+•]\\s*");

    private record Columns(int number, int content, int lead, int support, int due) {
    }

    private TaskTableFinder() {
    }

    /**
     * The requirements of the task tables in {@code body}, in order; empty when there is none.
     *
     * @param documentId names the document in the message of an impossible date
     */
    static List<Requirement> find(List<Block> body, String documentId) {
        List<Requirement> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Block block : body) {
            if (block instanceof Table table) {
                Columns columns = columns(table.header());
                if (columns != null) {
                    for (List<String> row : table.rows()) {
                        task(row, columns, found.size() + 1, documentId, ids).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    private static java.util.Optional<Requirement> task(List<String> row, Columns c, int ordinal, String documentId,
                                                        Set<String> ids) {
        String number = cell(row, c.number());
        String content = cell(row, c.content());
        List<String> lead = entries(cell(row, c.lead()));
        if (content.isEmpty() || lead.isEmpty() && ROMAN.matcher(number).matches()) {
            return java.util.Optional.empty();
        }
        String id = number.replaceAll("[.)]+$", "");
        if (!id.matches("\\d{1,3}(?:\\.\\d{1,3})*") || !ids.add(id)) {
            id = String.valueOf(ordinal);
            for (int n = 2; !ids.add(id); n++) {
                id = ordinal + "#" + n;
            }
        }
        String dueCell = cell(row, c.due());
        try {
            DeadlineFinder.Found due = DeadlineFinder.readColumn(dueCell);
            DeadlineFinder.Found inText = DeadlineFinder.read(content);
            DeadlineFinder.Found used = due.deadlines().isEmpty() && due.recurrence() == null ? inText : due;
            return java.util.Optional.of(new Requirement(id, content, used.deadlines(), List.of(), lead,
                    entries(cell(row, c.support())), used.dueTime(), used.recurrence()));
        } catch (VietnameseDates.InvalidDate e) {
            throw InputErrors.of(e, "dispatch.invalidDate", documentId, id, e.written());
        }
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).strip();
    }

    /** The unit names of a cell, as written, without list dashes and end punctuation. */
    private static List<String> entries(String cell) {
        return Arrays.stream(ENTRY_SEPARATOR.split(cell))
                .map(e -> LIST_DASH.matcher(e).replaceFirst("").replaceAll("[.;,]+$", "").strip())
                .filter(e -> !e.isEmpty() && !e.equals("-"))
                .toList();
    }

    /** Which column holds what; null when the table has no content or no lead column. */
    private static Columns columns(List<String> header) {
        int number = -1;
        int content = -1;
        int lead = -1;
        int support = -1;
        int due = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = VietnameseText.fold(header.get(i));
            if (support < 0 && containsAny(h, SUPPORT)) {
                support = i;
            } else if (lead < 0 && containsAny(h, LEAD.subList(0, 1))) {
                lead = i;
            } else if (due < 0 && containsAny(h, DUE)) {
                due = i;
            } else if (number < 0 && NUMBER.contains(h)) {
                number = i;
            } else if (content < 0 && containsAny(h, CONTENT)) {
                content = i;
            } else if (lead < 0 && containsAny(h, LEAD)) {
                lead = i;
            }
        }
        return content >= 0 && lead >= 0 ? new Columns(number, content, lead, support, due) : null;
    }

    private static boolean containsAny(String folded, List<String> words) {
        String padded = " " + folded + " ";
        return words.stream().anyMatch(w -> padded.contains(" " + w + " "));
    }
}
