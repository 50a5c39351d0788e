package vn.congvan.ingest;

import vn.congvan.model.DocumentType;
import vn.congvan.text.NumberLine;
import vn.congvan.text.PlaceDateLine;
import vn.congvan.text.VietnameseText;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a line of the flattened header is; the header columns may come in any order. The number line and
 * the place and date are recognised by {@link NumberLine} and {@link PlaceDateLine}, as the checkers do.
 */
enum HeaderLine {
    BLANK, MOTTO, MARK, NUMBER, SUBJECT, PLACE_DATE, TYPE, RECIPIENTS, OTHER;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** "V/v đảm bảo an toàn …" (the công văn excerpt). */
    static final Pattern SUBJECT_LINE = Pattern.compile("^V\\s*/\\s*v\\b[.:]?\\s*(.*)$", FLAGS);
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
        if (NumberLine.isNumberLine(text)) {
            return NUMBER;
        }
        if (SUBJECT_LINE.matcher(text).matches()) {
            return SUBJECT;
        }
        // Read, not only recognised: a date that cannot exist is named to the user here.
        if (PlaceDateLine.read(text).isPresent()) {
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
