package vn.congvan.ingest;

import vn.congvan.model.DocumentType;
import vn.congvan.text.VietnameseText;

import java.util.Set;
import java.util.regex.Pattern;

/** What a line of the flattened header is; the header columns may come in any order. */
enum HeaderLine {
    BLANK, MOTTO, MARK, NUMBER, SUBJECT, PLACE_DATE, TYPE, RECIPIENTS, OTHER;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** "Số: 6174 /UBND-VX", "Số:6174/UBND-VX", "SỐ: 15/KH-UBND"; the number may be blank in a draft. */
    static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(\\d*)\\s*/\\s*(\\S.*?)[\\s.;,]*$", FLAGS);
    /** Any line that starts like a number line, to name a malformed one. */
    static final Pattern NUMBER_LABEL = Pattern.compile("^Số\\s*:", FLAGS);
    /** "V/v đảm bảo an toàn …" (the công văn excerpt). */
    static final Pattern SUBJECT_LINE = Pattern.compile("^V\\s*/\\s*v\\b[.:]?\\s*(.*)$", FLAGS);
    /** "Phan Thiết, ngày 21 tháng 8 năm 2019"; the date part is parsed by {@link PlaceDate}. */
    static final Pattern PLACE_DATE_LINE = Pattern.compile("^([^,\\d]{2,60}?)\\s*,\\s*(ngày\\s.*|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})$", FLAGS);
    static final Pattern RECIPIENTS_LINE = Pattern.compile("^Kính\\s+gửi\\b\\s*:?\\s*(.*)$", FLAGS);

    private static final Set<String> MOTTO_FOLDED = Set.of("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc",
            "cong hoa xa hoi chu nghia viet nam doc lap tu do hanh phuc");
    /** Urgency and secrecy marks stamped near the number; they are not part of the issuer. */
    private static final Set<String> MARKS_FOLDED = Set.of("khan", "thuong khan", "hoa toc", "hoa toc hen gio",
            "mat", "toi mat", "tuyet mat", "du thao");

    static HeaderLine of(String text) {
        if (text.isEmpty()) {
            return BLANK;
        }
        String folded = VietnameseText.fold(text);
        if (MOTTO_FOLDED.contains(folded)) {
            return MOTTO;
        }
        if (MARKS_FOLDED.contains(folded)) {
            return MARK;
        }
        if (NUMBER_LINE.matcher(text).matches() || NUMBER_LABEL.matcher(text).find()) {
            return NUMBER;
        }
        if (SUBJECT_LINE.matcher(text).matches()) {
            return SUBJECT;
        }
        if (PlaceDate.parse(text).isPresent()) {
            return PLACE_DATE;
        }
        if (DocumentType.fromTitle(text).isPresent()) {
            return TYPE;
        }
        if (RECIPIENTS_LINE.matcher(text).matches()) {
            return RECIPIENTS;
        }
        return OTHER;
    }
}
