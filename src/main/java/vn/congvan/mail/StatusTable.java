package vn.congvan.mail;

import vn.congvan.text.VietnameseText;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A status table as Outlook Web App and Word make it: a header row "STT | Nội dung | Kết quả" and one row per
 * requirement. Cells side by side would run together as one line of words; each row becomes the line a unit
 * would type ("1. Phổ biến … : Đã hoàn thành"), so the reply reader reads it row by row.
 */
final class StatusTable {
    private static final Pattern NUMBER_HEADER = Pattern.compile("(so )?(stt|tt|thu tu|so thu tu|muc|noi dung so)");
    private static final Pattern CONTENT_HEADER = Pattern.compile("(noi dung|nhiem vu|yeu cau|cong viec|noi dung cong viec|"
            + "noi dung yeu cau|noi dung thuc hien|ten nhiem vu)( .*)?");
    private static final Pattern RESULT_HEADER = Pattern.compile("(ket qua|tinh trang|trang thai|tien do|muc do hoan thanh)( .*)?");
    private static final Pattern NUMBER = Pattern.compile("\\(?(\\d{1,2})[.)]?");

    private StatusTable() {
    }

    /**
     * The line each data row of every status table in {@code doc} reads as; other tables are absent. The lines
     * together hold at most {@code maxChars} characters: the tables after that are read as plain cells.
     * <p>A row that holds another table is not a status row (its cells are read as they stand, the inner table by
     * its own rows), nor is a table whose header holds one: a mail nesting tables a hundred deep would otherwise
     * have each level's cells read all the levels inside them again.
     */
    static Map<Element, String> rowLines(Document doc, int maxChars) {
        Map<Element, String> lines = new IdentityHashMap<>();
        Elements tables = doc.select("table");
        Set<Element> holdingTables = holdingAny(tables);
        int left = maxChars;
        for (Element table : tables) {
            List<Element> rows = rows(table);
            if (rows.size() < 2 || holdingTables.contains(rows.get(0))) {
                continue;
            }
            List<String> header = cells(rows.get(0)).stream().map(c -> VietnameseText.fold(c.text())).toList();
            int number = indexOf(header, NUMBER_HEADER);
            int result = indexOf(header, RESULT_HEADER);
            int content = indexOf(header, CONTENT_HEADER);
            if (result < 0 || number < 0 && content < 0) {
                continue;
            }
            for (Element row : rows.subList(1, rows.size())) {
                List<Element> cells = cells(row);
                if (cells.size() <= result || holdingTables.contains(row)) {
                    continue;
                }
                String n = number >= 0 && number < cells.size() ? text(cells.get(number), left) : "";
                var m = NUMBER.matcher(n);
                String what = content >= 0 && content < cells.size() ? text(cells.get(content), left) : "";
                StringBuilder line = new StringBuilder();
                if (m.matches()) {
                    line.append(Integer.parseInt(m.group(1))).append(". ");
                }
                if (!what.isEmpty()) {
                    line.append(what).append(" : ");
                }
                line.append(text(cells.get(result), left));
                left -= line.length();
                if (left <= 0) {
                    return lines;
                }
                lines.put(row, line.toString());
            }
        }
        return lines;
    }

    /** The rows of {@code table} itself, in order: not those of a table inside one of its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream().filter(r -> r.normalName().equals("tr"))
                        .forEach(rows::add);
                default -> {
                }
            }
        }
        return rows;
    }

    /** Every element with one of {@code tables} inside it: each ancestor marked once, however deep they nest. */
    private static Set<Element> holdingAny(Elements tables) {
        Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element table : tables) {
            for (Element up = table.parent(); up != null && holding.add(up); up = up.parent()) {
                // marked on the way up; an ancestor already marked has its own ancestors marked too
            }
        }
        return holding;
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
    }

    private static int indexOf(List<String> header, Pattern p) {
        for (int i = 0; i < header.size(); i++) {
            if (p.matcher(header.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** What a cell shows, on one line (its hidden parts left out), at most about {@code maxChars} characters. */
    private static String text(Element cell, int maxChars) {
        return VietnameseText.oneLine(HtmlToText.contentText(cell, maxChars));
    }
}
