package vn.congvan.render;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.docx4j.TextUtils;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.w3c.dom.Element;
import vn.congvan.ingest.LibreOffice;
import vn.congvan.model.Block;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Table;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a package written by hand can get wrong and docx4j used to get right for us: the zip's entries,
 * the content types and relationships, the schema order of the elements, the escaping of text from
 * outside, characters XML forbids, Vietnamese text and characters beyond the BMP, and a write that
 * fails half-way. The files are read back with docx4j, POI (validating against the schema) and
 * LibreOffice.
 */
class DocxPackageTest {
    /** Text from outside as a table cell may hold it: markup, entities, quotes, a CDATA end. */
    private static final String MARKUP = "a < b && c > \"d\" 'e' ]]> </w:t><w:p>&amp;";
    /** Characters XML 1.0 forbids around letters that must stay: C0 controls, U+FFFE, a lone surrogate. */
    private static final String FORBIDDEN = "x\u0001y\u000Bz\uFFFE\uD800w\u0007v\u001F";
    private static final String FORBIDDEN_DROPPED = "xyzwv";
    /** A Nôm character (beyond the BMP, a surrogate pair in Java) beside its Vietnamese reading. */
    private static final String NOM = "𡨸 chữ Nôm";
    /** Every Vietnamese vowel with every tone, upper and lower case, and đ, Đ: 146 letters. */
    private static final String ALL_LETTERS = allLetters();

    @TempDir
    static Path dir;
    private static Path seed;
    private static Path hostile;
    private static OfficialDocument hostileDoc;

    @BeforeAll
    static void write() {
        seed = dir.resolve("seed.docx");
        new DocxWriter().write(DocumentFixtures.seed(), seed);
        OfficialDocument s = DocumentFixtures.seed();
        List<Block> body = List.of(
                Paragraph.of(Normalizer.normalize(ALL_LETTERS, Normalizer.Form.NFD)),
                new Paragraph(List.of(new Run("Đậm " + MARKUP, true, false), new Run(" nghiêng " + FORBIDDEN, false, true)),
                        Paragraph.Role.TEXT),
                new Table(List.of("STT", "Nội dung <ghi chú>"),
                        List.of(List.of("1", MARKUP), List.of("2", FORBIDDEN), List.of("3", NOM),
                                List.of("4", Normalizer.normalize(ALL_LETTERS, Normalizer.Form.NFD))),
                        List.of(0.15, 0.85)));
        hostileDoc = new OfficialDocument(s.parentIssuer(), s.issuer(), s.numberSymbol(), s.place(), s.date(), s.type(),
                "Về việc <thử> & \"kiểm tra\" " + NOM, s.recipients(), body, s.signer(), s.distribution(), s.contact());
        hostile = dir.resolve("hostile.docx");
        new DocxWriter().write(hostileDoc, hostile);
    }

    @Test
    void theWriterNeitherUsesDocx4jNorJaxb() {
        // docx4j's classes and its JAXB context were half of a cold report; it stays for reading only.
        JavaClasses render = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.congvan.render");
        noClasses().that().haveSimpleNameStartingWith("DocxWriter").or().haveSimpleNameStartingWith("DocxContent")
                .or().haveSimpleNameStartingWith("Wml").or().haveSimpleNameStartingWith("XmlOut")
                .should().dependOnClassesThat().resideInAnyPackage("org.docx4j..", "jakarta.xml.bind..")
                .check(render);
    }

    @Test
    void theZipHoldsEachPartOnceWithItsContentTypeAndEveryRelationshipResolves() throws Exception {
        for (Path file : List.of(seed, hostile)) {
            Map<String, byte[]> parts = parts(file); // fails on a duplicate entry
            assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                    "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml", "docProps/core.xml"),
                    parts.keySet());
            assertEquals("[Content_Types].xml", parts.keySet().iterator().next(), "content types come first");

            org.w3c.dom.Document types = xml(parts.get("[Content_Types].xml"));
            Set<String> overridden = new TreeSet<>();
            var overrides = types.getElementsByTagNameNS("*", "Override");
            for (int i = 0; i < overrides.getLength(); i++) {
                overridden.add(((Element) overrides.item(i)).getAttribute("PartName"));
            }
            Set<String> xmlParts = new TreeSet<>();
            parts.keySet().stream().filter(n -> !n.endsWith(".rels") && !n.equals("[Content_Types].xml"))
                    .forEach(n -> xmlParts.add("/" + n));
            assertEquals(xmlParts, overridden, "every part has its content type");

