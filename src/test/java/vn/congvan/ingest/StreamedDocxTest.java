package vn.congvan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The .docx reports read straight from their XML give what POI gives: the same paragraphs, runs (text, bold,
 * italic, font) and tables, and the same text as POI's extractor; what the streamed reader does not read goes to POI.
 */
class StreamedDocxTest {
    /** Files of the tests and samples the streamed reader must read itself (else the comparison below proves little). */
    private static final List<String> PLAIN = List.of("reports/phu-trinh-bao-cao.docx", "reports/phu-thuy-bang-ket-qua.docx",
            "dispatches/legacy/tcvn3-vntime.docx", "dispatches/legacy/vni-times.docx", "dispatches/legacy/tcvn3-mat-phong-chu.docx",
            "dispatches/forms/so-bang-tieu-de.docx");

    @Test
    void everyDocxOfTheTestsAndSamplesReadsAsPoiReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> tests = Files.walk(Path.of("src/test/resources")); Stream<Path> samples = Files.walk(Path.of("samples"))) {
            files = Stream.concat(tests, samples).filter(f -> f.toString().endsWith(".docx")).sorted().toList();
        }
        List<String> streamed = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            try {
                new UnpackGuard(InputLimits.DEFAULT).checkZip(content);
            } catch (UnpackRefused refused) {
                continue; // refused before any reader opens it, whichever reads it
            }
            if (StreamedDocx.read(content).isPresent()) {
                assertSameAsPoi(file.toString(), content);
                streamed.add(Path.of("src/test/resources").relativize(file).toString());
            }
        }
        assertTrue(streamed.containsAll(PLAIN), "read by the streamed reader: " + streamed);
    }

    @Test
    void runsTabsBreaksStylesAndTablesInTablesReadAsPoiReadsThem() throws IOException {
        byte[] content = document(doc -> {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(new XWPFStyle(style("Legacy", null, ".VnTime")));
            styles.addStyle(new XWPFStyle(style("Child", "Legacy", null)));
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Child");
            XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText("B¸o c¸o");
            bold.addTab();
            bold.setText("kÕt qu¶");
            XWPFRun plain = p.createRun();
            plain.getCTR().addNewRPr().addNewB().setVal(STOnOff1.OFF);
            plain.setItalic(true);
            plain.setText("một");
            plain.addBreak();
            plain.setText("hai");
            plain.addBreak(BreakType.PAGE);
            plain.addCarriageReturn();
            XWPFRun own = doc.createParagraph().createRun();
            own.setFontFamily("VNI-Times");
            own.setText("Baùo caùo");
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("1");
            table.getRow(0).getCell(1).setText("Phổ biến | cảnh giác");
            table.getRow(1).getCell(2).addParagraph().createRun().setText("đã hoàn thành");
            XWPFTable inner = table.getRow(1).getCell(0).insertNewTbl(table.getRow(1).getCell(0).getParagraphArray(0).getCTP().newCursor());
            inner.createRow().createCell().setText("trong");
            doc.createParagraph().createRun().setText("Trên đây là báo cáo.");
        });
        assertSameAsPoi("built", content);
    }

    @Test
    void headersLinksNotesAndCapitalsAreLeftToPoiWhichReadsThemAsBefore() throws IOException {
        List<byte[]> others = List.of(
                document(doc -> {
                    doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ỦY BAN NHÂN DÂN");
                    doc.createParagraph().createRun().setText("1. Đã hoàn thành.");
                }),
                document(doc -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText("Xem ");
                    p.createHyperlinkRun("https://example.vn/bao-cao").setText("báo cáo");
                }),
                document(doc -> {
                    XWPFRun run = doc.createParagraph().createRun();
                    run.setCapitalized(true);
                    run.setText("đã hoàn thành");
                }),
                document(doc -> {
                    var note = doc.createFootnote();
                    note.createParagraph().createRun().setText("ghi chú");
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText("Đã xong");
                    p.addFootnoteReference(note);
                }));
        PlainText plain = new PlainText();
        for (byte[] content : others) {
            assertEquals(Optional.empty(), StreamedDocx.read(content));
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                assertEquals(vn.congvan.text.VietnameseText.clean(extractor.getText()), plain.of("bao-cao.docx", content).orElseThrow());
            }
        }
        assertTrue(plain.of("bao-cao.docx", others.get(0)).orElseThrow().contains("ỦY BAN NHÂN DÂN"));
    }

    private static void assertSameAsPoi(String name, byte[] content) throws IOException {
        DocxBody streamed = StreamedDocx.read(content).orElseThrow(() -> new AssertionError(name + " not read by the streamed reader"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertEquals(DocxBody.of(doc), streamed, name);
            assertEquals(extractor.getText(), streamed.extractorText(), name);
        }
    }

    private static CTStyle style(String id, String basedOn, String font) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (font != null) {
            CTFonts fonts = style.addNewRPr().addNewRFonts();
            fonts.setAscii(font);
            fonts.setHAnsi(font);
        }
        return style;
    }

    private interface Content {
        void fill(XWPFDocument doc) throws IOException;
    }

    private static byte[] document(Content content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
