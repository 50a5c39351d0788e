package vn.congvan.render;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import vn.congvan.ingest.PdfGlyphPage;

/**
 * The text of one page as segments in reading order (top to bottom, then left to right), with the
 * page's visible size in points.
 */
record PdfPageText(int index, float width, float height, List<PdfTextSegment> segments) {
    /**
     * A gap wider than this many ems ends a segment: header columns can stand 3 mm apart, while a
     * justified line's extra space after its space glyphs stays well below.
     */
    private static final float SEGMENT_GAP = 0.6f;

    PdfPageText {
        segments = segments.stream()
                .sorted(Comparator.comparingDouble(PdfTextSegment::baseline).thenComparingDouble(PdfTextSegment::x0))
                .toList();
    }

    /** The page as the PDF reader reads it: its lines, cut at gaps that separate header columns and table cells. */
    static PdfPageText of(PdfGlyphPage page) {
        List<PdfTextSegment> segments = page.lines().stream()
                .flatMap(line -> line.cutAtGaps(SEGMENT_GAP).stream())
                .map(PdfTextSegment::of)
                .toList();
        return new PdfPageText(page.number() - 1, page.width(), page.height(), segments);
    }

    Optional<PdfTextSegment> first(Predicate<PdfTextSegment> test) {
        return segments.stream().filter(test).findFirst();
    }

    /** Segments sharing the baseline of {@code s} (within a small tolerance), itself included. */
    List<PdfTextSegment> sameLine(PdfTextSegment s) {
        float tolerance = Math.max(1.5f, s.size() * 0.2f);
        return segments.stream().filter(o -> Math.abs(o.baseline() - s.baseline()) <= tolerance).toList();
    }
}
