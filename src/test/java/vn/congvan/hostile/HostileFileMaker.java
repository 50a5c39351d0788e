package vn.congvan.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import vn.congvan.ingest.DocumentReader;
import vn.congvan.render.PdfWriter;

/**
 * Makes the crafted files of {@code src/test/resources/hostile/} that are not written by hand (see the
 * README.md there): {@code java -cp "target/test-classes:target/classes:<test class path>"
 * vn.congvan.hostile.HostileFileMaker src/test/resources/hostile}. The tests read the committed files;
 * this class is how they were made, so that they can be made again (the seed PDF changes with our writer).
 */
public final class HostileFileMaker {
    public static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    /** The one real Message-ID (Phú Tài's, as the demo sends it) among the 3,000 guesses. */
    public static final String PHUTAI_ID = "<cv.49e6d3032a654dad8a266146d98f7a61@phanthiet.example>";

    private HostileFileMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile"));
        Files.writeString(dir.resolve("gach-duoi.txt"), underscores(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("bang-long-nhau.docx"), deepDocx());
        Files.write(dir.resolve("hai-ty-trang.pdf"), edit(seedPdf(), pdf -> pdf.getDocumentCatalog().getCOSObject()
                .getCOSDictionary(COSName.PAGES).setInt(COSName.COUNT, Integer.MAX_VALUE)));
        Files.write(dir.resolve("nghin-trang.pdf"), edit(seedPdf(), HostileFileMaker::thousandPages));
        Files.write(dir.resolve("bom-nen.pdf"), edit(seedPdf(), HostileFileMaker::flateBomb));
        Files.write(dir.resolve("bieu-mau-long-nhau.pdf"), edit(seedPdf(), HostileFileMaker::formFanOut));
        Files.write(dir.resolve("cmap-sua.pdf"), edit(seedPdf(), HostileFileMaker::hugeToUnicodeRanges));
        Files.writeString(dir.resolve("ba-nghin-references.eml"), threeThousandReferences(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("tram-nghin-phan-rong.eml.gz"), gzip(hundredThousandEmptyParts()));
        for (String name : new String[] {"gach-duoi.txt", "bang-long-nhau.docx", "hai-ty-trang.pdf", "nghin-trang.pdf",
                "bom-nen.pdf", "bieu-mau-long-nhau.pdf", "cmap-sua.pdf", "ba-nghin-references.eml", "tram-nghin-phan-rong.eml.gz"}) {
            System.out.printf("%-30s %,9d bytes%n", name, Files.size(dir.resolve(name)));
        }
    }

    /** The seed with 20,000 underscores before "Kính gửi:" (a regular expression once overflowed the stack on them). */
    public static String underscores() throws IOException {
        return Files.readString(SEED).replace("Kính gửi:", "_".repeat(20_000) + "\n\nKính gửi:");
    }

    /** A .docx whose body is 5,000 tables nested one in the other's cell. */
    public static byte[] deepDocx() throws IOException {
        String open = "<w:tbl><w:tr><w:tc>";
        String close = "<w:p/></w:tc></w:tr></w:tbl>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + open.repeat(5000) + "<w:p><w:r><w:t>UBND</w:t></w:r></w:p>" + close.repeat(5000) + "</w:body></w:document>";
        return zip("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", document);
    }

    /** The first page drawn 1,000 times more, under a /Count of 1. */
    public static void thousandPages(PDDocument pdf) {
        COSDictionary pages = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        COSArray kids = (COSArray) pages.getDictionaryObject(COSName.KIDS);
        COSDictionary first = (COSDictionary) kids.getObject(0);
        for (int i = 0; i < 1000; i++) {
            kids.add(first);
        }
        pages.setInt(COSName.COUNT, 1);
    }

    /** The page tree 20,000 levels deep, one /Pages node in the other (300 KB: made by the test, not committed). */
    public static void deepPageTree(PDDocument pdf) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        COSArray leaves = (COSArray) root.getDictionaryObject(COSName.KIDS);
        COSDictionary node = root;
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
    }

    /** A second content stream on page 1: 60 MB of spaces, deflated to about 60 KB. */
    public static void flateBomb(PDDocument pdf) throws IOException {
        PDPage page = pdf.getPage(0);
        COSStream bomb = pdf.getDocument().createCOSStream();
        bomb.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        // Deflated here: PDFBox would hold it all before compressing.
        try (OutputStream out = new DeflaterOutputStream(bomb.createRawOutputStream(), new Deflater(9))) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                out.write(spaces);
            }
        }
        COSArray contents = new COSArray();
        contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
        contents.add(bomb);
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    /** Twelve levels of forms, each drawing the one below ten times: 10^12 drawings from a few KB. */
    public static void formFanOut(PDDocument pdf) throws IOException {
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
    }

    /**
     * Every font's ToUnicode CMap replaced by one whose 100 ranges each map the whole 2-byte code space
     * again: PDFBox fills a table entry per code, 6.5 million per font (such an edit once made a 107 KB
     * PDF take 78 s). The map is stored uncompressed, so it is no "bomb".
     */
    public static void hugeToUnicodeRanges(PDDocument pdf) throws IOException {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CMapName /Sua def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                100 beginbfrange
                """);
        for (int i = 0; i < 100; i++) {
            cmap.append(String.format("<0000> <FFFF> <%04X>%n", 0x4E00 + i));
        }
        cmap.append("endbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                COSStream toUnicode = pdf.getDocument().createCOSStream();
                try (OutputStream out = toUnicode.createOutputStream()) {
                    out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
                }
                resources.getFont(name).getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
            }
        }
    }

    /** Phú Tài's own address, its real dispatch id hidden after 3,000 guessed ones in References. */
    public static String threeThousandReferences() {
        String guesses = IntStream.range(0, 3000).mapToObj(i -> "<g" + i + "@pt.example>").collect(Collectors.joining("\r\n "));
        return String.join("\r\n", "From: phutai@phanthiet.example", "To: vanphong@phanthiet.example",
                "Date: Tue, 27 Aug 2019 16:05:00 +0700", "Subject: Re: Bao cao", "Message-ID: <g1@phanthiet.example>",
                "References: " + guesses + "\r\n " + PHUTAI_ID, "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit", "", "Nội dung 1: đã hoàn thành.", "");
    }

    /** 100,000 empty MIME parts (500 KB; committed gzipped). */
    public static byte[] hundredThousandEmptyParts() {
        return ("From: phutai@phanthiet.example\nSubject: bao cao\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n" + "--b\n\n".repeat(100_000) + "--b--\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] seedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(new DocumentReader().read(SEED), out);
        return out.toByteArray();
    }

    public interface Edit {
        void apply(PDDocument pdf) throws IOException;
    }

    public static byte[] edit(byte[] pdfBytes, Edit edit) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            edit.apply(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        }
    }

    public static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
