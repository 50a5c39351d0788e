package vn.congvan.render;

import java.util.ArrayList;
import java.util.List;

import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Signer;
import vn.congvan.text.NumberLine;
import vn.congvan.text.PlaceDateLine;
import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;

/**
 * The text of a document's fixed parts and where its lines break, decided once for every format
 * (LAYOUT.md): the header columns, the type title, "Kính gửi", the signature block. Centred lines
 * break balanced ("ỦY BAN NHÂN DÂN / THÀNH PHỐ PHAN THIẾT"). The PDF sets exactly these lines; the
 * DOCX writes a line break wherever they break, so Word and LibreOffice show the same lines.
 */
final class DocumentLines {
    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_LABEL = "Kính gửi:";
    static final String DISTRIBUTION_LABEL = "Nơi nhận:";

    /**
     * The "Kính gửi" block. One recipient: {@code "Kính gửi: X."} centred on the text width. Several:
     * one {@code "- X;"} line each (the last ends "."), the first on the label's line; the block starts
     * {@code start} points from the left margin, the entries {@code labelWidth} further, so that the
     * widest entry and the label stand centred on the text width.
     */
    record Recipients(List<String> entries, float start, float labelWidth) {
        boolean single() {
            return entries.size() == 1;
        }

        /** The one line of a single recipient. */
        String singleLine() {
            return RECIPIENTS_LABEL + " " + entries.get(0).substring(2);
        }

        /** Where the entries start, from the left margin. */
        float entryStart() {
            return start + labelWidth;
        }
    }

    private final OfficialDocument doc;
    private final LineBreaker breaker;

    DocumentLines(OfficialDocument doc, LineBreaker breaker) {
        this.doc = doc;
        this.breaker = breaker;
    }

    LineBreaker breaker() {
        return breaker;
    }

    // --- header, left column

    List<TextLine> parentIssuer() {
        return present(doc.parentIssuer()) ? header(capitals(doc.parentIssuer()), Face.REGULAR) : List.of();
    }

    List<TextLine> issuer() {
        return present(doc.issuer()) ? header(capitals(doc.issuer()), Face.BOLD) : List.of();
    }

    List<TextLine> number() {
        return header(numberLine(doc.numberSymbol()), Face.REGULAR);
    }

    /** The "V/v" excerpt under the number: a công văn's only. */
    List<TextLine> excerpt() {
        if (doc.type() != DocumentType.CONG_VAN || !present(doc.subject())) {
            return List.of();
        }
        return breaker.balanced("V/v " + VietnameseText.oneLine(doc.subject()), Face.REGULAR, Layout.EXCERPT_SIZE,
                Layout.HEADER_LEFT_TEXT);
    }

    // --- header, right column

    List<TextLine> nationalName() {
        return breaker.balanced(NATIONAL_NAME, Face.BOLD, Layout.HEADER_SIZE, Layout.HEADER_RIGHT);
    }

    List<TextLine> motto() {
        return breaker.balanced(MOTTO, Face.BOLD, Layout.TEXT_SIZE, Layout.HEADER_RIGHT);
    }

    List<TextLine> placeDate() {
        return breaker.balanced(dateLine(doc), Face.ITALIC, Layout.TEXT_SIZE, Layout.HEADER_RIGHT);
    }

    // --- title of every type but công văn

    /** True when the document carries a type title and excerpt under its header. */
    boolean titled() {
        return doc.type() != null && doc.type() != DocumentType.CONG_VAN;
    }

    List<TextLine> typeTitle() {
        return breaker.balanced(doc.type().title(), Face.BOLD, Layout.TEXT_SIZE, Layout.TEXT_WIDTH);
    }

    List<TextLine> titleExcerpt() {
        return present(doc.subject())
                ? breaker.balanced(VietnameseText.oneLine(doc.subject()), Face.BOLD, Layout.TEXT_SIZE, Layout.TEXT_WIDTH)
                : List.of();
    }

    // --- Kính gửi

    /** The recipients block, or null when the document names none. */
    Recipients recipients() {
        return recipients(doc.recipients(), breaker);
    }

