package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The two-column footer at the end (the "Nơi nhận" list on the left, the signature block on the
 * right), flattened as {@link FooterParser} reads it: the left column's lines, then the right
 * column's. It starts at the "Nơi nhận" line, or higher where the signature block stands above it,
 * or, without "Nơi nhận", at the signature block that closes the document. A piece of a row belongs
 * to the column its centre falls in.
 */
final class PdfFooterColumns {
    /** "Nơi nhận" opens the left column, within the first quarter of the text width. */
    private static final float LABEL_WITHIN = 0.25f;
    /** A signature line is centred in the right column, right of 60 % of the text width. */
    private static final float SIGNATURE_FROM = 0.6f;

    private PdfFooterColumns() {
    }

    /** The index of the first footer line in {@code lines}, or {@code lines.size()} without a footer. */
    static int start(List<PdfTextLine> lines, PdfTextArea area) {
        // The last "Nơi nhận": a body line may start with the same words ("Nơi nhận hồ sơ: …").
        int label = lines.size();
        for (int i = lines.size() - 1; i >= 0 && label == lines.size(); i--) {
            for (PdfTextLine part : lines.get(i).columns()) {
                if (area.share(part.x0()) < LABEL_WITHIN && FooterParser.DISTRIBUTION_LINE.matcher(part.text()).matches()) {
                    label = i;
                    break;
                }
            }
        }
        int start = label;
        while (start > 0 && signatureSide(lines.get(start - 1), area)) {
            start--;
        }
        return start;
    }

    private static boolean signatureSide(PdfTextLine line, PdfTextArea area) {
        return line.columns().stream().allMatch(part -> area.share(part.centre()) > SIGNATURE_FROM);
    }

    /** The footer lines flattened: the left column, a blank line, the right column, a blank line. */
    static List<SourceLine> flatten(List<PdfTextLine> footer, PdfTextArea area) {
        List<SourceLine> left = new ArrayList<>();
        List<SourceLine> right = new ArrayList<>();
        for (PdfTextLine line : footer) {
            PdfTextLine l = null;
            PdfTextLine r = null;
            for (PdfTextLine part : line.columns()) {
                if (area.share(part.centre()) < 0.5f) {
                    l = l == null ? part : l.with(part);
                } else {
                    r = r == null ? part : r.with(part);
                }
            }
            add(left, l);
            add(right, r);
        }
        List<SourceLine> lines = new ArrayList<>(left);
        lines.add(new SourceLine(0, 0, List.of()));
        lines.addAll(right);
        lines.add(new SourceLine(0, 0, List.of()));
        return lines;
    }

    private static void add(List<SourceLine> column, PdfTextLine line) {
        if (line != null) {
            column.add(new SourceLine(line.page(), line.number(), line.runs()));
        }
    }
}
