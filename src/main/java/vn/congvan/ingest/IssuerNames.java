package vn.congvan.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Position 2 split into the parent body and the issuer. "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ PHAN THIẾT" is
 * one issuer over two lines; "UBND TỈNH BÌNH THUẬN" / "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" is a parent and
 * an issuer.
 *
 * @param parent the parent body, or null
 * @param issuer the issuing body on one line
 */
record IssuerNames(String parent, String issuer) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** A complete body of a higher level: a people's committee with its place, a ministry, a party committee. */
    private static final Pattern HIGHER_BODY = Pattern.compile(
            "^(?:(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN)\\s+(?:TỈNH|THÀNH PHỐ|TP\\.?|HUYỆN|QUẬN|THỊ XÃ|TX\\.?)\\s+\\S.*"
                    + "|BỘ\\s+\\S.*|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY\\s+\\S.*)$", FLAGS);
    /** The first words of a body under a parent: "SỞ …", "PHÒNG …", "VĂN PHÒNG …". */
    private static final Pattern BODY_START = Pattern.compile(
            "^(?:SỞ|PHÒNG|BAN|VĂN PHÒNG|TRUNG TÂM|CHI CỤC|TỔNG CỤC|CỤC|VỤ|ĐÀI|TRƯỜNG|BỆNH VIỆN|VIỆN|CÔNG AN|"
                    + "BỘ CHỈ HUY|BAN CHỈ HUY|HỘI ĐỒNG|THANH TRA|KHO BẠC|BẢO HIỂM|CHI NHÁNH|NGÂN HÀNG|QUỸ|HỘI|"
                    + "ĐOÀN|LIÊN ĐOÀN|ĐẢNG ỦY|ĐẢNG ĐOÀN|BAN CÁN SỰ|TỔ CÔNG TÁC|ỦY BAN|UBND)(?:\\s|$)", FLAGS);

    /**
     * Splits the header lines that name the issuer. Decree 30 sets the parent regular and the issuer
     * bold; where the lines say so, that decides. Otherwise the names themselves do.
     */
    static IssuerNames of(List<SourceLine> lines) {
        List<String> texts = lines.stream().map(SourceLine::text).toList();
        int boldFrom = firstBoldOfTail(lines);
        if (boldFrom > 0) {
            return split(texts, boldFrom);
        }
        for (int k = 1; k < texts.size(); k++) {
            if (BODY_START.matcher(texts.get(k)).find()) {
                return split(texts, k);
            }
        }
        if (texts.size() > 1 && HIGHER_BODY.matcher(texts.get(0)).matches()) {
            return split(texts, 1);
        }
        return new IssuerNames(null, Lines.join(texts));
    }

    /** The index where an all-bold tail starts after regular lines, or -1. */
    private static int firstBoldOfTail(List<SourceLine> lines) {
        int k = 0;
        while (k < lines.size() && !lines.get(k).isBold()) {
            k++;
        }
        for (int i = k; i < lines.size(); i++) {
            if (!lines.get(i).isBold()) {
                return -1;
            }
        }
        return k < lines.size() ? k : -1;
    }

    private static IssuerNames split(List<String> texts, int at) {
        return new IssuerNames(Lines.join(texts.subList(0, at)), Lines.join(texts.subList(at, texts.size())));
    }
}
