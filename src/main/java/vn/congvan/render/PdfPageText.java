package vn.congvan.render;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The text of one page as segments in reading order (top to bottom, then left to right), with the
 * page's visible size in points and its rotation.
 */
record PdfPageText(int index, float width, float height, List<PdfTextSegment> segments) {
    PdfPageText {
        segments = segments.stream()
                .sorted(Comparator.comparingDouble(PdfTextSegment::baseline).thenComparingDouble(PdfTextSegment::x0))
                .toList();
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
