package vn.congvan.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.congvan.text.LegacyEncoding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the legacy-encoded fixtures of {@code src/test/resources/dispatches/legacy/} from the Unicode
 * dispatches beside them ({@code nguon/*.md}), as older offices' files are: Word files whose runs are set in
 * {@code .VnTime} (capitals with tones in {@code .VnTimeH}, as the ABC keyboard makes them) or
 * {@code VNI-Times}, one whose fonts a conversion replaced, a Word 97 .doc and PDFs LibreOffice makes of
 * them (LibreOffice lacks the legacy fonts, so PDFBox names the substitute it embedded as the office's
 * font), and a text pasted from such a file. The tests read the committed files; run
 * {@code java -cp "target/test-classes:target/classes:<test class path>" vn.congvan.ingest.LegacyFixtureMaker}
 * to make them again (needs LibreOffice).
 */
public final class LegacyFixtureMaker {
    static final Path DIR = Path.of("src/test/resources/dispatches/legacy");
    private static final Pattern BOLD_BLOCK = Pattern.compile("\\*\\*(.*?)\\*\\*", Pattern.DOTALL);

    /** How a file's runs carry their text. */
    enum Typing { TCVN3_FONTS, TCVN3_FONT_LOST, VNI_FONTS }

    /** Fonts written instead of the legacy ones, for a file LibreOffice lays out. */
    private static Map<String, String> substitutes = Map.of();

    private LegacyFixtureMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path tuyPhong = DIR.resolve("nguon/tuy-phong.md");
        Path soYTe = DIR.resolve("nguon/so-y-te.md");
        docx(tuyPhong, Typing.TCVN3_FONTS, DIR.resolve("tcvn3-vntime.docx"));
        docx(tuyPhong, Typing.TCVN3_FONT_LOST, DIR.resolve("tcvn3-mat-phong-chu.docx"));
        docx(soYTe, Typing.VNI_FONTS, DIR.resolve("vni-times.docx"));
        String tcvn3 = LegacyEncoding.TCVN3.encode(Files.readString(tuyPhong).replace("**", ""));
        Files.writeString(DIR.resolve("tcvn3-dan-tu-thu.txt"), tcvn3, StandardCharsets.UTF_8);

        Path soffice = LibreOffice.soffice().orElseThrow(() -> new IllegalStateException("needs LibreOffice"));
        Path work = Files.createTempDirectory("legacy-fixtures");
        Path doc = LibreOffice.convert(soffice, "doc", Files.copy(DIR.resolve("tcvn3-vntime.docx"), work.resolve("tcvn3-word97.docx"))).get(0);
        Files.copy(doc, DIR.resolve("tcvn3-word97.doc"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // LibreOffice has no legacy font: each is set in a font it has, and that font renamed in the PDF.
        // (Not for TCVN3: LibreOffice takes its ư, 0xAD, for a soft hyphen and draws nothing.)
        substitutes = Map.of("VNI-Times", "Liberation Serif");
        docx(soYTe, Typing.VNI_FONTS, work.resolve("vni-times.docx"));
        substitutes = Map.of();
        Path vniPdf = LibreOffice.convert(soffice, "pdf", work.resolve("vni-times.docx")).get(0);
        renameFonts(vniPdf, Map.of("LiberationSerif", "VNI-Times"), DIR.resolve("vni-times.pdf"));

    }

    /**
     * A Word file of {@code source}: the header as offices lay it out, a table of two columns (issuer,
     * number and subject | motto, place and date), the body, and a footer table (Nơi nhận | signer).
     */
    static void docx(Path source, Typing typing, Path out) throws IOException {
        List<String> blocks = List.of(Files.readString(source).strip().split("\\n\\s*\\n"));
        try (XWPFDocument docx = new XWPFDocument()) {
            XWPFTable header = docx.createTable(2, 2);
            header.setWidth("100%"); // so that the motto, place and date stay on one line, as offices set them
            for (int row = 0; row < 2; row++) {
                header.getRow(row).getCell(0).setWidth("38%");
                header.getRow(row).getCell(1).setWidth("62%");
            }
            cell(header.getRow(0).getCell(0), blocks.get(0), typing);
            cell(header.getRow(0).getCell(1), blocks.get(1), typing);
            cell(header.getRow(1).getCell(0), blocks.get(2), typing);
            cell(header.getRow(1).getCell(1), blocks.get(3), typing);
            int footer = blocks.size() - 1;
            while (!blocks.get(footer).startsWith("Nơi nhận")) {
                footer--;
            }
            for (String block : blocks.subList(4, footer)) {
                for (String line : block.split("\\n")) {
                    paragraph(docx.createParagraph(), line, false, typing);
                }
            }
            XWPFTable foot = docx.createTable(1, 2);
            foot.setWidth("100%");
            StringBuilder left = new StringBuilder();
            StringBuilder right = new StringBuilder();
            for (String block : blocks.subList(footer, blocks.size())) {
                (block.startsWith("Nơi nhận") || block.startsWith("- ") ? left : right).append(block).append("\n\n");
            }
            cell(foot.getRow(0).getCell(0), left.toString().strip(), typing);
            cell(foot.getRow(0).getCell(1), right.toString().strip(), typing);
            try (OutputStream o = Files.newOutputStream(out)) {
                docx.write(o);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String block, Typing typing) {
        boolean first = true;
        Matcher bold = BOLD_BLOCK.matcher(block);
        List<String[]> lines = new ArrayList<>(); // text, "b" when bold
        int at = 0;
        while (bold.find()) {
            block.substring(at, bold.start()).lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(new String[] {l, ""}));
            bold.group(1).lines().forEach(l -> lines.add(new String[] {l, "b"}));
            at = bold.end();
        }
        block.substring(at).lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(new String[] {l, ""}));
        for (String[] line : lines) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            paragraph(p, line[0], line[1].equals("b"), typing);
            // VNI's marks take room of their own in the substitute font: a smaller size keeps the header's lines whole
            p.getRuns().forEach(r -> r.setFontSize(9));
        }
    }

    /** One paragraph in the fonts {@code typing} implies, split into runs where the font changes. */
    private static void paragraph(XWPFParagraph p, String text, boolean bold, Typing typing) {
        for (String[] run : runs(text, typing)) {
            XWPFRun r = p.createRun();
            r.setText(run[0]);
            r.setBold(bold);
            r.setFontFamily(substitutes.getOrDefault(run[1], run[1]));
            r.setFontSize(12);
        }
    }

    /** The runs (text, font) of a line. */
    static List<String[]> runs(String text, Typing typing) {
        return switch (typing) {
            case VNI_FONTS -> List.<String[]>of(new String[] {LegacyEncoding.VNI.encode(text), "VNI-Times"});
            case TCVN3_FONT_LOST -> List.<String[]>of(new String[] {LegacyEncoding.TCVN3.encode(text), "Times New Roman"});
            case TCVN3_FONTS -> tcvn3Runs(text);
        };
    }

    /**
     * TCVN3 has no capitals with tones: a line in capitals is typed wholly in {@code .VnTimeH}, and a capital
     * such as Ủ inside a sentence as its own {@code .VnTimeH} run.
     */
    private static List<String[]> tcvn3Runs(String text) {
        if (text.equals(text.toUpperCase(Locale.ROOT))) {
            return List.<String[]>of(new String[] {LegacyEncoding.TCVN3.encode(text.toLowerCase(Locale.ROOT)), ".VnTimeH"});
        }
        List<String[]> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (char c : text.toCharArray()) {
            String letter = String.valueOf(c);
            boolean capitalOnly = Character.isUpperCase(c) && c > 0x7F
                    && LegacyEncoding.TCVN3.encode(letter).equals(LegacyEncoding.TCVN3.encode(letter.toLowerCase(Locale.ROOT)));
            if (capitalOnly) {
                if (!plain.isEmpty()) {
                    runs.add(new String[] {LegacyEncoding.TCVN3.encode(plain.toString()), ".VnTime"});
                    plain.setLength(0);
                }
                runs.add(new String[] {LegacyEncoding.TCVN3.encode(letter.toLowerCase(Locale.ROOT)), ".VnTimeH"});
            } else {
                plain.append(c);
            }
        }
        if (!plain.isEmpty()) {
            runs.add(new String[] {LegacyEncoding.TCVN3.encode(plain.toString()), ".VnTime"});
        }
        return runs;
    }

    /** The PDF with its fonts renamed ({@code names}: family → legacy name; subset tag and face kept). */
    static void renameFonts(Path pdf, Map<String, String> names, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName key : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(key);
                    String old = font.getName();
                    String tag = old != null && old.matches("^[A-Z]{6}\\+.*") ? old.substring(0, 7) : "";
                    String face = old != null && old.contains("Bold") ? "-Bold" : "";
                    String name = names.entrySet().stream().filter(e -> old != null && old.contains(e.getKey()))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    if (name == null) {
                        continue;
                    }
                    font.getCOSObject().setName(COSName.BASE_FONT, tag + name + face);
                    PDFontDescriptor d = font.getFontDescriptor();
                    if (d != null) {
                        d.setFontName(tag + name + face);
                    }
                }
            }
            doc.save(out.toFile());
        }
    }
}
