package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The two-column header at the top of page 1 (issuer, number and "V/v" on the left; national name,
 * motto, place and date on the right), flattened as {@link HeaderParser} reads it: the left column's
 * lines, then the right column's. The widest gap of the first row that has one gives the centres of
 * the two columns, and each piece of a row goes to the column whose centre is nearer. The header ends
 * at the line that opens the recipients or the type title, or, once the number row is passed, at a
 * line not centred in its column, a second line under the date, or a line too far below the one above.
 *
 * @param lines the flattened lines, each column followed by a blank line
 * @param used  how many of the page's lines the header took
 */
record PdfHeaderColumns(List<SourceLine> lines, int used) {
    /** The first row of two columns must stand among the first lines of the page. */
    private static final int FIRST_ROW_WITHIN = 5;
    /** Below the number row, a header line follows the one above within this many of its ems. */
    private static final float NEXT_LINE_EMS = 1.9f;

    /** A column of the header as found: its lines and where their centres stand. */
    private static final class Column {
        final List<PdfTextLine> lines = new ArrayList<>();
        final float centre;

        Column(float centre) {
            this.centre = centre;
        }

        boolean centred(PdfTextLine line, float tolerance) {
            return Math.abs(line.centre() - centre) <= tolerance;
        }
    }

    static PdfHeaderColumns read(List<PdfTextLine> page) {
        Column left = null;
        Column right = null;
        for (int i = 0; i < Math.min(FIRST_ROW_WITHIN, page.size()) && left == null; i++) {
            List<PdfTextLine> parts = page.get(i).columns();
            int widest = -1;
            float widestGap = 0;
            for (int k = 1; k < parts.size(); k++) {
                float gap = parts.get(k).x0() - parts.get(k - 1).x1();
                if (gap > widestGap) {
                    widestGap = gap;
                    widest = k;
                }
            }
            if (widest > 0) {
                left = new Column(merge(parts.subList(0, widest)).centre());
                right = new Column(merge(parts.subList(widest, parts.size())).centre());
            }
        }
        if (left == null) {
            return new PdfHeaderColumns(List.of(), 0);
        }
        // Word and our writer centre exactly; a few points allow for rounding and odd spaces.
        float tolerance = Math.max(3f, 0.03f * (right.centre - left.centre));
        float middle = (left.centre + right.centre) / 2;
        boolean numberSeen = false;
        boolean dateSeen = false;
        PdfTextLine above = null;
        int used = 0;
        for (PdfTextLine line : page) {
            List<PdfTextLine> leftParts = new ArrayList<>();
            List<PdfTextLine> rightParts = new ArrayList<>();
            for (PdfTextLine part : line.columns()) {
                for (PdfTextLine piece : part.cutBetween(left.centre, right.centre)) {
                    (piece.centre() < middle ? leftParts : rightParts).add(piece);
                }
            }
            PdfTextLine l = leftParts.isEmpty() ? null : merge(leftParts);
            PdfTextLine r = rightParts.isEmpty() ? null : merge(rightParts);
            if (opensNextPart(l) || opensNextPart(r)) {
                break;
            }
            // Below the number row only the excerpt continues, centred under it; whatever else comes
            // (recipients, a title, the body) stands elsewhere or further down.
            if (numberSeen && (l != null && !left.centred(l, tolerance) || r != null && !right.centred(r, tolerance)
                    || r != null && dateSeen
                    || line.baseline() - above.baseline() > NEXT_LINE_EMS * Math.max(line.size(), above.size()))) {
                break;
            }
            if (l != null) {
                left.lines.add(l);
            }
            if (r != null) {
                right.lines.add(r);
            }
            for (PdfTextLine part : Stream.of(l, r).filter(Objects::nonNull).toList()) {
                HeaderLine kind = HeaderLine.of(part.text());
                numberSeen |= kind == HeaderLine.NUMBER;
                dateSeen |= kind == HeaderLine.PLACE_DATE;
            }
            above = line;
            used++;
        }
        return result(left, right, used);
    }

    private static boolean opensNextPart(PdfTextLine line) {
        if (line == null) {
            return false;
        }
        HeaderLine kind = HeaderLine.of(line.text());
        return kind == HeaderLine.RECIPIENTS || kind == HeaderLine.TYPE;
    }

    private static PdfHeaderColumns result(Column left, Column right, int used) {
        List<SourceLine> lines = new ArrayList<>();
        for (Column column : List.of(left, right)) {
            for (PdfTextLine line : column.lines) {
                lines.add(new SourceLine(line.page(), line.number(), line.runs()));
            }
            lines.add(new SourceLine(0, 0, List.of()));
        }
        return new PdfHeaderColumns(lines, used);
    }

    private static PdfTextLine merge(List<PdfTextLine> parts) {
        PdfTextLine all = parts.get(0);
        for (PdfTextLine part : parts.subList(1, parts.size())) {
            all = all.with(part);
        }
        return all;
    }
}
