package vn.congvan.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.congvan.model.DocumentType;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.text.VietnameseDates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a document as a DOCX in the layout of LAYOUT.md with POI, to test reading DOCX back: header
 * and footer as two-column tables, the parent issuer regular and the issuer bold, the motto bold, the
 * date italic. Multi-line names are written with line breaks inside one paragraph.
 */
final class DocxFixture {
    private DocxFixture() {
    }

    static Path write(OfficialDocument document, Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable header = docx.createTable(1, 2);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            List<XWPFParagraph> leftLines = new ArrayList<>();
            if (document.parentIssuer() != null) {
                line(left, leftLines, document.parentIssuer(), false, false);
            }
            line(left, leftLines, document.issuer(), true, false);
            line(left, leftLines, "Số: " + document.numberSymbol().text(), false, false);
            if (document.type() == DocumentType.CONG_VAN && document.subject() != null) {
                line(left, leftLines, "V/v " + document.subject(), false, false);
            }
            List<XWPFParagraph> rightLines = new ArrayList<>();
            line(right, rightLines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false);
            line(right, rightLines, "Độc lập - Tự do - Hạnh phúc", true, false);
            line(right, rightLines, document.place() + ", " + VietnameseDates.formatLong(document.date()), false, true);

            if (document.type() != DocumentType.CONG_VAN) {
                styled(docx.createParagraph(), document.type().title(), true, false);
                styled(docx.createParagraph(), document.subject(), true, false);
            }
            if (document.recipients().size() == 1) {
                styled(docx.createParagraph(), "Kính gửi: " + document.recipients().get(0) + ".", false, false);
            } else if (!document.recipients().isEmpty()) {
                styled(docx.createParagraph(), "Kính gửi:", false, false);
                for (int i = 0; i < document.recipients().size(); i++) {
                    String end = i == document.recipients().size() - 1 ? "." : ";";
                    styled(docx.createParagraph(), "- " + document.recipients().get(i) + end, false, false);
                }
            }
            for (Paragraph paragraph : document.paragraphs()) {
                XWPFParagraph p = docx.createParagraph();
                for (Run run : paragraph.runs()) {
                    styled(p, run.text(), run.bold(), run.italic());
                }
            }
            XWPFTable footer = docx.createTable(1, 2);
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            XWPFTableCell signature = footer.getRow(0).getCell(1);
            List<XWPFParagraph> recipientLines = new ArrayList<>();
            line(recipients, recipientLines, "Nơi nhận:", true, true);
            for (int i = 0; i < document.distribution().size(); i++) {
                String end = i == document.distribution().size() - 1 ? "." : ";";
                line(recipients, recipientLines, "- " + document.distribution().get(i) + end, false, false);
            }
            List<XWPFParagraph> signatureLines = new ArrayList<>();
            for (String authority : document.signer().authorityLines()) {
                line(signature, signatureLines, authority, true, false);
            }
            line(signature, signatureLines, document.signer().position(), true, false);
            line(signature, signatureLines, "", false, false);
            line(signature, signatureLines, "", false, false);
            line(signature, signatureLines, document.signer().name(), true, false);
            docx.write(out);
        }
        return file;
    }

    /** A paragraph in a table cell; the issuer's two words groups go on two lines with a break. */
    private static void line(XWPFTableCell cell, List<XWPFParagraph> written, String text, boolean bold, boolean italic) {
        XWPFParagraph p = written.isEmpty() ? cell.getParagraphs().get(0) : cell.addParagraph();
        written.add(p);
        String[] parts = text.startsWith("ỦY BAN NHÂN DÂN ") ? new String[] {"ỦY BAN NHÂN DÂN", text.substring(16)}
                : new String[] {text};
        for (int i = 0; i < parts.length; i++) {
            XWPFRun run = styled(p, parts[i], bold, italic);
            if (i < parts.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFRun styled(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily("Times New Roman");
        return run;
    }
}
