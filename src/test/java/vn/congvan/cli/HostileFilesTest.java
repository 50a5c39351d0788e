package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.ingest.DocumentReader;
import vn.congvan.render.PdfWriter;

/**
 * Files crafted to stop a reader, each a few kilobytes, made here rather than committed: every one ends in
 * under 5 seconds with exit 0 (a good file with an odd part) or one Vietnamese line naming the file and the
 * limit it broke, exit 2. Run with a 256 MB heap (the "hostile" surefire execution).
 */
@Tag("hostile")
class HostileFilesTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    /** The 5 s are the reader's: classes are loaded and fonts found once, before any clock runs. */
    @BeforeAll
    static void warmUp(@TempDir Path warm) throws Exception {
        Path pdf = warm.resolve("seed.pdf");
        new PdfWriter().write(new DocumentReader().read(ParseCommandTest.SEED), pdf);
        assertEquals(0, CliRun.of("parse", pdf.toString()).exitCode());
        assertEquals(0, CliRun.of("parse", ParseCommandTest.SEED.toString()).exitCode());
    }

    private static CliRun parse(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.of("parse", file.toString()));
    }

    private static void assertRefused(CliRun run, Path file, String limit) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(file.toString()), err);
        assertTrue(err.contains(limit), err);
    }

    @Test
    void twentyKilobytesOfUnderscoresInADispatch() throws Exception {
        String seed = Files.readString(ParseCommandTest.SEED);
        Path file = Files.writeString(dir.resolve("gach-duoi.txt"), seed.replace("Kính gửi:", "_".repeat(20_000) + "\n\nKính gửi:"));
        CliRun run = parse(file);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("6174/UBND-VX"), run.out());
    }

    @Test
    void aThreeHundredKilobyteTextIsReadInLinearTime() throws Exception {
        String seed = Files.readString(ParseCommandTest.SEED);
        String[] words = "Ủy ban nhân dân phường đề nghị các đơn vị triển khai thực hiện báo cáo kết quả".split(" ");
        StringBuilder body = new StringBuilder();
        Random random = new Random(1);
        while (body.length() < 300_000) {
            for (int i = 0; i < 15; i++) {
                body.append(words[random.nextInt(words.length)]).append(i < 14 ? " " : "\n");
            }
        }
        int contact = seed.indexOf("Thông tin liên hệ");
        Path file = Files.writeString(dir.resolve("dai.txt"), seed.substring(0, contact) + body + "\n" + seed.substring(contact));
        CliRun run = parse(file);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("6174/UBND-VX"), run.out());
    }

    @Test
    void aDocxOfTablesNestedFiveThousandDeep() throws Exception {
        Path file = deepDocx("bang-long-nhau.docx");
        assertRefused(parse(file), file, "256 cấp");
    }

    @Test
    void checkRefusesADocxOfTablesNestedFiveThousandDeep() throws Exception {
        Path file = deepDocx("kiem-tra-long-nhau.docx");
        assertRefused(check(file), file, "256 cấp");
    }

    @Test
    void checkRefusesAPdfWithAFlateBombContentStream() throws Exception {
        Path file = flateBombPdf("kiem-tra-bom-nen.pdf");
        assertRefused(check(file), file, "100 lần");
    }

    @Test
    void checkRefusesAPdfOfMorePagesThanTheLimit() throws Exception {
        Path file = seedPdf("kiem-tra-nghin-trang.pdf");
        edit(file, HostileFilesTest::thousandPages);
        assertRefused(check(file), file, "500 trang");
    }

    @Test
    void checkJudgesAPdfWhosePageTreeClaimsTwoBillionPagesByItsRealPages() throws Exception {
        Path file = seedPdf("kiem-tra-hai-ty-trang.pdf");
        edit(file, pdf -> pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES)
                .setInt(COSName.COUNT, Integer.MAX_VALUE));
        CliRun run = check(file);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file.toString()), run.out());
    }

    private static CliRun check(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.of("check", file.toString()));
    }

    private Path deepDocx(String name) throws Exception {
        String open = "<w:tbl><w:tr><w:tc>";
        String close = "<w:p/></w:tc></w:tr></w:tbl>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + open.repeat(5000) + "<w:p><w:r><w:t>UBND</w:t></w:r></w:p>" + close.repeat(5000) + "</w:body></w:document>";
        byte[] docx = zip("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", document);
        assertTrue(docx.length < 100_000, docx.length + " bytes");
        return Files.write(dir.resolve(name), docx);
    }

    @Test
    void aPdfWhosePageTreeClaimsTwoBillionPagesIsReadByItsRealPages() throws Exception {
        Path file = seedPdf("hai-ty-trang.pdf");
        edit(file, pdf -> pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES)
                .setInt(COSName.COUNT, Integer.MAX_VALUE));
        CliRun run = parse(file);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("6174/UBND-VX"), run.out());
    }

    @Test
    void aPdfOfMorePagesThanTheLimitCountedInItsTreeNotItsCount() throws Exception {
        Path file = seedPdf("nghin-trang.pdf");
        edit(file, HostileFilesTest::thousandPages);
        assertRefused(parse(file), file, "500 trang");
    }

    /** The first page drawn 1,000 times more, under a /Count of 1. */
    private static void thousandPages(PDDocument pdf) {
        COSDictionary pages = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        COSArray kids = (COSArray) pages.getDictionaryObject(COSName.KIDS);
        COSDictionary first = (COSDictionary) kids.getObject(0);
        for (int i = 0; i < 1000; i++) {
            kids.add(first);
        }
        pages.setInt(COSName.COUNT, 1);
    }

    @Test
    void aPdfWithAPageTreeTwentyThousandLevelsDeep() throws Exception {
        Path file = seedPdf("cay-sau.pdf");
        edit(file, pdf -> {
            COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            COSArray kids = (COSArray) root.getDictionaryObject(COSName.KIDS);
            COSDictionary node = root;
            COSArray leaves = kids;
            for (int i = 0; i < 20_000; i++) {
                COSDictionary child = new COSDictionary();
                child.setItem(COSName.TYPE, COSName.PAGES);
                child.setItem(COSName.PARENT, node);
                child.setInt(COSName.COUNT, leaves.size());
                child.setItem(COSName.KIDS, leaves);
                COSArray only = new COSArray();
                only.add(child);
                node.setItem(COSName.KIDS, only);
                node = child;
            }
        });
        assertTrue(Files.size(file) < 1_000_000, Files.size(file) + " bytes");
        assertRefused(parse(file), file, "256 cấp");
    }

    @Test
    void aPdfWithAFlateBombContentStream() throws Exception {
        Path file = flateBombPdf("bom-nen.pdf");
        assertRefused(parse(file), file, "100 lần");
    }

    private Path flateBombPdf(String name) throws Exception {
        Path file = seedPdf(name);
        edit(file, pdf -> {
            PDPage page = pdf.getPage(0);
            COSStream bomb = pdf.getDocument().createCOSStream();
            // 300 MB of spaces, deflated here: PDFBox would hold them all before compressing.
            bomb.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream out = new DeflaterOutputStream(bomb.createRawOutputStream(), new Deflater(9))) {
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 300; i++) {
                    out.write(spaces);
                }
            }
            COSArray contents = new COSArray();
            contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            contents.add(bomb);
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
        });
        assertTrue(Files.size(file) < 1_000_000, Files.size(file) + " bytes");
        return file;
    }

    @Test
    void aPdfWithAFanOutOfNestedForms() throws Exception {
        Path file = seedPdf("bieu-mau-long-nhau.pdf");
        edit(file, pdf -> {
            PDFormXObject inner = null;
            for (int level = 0; level < 12; level++) {
                PDFormXObject form = new PDFormXObject(pdf);
                form.setBBox(new PDRectangle(100, 100));
                PDResources resources = new PDResources();
                StringBuilder draw = new StringBuilder();
                if (inner != null) {
                    resources.put(COSName.getPDFName("X"), inner);
                    draw.append("/X Do\n".repeat(10));
                } else {
                    draw.append("0 0 1 1 re f\n");
                }
                form.setResources(resources);
                try (OutputStream out = form.getContentStream().createOutputStream()) {
                    out.write(draw.toString().getBytes(StandardCharsets.US_ASCII));
                }
                inner = form;
            }
            PDPage page = pdf.getPage(0);
            page.getResources().put(COSName.getPDFName("Bom"), inner);
            COSStream draw = pdf.getDocument().createCOSStream();
            try (OutputStream out = draw.createOutputStream()) {
                out.write("/Bom Do\n".getBytes(StandardCharsets.US_ASCII));
            }
            COSArray contents = new COSArray();
            contents.add(draw);
            contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
        });
        assertRefused(parse(file), file, "giây");
    }

    private Path seedPdf(String name) throws Exception {
        Path pdf = dir.resolve(name);
        new PdfWriter().write(new DocumentReader().read(ParseCommandTest.SEED), pdf);
        return pdf;
    }

    private interface Edit {
        void apply(PDDocument pdf) throws Exception;
    }

    private static void edit(Path file, Edit edit) throws Exception {
        byte[] edited;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            edit.apply(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
            edited = out.toByteArray();
        }
        Files.write(file, edited);
    }

    private static byte[] zip(String... namesAndTexts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
