package vn.congvan.ingest;

import vn.congvan.model.Reference;
import vn.congvan.text.VietnameseDates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other documents cited in a text: "Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019",
 * "Kế hoạch số 15/KH-UBND", "Nghị định số 30/2020/NĐ-CP" (a symbol may hold "/" and Vietnamese letters).
 */
final class ReferenceFinder {
    private static final String KINDS = "Công văn|Công điện|Quyết định|Thông tư liên tịch|Thông tư|Nghị định|Nghị quyết|"
            + "Chỉ thị|Kế hoạch|Thông báo|Báo cáo|Hướng dẫn|Văn bản|Luật|Pháp lệnh|Tờ trình|Chương trình|Đề án|"
            + "Quy định|Quy chế|Giấy mời";
    /** The symbol starts with the number and ends with a letter or digit, so a closing "." or "," stays out. */
    private static final Pattern CITATION = Pattern.compile(
            "(?:" + KINDS + ")\\s+số\\s*:?\\s*(\\d+(?:[\\p{L}\\p{N}/&.\\-–]*[\\p{L}\\p{N}])?)"
                    + "(?:\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})"
                    + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReferenceFinder() {
    }

    /**
     * The documents cited in {@code texts}, in order, each once (with its date where any citation gives one).
     *
     * @throws VietnameseDates.InvalidDate for a citation dated 31/02/2019 and the like
     */
    static List<Reference> find(List<String> texts, String ownNumberSymbol) {
        Map<String, Reference> found = new LinkedHashMap<>();
        for (String text : texts) {
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                String symbol = m.group(1);
                if (symbol.equals(ownNumberSymbol)) {
                    continue;
                }
                LocalDate date = m.group(2) != null ? VietnameseDates.of(m.group(2), m.group(3), m.group(4))
                        : m.group(5) != null ? VietnameseDates.of(m.group(5), m.group(6), m.group(7)) : null;
                Reference known = found.get(symbol);
                if (known == null || known.date() == null && date != null) {
                    found.put(symbol, new Reference(symbol, date));
                }
            }
        }
        return List.copyOf(found.values());
    }
}