    /** The recipients block for these "Kính gửi" entries, or null when there are none. */
    static Recipients recipients(List<String> written, LineBreaker breaker) {
        List<String> entries = listLines(written);
        if (entries.isEmpty()) {
            return null;
        }
        FontMetrics fonts = breaker.metrics();
        // One point more than the label and its space, so that the tab after the label always reaches the stop.
        float label = twentieths(fonts.width(RECIPIENTS_LABEL + " ", Face.REGULAR, Layout.TEXT_SIZE) + 1);
        float widest = 0;
        for (String entry : entries) {
            widest = Math.max(widest, fonts.width(entry, Face.REGULAR, Layout.TEXT_SIZE));
        }
        float start = twentieths(Math.max(0, (Layout.TEXT_WIDTH - label - widest) / 2));
        return new Recipients(entries, start, label);
    }

    // --- signature block

    /** Authority and title ("KT. CHỦ TỊCH"), then the position, each balanced in the footer column. */
    List<List<TextLine>> signerTitles() {
        Signer signer = doc.signer();
        List<List<TextLine>> titles = new ArrayList<>();
        if (signer == null) {
            return titles;
        }
        for (String line : signer.authorityLines()) {
            titles.add(signer(capitals(line)));
        }
        if (present(signer.position())) {
            titles.add(signer(capitals(signer.position())));
        }
        return titles;
    }

    List<TextLine> signerName() {
        Signer signer = doc.signer();
        return signer != null && present(signer.name()) ? signer(VietnameseText.oneLine(signer.name())) : List.of();
    }

    private List<TextLine> header(String text, Face face) {
        return breaker.balanced(text, face, Layout.HEADER_SIZE, Layout.HEADER_LEFT_TEXT);
    }

    private List<TextLine> signer(String text) {
        return breaker.balanced(text, Face.BOLD, Layout.TEXT_SIZE, Layout.FOOTER_COLUMN);
    }

    // --- texts

    /** The document's title for file properties: the excerpt as the page heads it ("V/v …", "BÁO CÁO …"). */
    static String title(OfficialDocument doc) {
        String subject = doc.subject() == null ? "" : VietnameseText.oneLine(doc.subject());
        if (doc.type() == null) {
            return subject;
        }
        return ((doc.type() == DocumentType.CONG_VAN ? "V/v" : doc.type().title()) + " " + subject).strip();
    }

    /** "Số: 6174/UBND-VX"; a number below 10 gets its leading zero; a draft leaves room for the number. */
    static String numberLine(NumberSymbol ns) {
        return NumberLine.write(ns);
    }

    /** "Phan Thiết, ngày 21 tháng 8 năm 2019"; without a date, room to write it by hand. */
    static String dateLine(OfficialDocument doc) {
        if (doc.date() != null && present(doc.place())) {
            return PlaceDateLine.write(doc.place(), doc.date());
        }
        String date = doc.date() == null ? "ngày      tháng      năm" : VietnameseDates.formatLong(doc.date());
        if (!present(doc.place())) {
            return Character.toUpperCase(date.charAt(0)) + date.substring(1);
        }
        return VietnameseText.oneLine(doc.place()) + ", " + date;
    }

    /** "- X;" for each entry of a list (recipients, distribution), "- X." for the last; empty entries dropped. */
    static List<String> listLines(List<String> entries) {
        List<String> names = entries.stream().map(DocumentLines::bare).filter(s -> !s.isEmpty()).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** An entry without a leading dash and final ";" or ".", which the layout adds back. */
    static String bare(String entry) {
        String s = VietnameseText.oneLine(entry == null ? "" : entry);
        return s.replaceFirst("^[-–+•]\\s*", "").replaceFirst("[;.,]+$", "").strip();
    }

    static String capitals(String s) {
        return VietnameseText.upper(VietnameseText.oneLine(s));
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Rounded to a twentieth of a point (a twip), the unit of the DOCX, so both formats use the very same value. */
    private static float twentieths(float points) {
        return Math.round(points * 20) / 20f;
    }
}
