package vn.congvan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a reader of a PDF sees, as text to compare two writers' output with {@code diff}: per page each
 * glyph's character, font (subset tag left out), size, position and width to 0.01 pt, and each font's
 * widths as a reader takes them (code → width, code → Unicode) and whether its program is embedded.
 * {@code java -cp "target/congvan.jar:target/lib/*" vn.congvan.bench.PdfGlyphDump FILE.pdf…}
 */
public final class PdfGlyphDump {
    private PdfGlyphDump() {
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            System.out.print(dump(Path.of(file)));
        }
    }

    static String dump(Path file) throws IOException {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            out.printf("%s: %d pages%n", file.getFileName(), pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.printf(Locale.ROOT, "p%d %s %s %.2f x=%.2f y=%.2f w=%.2f%n", getCurrentPageNo(), p.getUnicode(),
                                bare(p.getFont()), p.getFontSizeInPt(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj());
                    }
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(pdf);
            int n = 0;
            for (PDPage page : pdf.getPages()) {
                n++;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    out.printf("p%d font %s %s %s embedded=%s%n", n, name.getName(), bare(font), font.getSubType(), font.isEmbedded());
                    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                        StringBuilder widths = new StringBuilder();
                        for (int code = 0; code < 0x10000; code++) {
                            if (cid.hasGlyph(code) && code != 0) {
                                widths.append(code).append('=').append(cid.getWidth(code)).append(':')
                                        .append(type0.toUnicode(code)).append(' ');
                            }
                        }
                        out.printf("p%d widths %s%n", n, widths);
                    }
                }
            }
        }
        out.flush();
        return text.toString();
    }

    private static String bare(PDFont font) {
        String name = font.getName();
        return name != null && name.length() > 7 && name.charAt(6) == '+' ? name.substring(7) : name;
    }
}
