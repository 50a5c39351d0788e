package vn.congvan.ingest;

import vn.congvan.model.Paragraph.Role;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels that open body paragraphs ("I.", "1.", "a)"), and the role each gives the paragraph. */
final class Labels {
    /** A part heading: "I. MỤC ĐÍCH, YÊU CẦU". */
    private static final Pattern HEADING = Pattern.compile("^([IVX]+)\\.\\s+(.+)$");
    /** A numbered item: "1. Phổ biến …", also "1) …". */
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.)]\\s+(.+)$");
    /** An article of a decision: "Điều 1. Phê duyệt …", "Điều 2: …". */
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d{1,3})\\s*[.:]\\s*(.+)$");
    /** A sub-item: "a) …", also "a. …". */
    private static final Pattern LETTER_ITEM = Pattern.compile("^([a-zđ])[.)]\\s+(.+)$");
    /** A second-level number: "1.1. …", a sub-item too. */
    private static final Pattern SECOND_LEVEL = Pattern.compile("^(\\d{1,2}\\.\\d{1,2})\\.?\\s+(.+)$");
    /** A legal basis: "Căn cứ Luật …". */
    private static final Pattern LEGAL_BASIS = Pattern.compile("^Căn\\s+cứ\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A dash, plus or bullet entry: "- Như trên;". */
    static final Pattern BULLET = Pattern.compile("^[-–+•]\\s*(.*)$");

    /** Checked in this order: "1.1." is a sub-item before "1." could be an item. */
    private static final Map<Pattern, Role> ROLES = orderedRoles();

    /** A label found at the start of a paragraph: its role, the label without punctuation, the rest. */
    record Label(Role role, String id, String rest) {
    }

    private Labels() {
    }

    static Optional<Label> of(String text) {
        for (Map.Entry<Pattern, Role> e : ROLES.entrySet()) {
            Matcher m = e.getKey().matcher(text);
            if (m.matches()) {
                return Optional.of(new Label(e.getValue(), m.group(1), m.group(2)));
            }
        }
        return Optional.empty();
    }

    static Role roleOf(String text) {
        if (LEGAL_BASIS.matcher(text).matches()) {
            return Role.LEGAL_BASIS;
        }
        return of(text).map(Label::role).orElse(Role.TEXT);
    }

    /** True for a line that opens a new paragraph even without a blank line before it. */
    static boolean opensParagraph(String text) {
        return roleOf(text) != Role.TEXT || isBullet(text);
    }

    static boolean isBullet(String text) {
        return BULLET.matcher(text).matches();
    }

    private static Map<Pattern, Role> orderedRoles() {
        Map<Pattern, Role> roles = new LinkedHashMap<>();
        roles.put(HEADING, Role.HEADING);
        roles.put(SECOND_LEVEL, Role.SUB_ITEM);
        roles.put(ITEM, Role.ITEM);
        roles.put(ARTICLE, Role.ITEM);
        roles.put(LETTER_ITEM, Role.SUB_ITEM);
        return Collections.unmodifiableMap(roles);
    }
}
