package vn.congvan.render;

import java.io.IOException;
import java.util.List;

import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;

/**
 * Positions 1–5b: the borderless two-column header. Left (40 %): parent body, issuer and its short
 * rule, "Số:", and for a công văn the "V/v" excerpt. Right (60 %): national name, motto and its rule,
 * then place and date on the baseline of "Số:".
 */
final class PdfHeader {
    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final float LEFT_SHARE = 0.4f;
    /** What a draft prints where the register number will be written by hand. */
    static final String DRAFT_NUMBER = "      ";

    private final PdfLayout page;
    private final PdfFonts fonts;
    private final PdfTextLines lines;

    PdfHeader(PdfLayout page) {
        this.page = page;
        this.fonts = page.fonts();
        this.lines = page.lines();
    }

    void draw(OfficialDocument doc) throws IOException {
        float leftColumn = page.width() * LEFT_SHARE;
        float leftWidth = leftColumn - 2 * PdfLayout.COLUMN_INSET;
        float rightWidth = page.width() - leftColumn;
        float leftX = page.left() + PdfLayout.COLUMN_INSET;
        float rightX = page.left() + leftColumn;

        PdfStack issuer = new PdfStack(fonts);
        if (present(doc.parentIssuer())) {
            issuer.lines(centred(VietnameseText.upper(doc.parentIssuer()), PdfStyle.REGULAR, 13, leftWidth), PdfAlign.CENTER);
        }
        if (present(doc.issuer())) {
            List<PdfLine> name = centred(VietnameseText.upper(doc.issuer()), PdfStyle.BOLD, 13, leftWidth);
            issuer.lines(name, PdfAlign.CENTER).rule(PdfStack.widest(name) / 3);
        }
        PdfStack nation = new PdfStack(fonts);
        nation.lines(centred(NATIONAL_NAME, PdfStyle.BOLD, 13, rightWidth), PdfAlign.CENTER);
        List<PdfLine> motto = centred(MOTTO, PdfStyle.BOLD, 14, rightWidth);
        nation.lines(motto, PdfAlign.CENTER).rule(PdfStack.widest(motto));

        PdfStack number = new PdfStack(fonts);
        number.lines(centred(numberLine(doc.numberSymbol()), PdfStyle.REGULAR, 13, leftWidth), PdfAlign.CENTER);
        if (doc.type() == DocumentType.CONG_VAN && present(doc.subject())) {
            number.gap(6).lines(centred("V/v " + VietnameseText.oneLine(doc.subject()), PdfStyle.REGULAR, 12, leftWidth),
                    PdfAlign.CENTER);
        }
        PdfStack date = new PdfStack(fonts);
        date.lines(centred(dateLine(doc), PdfStyle.ITALIC, 14, rightWidth), PdfAlign.CENTER);

        float firstRow = Math.max(issuer.height(), nation.height());
        // "Số:" and the date share a baseline although their sizes differ.
        float ascent = Math.max(number.firstAscent(), date.firstAscent());
        float numberDrop = ascent - number.firstAscent();
        float dateDrop = ascent - date.firstAscent();
        float secondRow = Math.max(numberDrop + number.height(), dateDrop + date.height());

        float top = page.take(0, firstRow + secondRow);
        issuer.draw(page, leftX, top, leftWidth);
        nation.draw(page, rightX, top, rightWidth);
        number.draw(page, leftX, top - firstRow - numberDrop, leftWidth);
        date.draw(page, rightX, top - firstRow - dateDrop, rightWidth);
    }

    /** "Số: 6174/UBND-VX"; a number below 10 gets its leading zero; a draft leaves room for the number. */
    static String numberLine(NumberSymbol ns) {
        if (ns == null) {
            return "Số:" + DRAFT_NUMBER;
        }
        String number = ns.number().strip();
        if (number.isEmpty()) {
            return "Số:" + DRAFT_NUMBER + "/" + ns.symbol().strip();
        }
        return "Số: " + (number.matches("\\d") ? "0" + number : number) + "/" + ns.symbol().strip();
    }

    /** "Phan Thiết, ngày 21 tháng 8 năm 2019". */
    static String dateLine(OfficialDocument doc) {
        String date = doc.date() == null ? "ngày      tháng      năm" : VietnameseDates.formatLong(doc.date());
        if (!present(doc.place())) {
            return Character.toUpperCase(date.charAt(0)) + date.substring(1);
        }
        return VietnameseText.oneLine(doc.place()) + ", " + date;
    }

    private List<PdfLine> centred(String text, PdfStyle style, float size, float width) {
        return lines.balanced(List.of(new PdfSpan(text, style, size)), width);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
