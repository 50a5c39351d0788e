package vn.congvan.render;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Widths of Times New Roman text, measured with Liberation Serif (same advance widths), so that the
 * DOCX writer can size the short lines under the issuer and the motto and break the issuer's name
 * where the PDF writer does. Each face is read once per process into a plain width table, which is
 * then safe to share between threads.
 */
final class TextMeasure {
    enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private static final int BMP = 0x10000;
    private static final float[][] WIDTHS = new float[Face.values().length][];

    private TextMeasure() {
    }

    /** Width in points of {@code text} set in {@code face} at {@code sizePt}. */
    static double width(String text, Face face, double sizePt) {
        float[] em = widths(face);
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            total += em[c];
        }
        return total * sizePt;
    }

    /**
     * Breaks {@code text} at spaces into lines no wider than {@code maxPt}, as a word processor does
     * (each line takes as many words as fit).
     */
    static List<String> wrapGreedy(String text, Face face, double sizePt, double maxPt) {
        String[] words = text.strip().split(" +");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, face, sizePt) > maxPt) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Breaks {@code text} into as few lines as the greedy break needs, choosing among those the break
     * whose longest line is shortest: "ỦY BAN NHÂN DÂN / THÀNH PHỐ PHAN THIẾT" rather than
     * "ỦY BAN NHÂN DÂN THÀNH / PHỐ PHAN THIẾT", as issuers are set in practice.
     */
    static List<String> wrapBalanced(String text, Face face, double sizePt, double maxPt) {
        String[] words = text.strip().split(" +");
        int lineCount = wrapGreedy(text, face, sizePt, maxPt).size();
        int n = words.length;
        if (lineCount <= 1 || lineCount >= n) {
            return wrapGreedy(text, face, sizePt, maxPt);
        }
        // best[k][i]: the smallest possible longest line when words[0..i) fill k lines
        double[][] best = new double[lineCount + 1][n + 1];
        int[][] cut = new int[lineCount + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int k = 1; k <= lineCount; k++) {
            for (int i = k; i <= n; i++) {
                for (int j = k - 1; j < i; j++) {
                    if (best[k - 1][j] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double w = width(String.join(" ", java.util.Arrays.copyOfRange(words, j, i)), face, sizePt);
                    double worst = Math.max(best[k - 1][j], w);
                    if (w <= maxPt && worst < best[k][i]) {
                        best[k][i] = worst;
                        cut[k][i] = j;
                    }
                }
            }
        }
        if (best[lineCount][n] == Double.POSITIVE_INFINITY) {
            return wrapGreedy(text, face, sizePt, maxPt);
        }
        List<String> lines = new ArrayList<>();
        for (int k = lineCount, i = n; k > 0; k--) {
            int j = cut[k][i];
            lines.add(0, String.join(" ", java.util.Arrays.copyOfRange(words, j, i)));
            i = j;
        }
        return lines;
    }

    /** The widest of {@code lines} in points. */
    static double widest(List<String> lines, Face face, double sizePt) {
        return lines.stream().mapToDouble(l -> width(l, face, sizePt)).max().orElse(0);
    }

    private static float[] widths(Face face) {
        synchronized (WIDTHS) {
            if (WIDTHS[face.ordinal()] == null) {
                WIDTHS[face.ordinal()] = load(face);
            }
            return WIDTHS[face.ordinal()];
        }
    }

    /** Advance widths in em of every BMP character (text is NFC, so precomposed Vietnamese letters). */
    private static float[] load(Face face) {
        String resource = "liberation/LiberationSerif-" + face.file + ".ttf";
        try (InputStream in = TextMeasure.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                float unitsPerEm = font.getUnitsPerEm();
                float[] em = new float[BMP];
                for (int c = 0; c < BMP; c++) {
                    em[c] = font.getAdvanceWidth(cmap.getGlyphId(c)) / unitsPerEm;
                }
                return em;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
