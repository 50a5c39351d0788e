package vn.congvan.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.congvan.render.PdfWriter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A scan of our own seed dispatch, made at test time as a clerk's scanner would: the seed written as a
 * Decree 30 PDF by our writer, each page rendered at 200 dpi in grey, turned by about a degree (a sheet
 * fed askew) and sprinkled with light noise (dust, toner specks), saved as a PNG photo of page 1 and as an
 * image-only PDF of both pages.
 */
public final class ScannedSeed {
    static final int DPI = 200;
    static final double DEGREES = 1.0;

    private ScannedSeed() {
    }

    /** Page 1 as a PNG. */
    public static Path png(Path dir) throws IOException {
        BufferedImage page = pages(dir).get(0);
        Path png = dir.resolve("cong-van-chup.png");
        ImageIO.write(page, "png", png.toFile());
        return png;
    }

    /** Every page as an image on an A4 page, no text layer. */
    public static Path pdf(Path dir) throws IOException {
        Path out = dir.resolve("cong-van-scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage image : pages(dir)) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(pdf, image);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf.save(out.toFile());
        }
        return out;
    }

    private static List<BufferedImage> pages(Path dir) throws IOException {
        Path text = dir.resolve("seed.pdf");
        new PdfWriter().write(new DispatchReader().read(Fixtures.SEED).document(), text);
        List<BufferedImage> pages = new ArrayList<>();
        Random random = new Random(12);
        try (PDDocument pdf = Loader.loadPDF(text.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                pages.add(noisy(turned(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY)), random));
            }
        }
        return pages;
    }

    private static BufferedImage turned(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(DEGREES), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Grey grain over the whole sheet and a few dark specks, as a scanner's glass leaves them. */
    private static BufferedImage noisy(BufferedImage page, Random random) {
        var raster = page.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + (int) (random.nextGaussian() * 12);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        for (int i = 0; i < 300; i++) {
            int x = random.nextInt(page.getWidth() - 2);
            int y = random.nextInt(page.getHeight() - 2);
            raster.setSample(x, y, 0, 40);
            raster.setSample(x + 1, y, 0, 60);
        }
        return page;
    }
}