            assertTargetsExist(parts, "_rels/.rels", "");
            assertTargetsExist(parts, "word/_rels/document.xml.rels", "word/");
            for (String name : parts.keySet()) {
                assertNotNull(xml(parts.get(name)), name + " is well-formed XML"); // throws if not
            }
        }
    }

    @Test
    void theMainDocumentAndTheHeadersAreValidAgainstTheWordprocessingMlSchema() throws Exception {
        for (Path file : List.of(seed, hostile, write("report.docx", DocumentFixtures.report()),
                write("draft.docx", DocumentFixtures.draftReport()))) {
            Map<String, byte[]> parts = parts(file);
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            try (InputStream in = new ByteArrayInputStream(parts.get("word/document.xml"))) {
                DocumentDocument.Factory.parse(in).validate(options);
            }
            for (String header : List.of("word/header1.xml", "word/header2.xml")) {
                try (InputStream in = new ByteArrayInputStream(parts.get(header))) {
                    HdrDocument.Factory.parse(in).validate(options);
                }
            }
            assertEquals(List.of(), errors.stream().map(XmlError::toString).toList(), file.getFileName().toString());
        }
    }

    @Test
    void docx4jLoadsThePackageWithItsStylesSettingsAndBothHeaders() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(hostile.toFile());
        var main = pkg.getMainDocumentPart();
        assertNotNull(main.getStyleDefinitionsPart().getStyleById("CvBody"), "styles part with our styles");
        assertNotNull(main.getDocumentSettingsPart().getJaxbElement().getCompat(), "settings part");
        HeaderFooterPolicy headers = pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
        assertTrue(TextUtils.getText(headers.getDefaultHeader().getJaxbElement()).contains("2"), "page number header");
        assertNotNull(headers.getFirstHeader(), "empty first-page header");
        String text = TextUtils.getText(main.getJaxbElement());
        assertTrue(text.contains(MARKUP) && text.contains(FORBIDDEN_DROPPED) && text.contains(NOM), text);
        String title = String.join("", pkg.getDocPropsCorePart().getJaxbElement().getTitle().getValue().getContent());
        assertTrue(title.endsWith("<thử> & \"kiểm tra\" " + NOM), title);
    }

    @Test
    void markupAndForbiddenCharactersInCellsReadBackEscapedOrDropped() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(hostile))) {
            XWPFTable table = docx.getTables().stream().filter(t -> t.getRows().size() == 5).findFirst().orElseThrow();
            assertEquals(List.of("STT", "Nội dung <ghi chú>"), texts(table, 0));
            assertEquals(List.of("1", MARKUP), texts(table, 1));
            assertEquals(List.of("2", FORBIDDEN_DROPPED), texts(table, 2));
            assertEquals(List.of("3", NOM), texts(table, 3));
            String bodyText = docx.getParagraphs().stream().map(p -> p.getText()).filter(t -> t.startsWith("Đậm ")).findFirst().orElseThrow();
            assertEquals("Đậm " + MARKUP + " nghiêng " + FORBIDDEN_DROPPED, bodyText);
        }
    }

    @Test
    void vietnameseLettersWrittenDecomposedReadBackExactlyComposed() throws IOException {
        String nfc = Normalizer.normalize(ALL_LETTERS, Normalizer.Form.NFC);
        assertEquals(146, nfc.codePointCount(0, nfc.length()), "the test's own alphabet");
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(hostile))) {
            assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().equals(nfc)), "body paragraph");
            XWPFTable table = docx.getTables().stream().filter(t -> t.getRows().size() == 5).findFirst().orElseThrow();
            assertEquals(nfc, texts(table, 4).get(1), "table cell");
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoPartialOne(@TempDir Path out) throws IOException {
        // A run without text makes the writer fail in the middle of the body, after the header is out.
        OfficialDocument broken = DocumentFixtures.withBody(DocumentFixtures.seed(),
                List.of(Paragraph.of("Đoạn đầu."), new Paragraph(List.of(new Run(null, false, false)), Paragraph.Role.TEXT)));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        assertThrows(RuntimeException.class, () -> new DocxWriter().write(broken, stream));
        assertTrue(stream.size() > 0, "the failure came after part of the package was written");

        Path file = out.resolve("cv.docx");
        new DocxWriter().write(DocumentFixtures.seed(), file);
        byte[] before = Files.readAllBytes(file);
        InputException e = assertThrows(InputException.class, () -> new DocxWriter().write(broken, file));
        assertTrue(e.getMessage().contains("cv.docx"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the previous file stays whole");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    @Test
    void libreOfficeOpensThePackageAndPrintsTheEscapedAndVietnameseText() throws Exception {
        Optional<Path> soffice = LibreOffice.soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH; CI installs it");
        Path copy = Files.createDirectories(dir.resolve("lo")).resolve("hostile.docx");
        Files.copy(hostile, copy);
        Path pdf = LibreOffice.convert(soffice.get(), "pdf", copy).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            for (String expected : List.of("a < b && c > \"d\" 'e' ]]>", FORBIDDEN_DROPPED, "chữ Nôm", "Nội dung <ghi chú>",
                    "ỦY BAN NHÂN DÂN", "Võ Văn Thông", Normalizer.normalize(ALL_LETTERS, Normalizer.Form.NFC).substring(0, 40))) {
                assertTrue(text.contains(expected), "LibreOffice printed " + expected + ": " + text);
            }
        }
    }

    private static Path write(String name, OfficialDocument doc) {
        Path file = dir.resolve(name);
        new DocxWriter().write(doc, file);
        return file;
    }

    private static List<String> texts(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** The zip's entries in order; a name twice fails the test. */
    private static Map<String, byte[]> parts(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertTrue(parts.put(e.getName(), in.readAllBytes()) == null, "entry twice: " + e.getName());
            }
        }
        return parts;
    }

    private static void assertTargetsExist(Map<String, byte[]> parts, String rels, String base) throws Exception {
        var relationships = xml(parts.get(rels)).getElementsByTagNameNS("*", "Relationship");
        assertTrue(relationships.getLength() > 0, rels);
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < relationships.getLength(); i++) {
            Element r = (Element) relationships.item(i);
            assertTrue(parts.containsKey(base + r.getAttribute("Target")), rels + " → " + r.getAttribute("Target"));
            assertTrue(ids.add(r.getAttribute("Id")), "id twice: " + r.getAttribute("Id"));
        }
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(bytes));
    }

    private static String allLetters() {
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        String[] vowels = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"};
        StringBuilder s = new StringBuilder();
        for (String v : vowels) {
            for (String t : tones) {
                s.append(Normalizer.normalize(v + t, Normalizer.Form.NFC));
                s.append(Normalizer.normalize(v.toUpperCase() + t, Normalizer.Form.NFC));
            }
        }
        return s.append("đĐ").toString();
    }
}
