package vn.congvan.ingest;

import vn.congvan.model.Run;
import vn.congvan.text.VietnameseDates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The motto and the place and date as one line each, where a narrow header column wrapped them: a PDF of a
 * Word header table has "CỘNG HÒA XÃ HỘI CHỦ" over "NGHĨA VIỆT NAM", or "Hải Lâm, ngày 15 tháng 3 năm" over
 * "2022". Neither half is recognised alone, so the date went missing and the motto joined the excerpt.
 */
final class WrappedHeaderLines {
    /** The most lines one wrapped header line is taken from. */
    private static final int MOST_PIECES = 3;
    /** Only the header is looked at: the place and date stand among its first lines. */
    private static final int HEADER_LINES = 60;
    private static final Set<HeaderLine> JOINED_KINDS = Set.of(HeaderLine.MOTTO, HeaderLine.PLACE_DATE);

    private WrappedHeaderLines() {
    }

    static SourceText joined(SourceText source) {
        List<SourceLine> lines = source.lines();
        List<SourceLine> out = new ArrayList<>(lines.size());
        boolean changed = false;
        int i = 0;
        while (i < lines.size()) {
            int pieces = i < HEADER_LINES ? wrapped(source, i) : 1;
            if (pieces > 1) {
                out.add(join(lines.subList(i, i + pieces)));
                // Keep the line count: messages name lines by position, and the body's blank lines matter.
                for (int k = 1; k < pieces; k++) {
                    SourceLine gone = lines.get(i + k);
                    out.add(new SourceLine(gone.page(), gone.number(), List.of()));
                }
                changed = true;
                i += pieces;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return changed ? new SourceText(source.file(), out, source.paragraphs()) : source;
    }

    /** How many lines from {@code at} together make one motto or place-and-date line; 1 when none do. */
    private static int wrapped(SourceText source, int at) {
        List<SourceLine> lines = source.lines();
        if (HeaderLine.of(lines.get(at).text()) != HeaderLine.OTHER) {
            return 1;
        }
        StringBuilder text = new StringBuilder(lines.get(at).text());
        for (int k = 1; k < MOST_PIECES && at + k < lines.size(); k++) {
            String next = lines.get(at + k).text();
            if (HeaderLine.of(next) != HeaderLine.OTHER) {
                return 1;
            }
            text.append(' ').append(next);
            try {
                if (JOINED_KINDS.contains(HeaderLine.of(text.toString()))) {
                    return k + 1;
                }
            } catch (VietnameseDates.InvalidDate e) {
                // A date wrapped over two lines that cannot exist ("ngày 31 tháng 02" / "năm 2019").
                throw InputErrors.of(e, "document.invalidDate", InputErrors.name(source.file()),
                        source.where(lines.get(at)), e.written());
            }
        }
        return 1;
    }

    private static SourceLine join(List<SourceLine> pieces) {
        List<Run> runs = new ArrayList<>();
        for (SourceLine piece : pieces) {
            if (!runs.isEmpty()) {
                runs.add(new Run(" ", false, false));
            }
            runs.addAll(piece.runs());
        }
        SourceLine first = pieces.get(0);
        return new SourceLine(first.page(), first.number(), runs);
    }
}
