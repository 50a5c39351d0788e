package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Position 9a, "Kính gửi": one recipient inline, several inline, or a "- X;" list (its first entry
 * possibly on the Kính gửi line).
 */
final class RecipientParser {
    /**
     * Words that open the name of a unit. An inline list is split at commas only when every part opens
     * with one, so that "UBND các phường, xã" and "Các cơ quan, đơn vị" stay whole.
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

    /** "Sở Tài chính; Sở Nội vụ." or "Sở Tài chính, Sở Nội vụ" → two; "UBND các phường, xã." → one. */
    static List<String> splitInline(String inline) {
        List<String> out = new ArrayList<>();
        for (String part : DashList.clean(inline).split(";")) {
            String name = DashList.clean(part);
            if (name.isEmpty()) {
                continue;
            }
            List<String> byComma = Arrays.stream(name.split(",")).map(String::strip).toList();
            if (byComma.size() > 1 && byComma.stream().allMatch(RecipientParser::opensWithUnitWord)) {
                out.addAll(byComma);
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean opensWithUnitWord(String part) {
        // Compared with diacritics: folding would let "Số" pass for "Sở".
        String lower = part.toLowerCase(VIETNAMESE);
        return UNIT_WORDS.stream().anyMatch(w -> lower.equals(w) || lower.startsWith(w + " "));
    }

}
