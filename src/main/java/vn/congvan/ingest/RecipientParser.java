package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Position 9a, "Kính gửi": one recipient inline, several inline, or a "- X;" list (its first entry
 * possibly on the Kính gửi line).
 */
final class RecipientParser {
    /**
     * Words that open the name of a unit. An inline list is split at a comma only where the next part opens
     * with one (or with "các"), so that "UBND các phường, xã" and "Các cơ quan, đơn vị" stay whole.
     */
    private static final List<String> UNIT_WORDS = List.of(
            "ubnd", "ủy ban", "uỷ ban", "hđnd", "hội đồng", "sở", "phòng", "ban", "văn phòng", "trung tâm", "công an",
            "bộ chỉ huy", "đài", "chi cục", "cục", "bộ", "trường", "bệnh viện", "kho bạc", "bảo hiểm", "thanh tra",
            "chi nhánh", "mặt trận", "mttq", "hội", "đoàn", "liên đoàn", "đảng ủy", "thường trực", "chủ tịch",
            "giám đốc", "thủ trưởng", "ông", "bà", "đồng chí");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private RecipientParser() {
    }

    /** The recipients written from {@code from} on, or none (with {@code end == from}) without "Kính gửi". */
    static DashList parse(List<SourceLine> lines, int from) {
        int at = Lines.skipBlank(lines, from);
        if (at >= lines.size()) {
            return new DashList(List.of(), from);
        }
        Matcher m = HeaderLine.RECIPIENTS_LINE.matcher(lines.get(at).text());
        if (!m.matches()) {
            return new DashList(List.of(), from);
        }
        String inline = m.group(1).strip();
        List<String> recipients = new ArrayList<>();
        boolean listFollows;
        if (inline.isEmpty()) {
            listFollows = true;
        } else if (Labels.isBullet(inline) || inline.endsWith(";")) {
            recipients.add(DashList.clean(inline));
            listFollows = !inline.endsWith(".");
        } else {
            recipients.addAll(splitInline(inline));
            listFollows = false;
        }
        if (!listFollows) {
            return new DashList(recipients, at + 1);
        }
        DashList list = DashList.read(lines, at + 1, true);
        recipients.addAll(list.entries());
        return new DashList(recipients, list.end());
    }

    /**
     * "Sở Tài chính; Sở Nội vụ." or "Sở Tài chính, Sở Nội vụ" → two; "UBND các phường, xã." → one;
     * "Văn phòng Tỉnh ủy, các Ban, ngành, đoàn thể tỉnh, Công an tỉnh, UBND các huyện, thị xã." → four. A comma
     * starts a new recipient only where a new body begins ({@link #UNIT_WORDS}, or "các …"); otherwise it
     * belongs to the name ("Trung tâm Văn hóa, Thông tin và Thể thao huyện").
     */
    static List<String> splitInline(String inline) {
        List<String> out = new ArrayList<>();
        for (String part : DashList.clean(inline).split(";")) {
            String name = DashList.clean(part);
            if (!name.isEmpty()) {
                out.addAll(splitAtNewBodies(name));
            }
        }
        return out;
    }

    private static List<String> splitAtNewBodies(String name) {
        // Builders, not string concatenation: a hostile line of many commas stays linear.
        List<StringBuilder> entries = new ArrayList<>();
        String opening = null;
        for (String piece : name.split(",")) {
            String part = piece.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (opening == null || opensNewBody(part) && !continuesPlural(opening, part)) {
                entries.add(new StringBuilder(part));
                opening = part;
            } else {
                entries.get(entries.size() - 1).append(", ").append(part);
            }
        }
        return entries.stream().map(StringBuilder::toString).toList();
    }

    private static boolean opensNewBody(String part) {
        return opensWithUnitWord(part) || lower(part).startsWith("các ");
    }

    /**
     * "các Sở, Ban, ngành tỉnh": after a plural "các …", a bare kind of body (no name of its own) goes on
     * listing the same recipients rather than starting one.
     */
    private static boolean continuesPlural(String previous, String part) {
        if (!lower(previous).startsWith("các ") && !lower(previous).contains(" các ")) {
            return false;
        }
        String rest = lower(part);
        for (String place : PLACE_WORDS) {
            if (rest.endsWith(" " + place)) {
                rest = rest.substring(0, rest.length() - place.length() - 1);
                break;
            }
        }
        return BARE_KINDS.contains(rest);
    }

    /** Kinds of bodies written without a name of their own in a plural list. */
    private static final List<String> BARE_KINDS = List.of("sở", "ban", "ngành", "đoàn thể", "hội", "đơn vị",
            "cơ quan", "địa phương", "phòng", "ban ngành", "hội đoàn thể", "tổ chức", "doanh nghiệp", "trường",
            "trung tâm", "đài", "chi cục", "cục");
    private static final List<String> PLACE_WORDS = List.of("trực thuộc", "thuộc tỉnh", "thuộc huyện",
            "tỉnh", "thành phố", "tp", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn");

    private static String lower(String s) {
        return s.toLowerCase(VIETNAMESE);
    }

    private static boolean opensWithUnitWord(String part) {
        // Compared with diacritics: folding would let "Số" pass for "Sở".
        String lower = part.toLowerCase(VIETNAMESE);
        return UNIT_WORDS.stream().anyMatch(w -> lower.equals(w) || lower.startsWith(w + " "));
    }

}
