package vn.congvan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
    void bodiesWrittenByHandReadAsPoiReadsThem() throws IOException {
        List<String> bodies = List.of(
                "<w:tbl><w:tblPr/></w:tbl>",
                "<w:tbl><w:tr></w:tr><w:tr><w:tc></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>",
                "<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr><w:pPr><w:pStyle w:val=\"B\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>",
                "<w:p><w:r><w:rPr><w:b w:val=\"0\"/><w:i/><w:b/></w:rPr><w:t xml:space=\"preserve\"> a &amp; b </w:t><w:tab/>"
                        + "<w:br/><w:cr/><w:noBreakHyphen/><w:softHyphen/><w:lastRenderedPageBreak/><w:t>c</w:t></w:r></w:p>",
                "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>in</w:t></w:r></w:p></w:tc>"
                        + "<w:tc><w:p/></w:tc></w:tr></w:tbl><w:p><w:r><w:t>after</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p/>"
                        + "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>",
                "<w:p><w:proofErr w:type=\"spellStart\"/><w:r><w:t><![CDATA[x<y]]></w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"a\"/></w:p>");
        for (String body : bodies) {
            assertSameAsPoi(body, withBody(document(doc -> doc.createParagraph().createRun().setText("Báo cáo")), body));
        }
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

    /** The document with {@code body} put at the start of its body, its other parts as they are. */
    private static byte[] withBody(byte[] docx, String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int start = xml.indexOf("<w:body>") + "<w:body>".length();
                    part = (xml.substring(0, start) + body + xml.substring(start)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(part);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
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
