package vn.congvan.sign;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/**
 * Finds the room for the handwritten signature on the last page: the gap between the signer's position
 * line ("PHÓ CHỦ TỊCH") and the name ("Võ Văn Thông"), by where those lines are printed.
 *
 * <p>Read from the PDF's text rather than taken from our renderer, so that it works on any Decree 30 PDF
 * (one written by another program, or one of ours written earlier) and always agrees with what is on the
 * page: the file is what is signed, not the layout that once produced it.
 */
final class SignatureBlock {
    private static final Messages MSG = Messages.of(SignatureBlock.class);
    /** Words further apart than this on one line belong to different columns (Nơi nhận | signature). */
    private static final float COLUMN_GAP = 18f;
    /** Kept free above the name and below the position line, in points. */
    private static final float MARGIN = 3f;

    /**
     * @param pageIndex the last page, where the block is
     * @param room      the free space between the two lines, in PDF user space
     * @param centreX   the horizontal centre of the position line and the name
     */
    record Room(int pageIndex, PDRectangle room, float centreX) {
    }

    private SignatureBlock() {
    }

    static Room find(PDDocument doc, String position, String name, String fileName) throws IOException {
        int last = doc.getNumberOfPages() - 1;
        List<Segment> segments = segments(doc, last);
        String wantedPosition = key(position);
        String wantedName = key(name);
        Segment name0 = null;
        Segment position0 = null;
        // The last match: the signer's position may also appear in the body ("Phó Chủ tịch ..." in a sentence).
        for (Segment s : segments) {
            if (s.key().equals(wantedName)) {
                name0 = s;
            }
        }
        if (name0 != null) {
            for (Segment s : segments) {
                if (s.key().equals(wantedPosition) && s.baseline() < name0.baseline()) {
                    position0 = s;
                }
            }
        }
        if (name0 == null || position0 == null) {
            throw new InputException(MSG.get("block.notFound", fileName, position, name, last + 1));
        }
        float pageHeight = doc.getPage(last).getMediaBox().getHeight();
        float bottom = pageHeight - name0.baseline() + name0.height() + MARGIN;
        float top = pageHeight - position0.baseline() - position0.height() * 0.3f - MARGIN;
        if (top - bottom < 10) {
            throw new InputException(MSG.get("block.noRoom", fileName, last + 1));
        }
        float centre = (position0.centre() + name0.centre()) / 2;
        return new Room(last, new PDRectangle(centre - (top - bottom), bottom, 2 * (top - bottom), top - bottom), centre);
    }

    private static String key(String text) {
        return text == null ? "\u0000" : VietnameseText.fold(VietnameseText.clean(text)).replaceAll("\\s+", " ").strip();
    }

    /** A run of words on one line, apart from the other column. y is measured from the top of the page. */
    record Segment(String key, float minX, float maxX, float baseline, float height) {
        float centre() {
            return (minX + maxX) / 2;
        }
    }

    private record Word(String text, float minX, float maxX, float baseline, float height) {
    }

    private static List<Segment> segments(PDDocument doc, int pageIndex) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition end = positions.get(positions.size() - 1);
                float height = 0;
                for (TextPosition p : positions) {
                    height = Math.max(height, p.getHeightDir());
                }
                words.add(new Word(text, first.getXDirAdj(), end.getXDirAdj() + end.getWidthDirAdj(), first.getYDirAdj(), height));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(doc);
        words.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::minX));
        List<Segment> segments = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word w : words) {
            if (!run.isEmpty()) {
                Word prev = run.get(run.size() - 1);
                boolean sameLine = Math.abs(prev.baseline() - w.baseline()) < 1f;
                if (!sameLine || w.minX() - prev.maxX() > COLUMN_GAP) {
                    segments.add(segment(run));
                    run.clear();
                }
            }
            run.add(w);
        }
        if (!run.isEmpty()) {
            segments.add(segment(run));
        }
        return segments;
    }

    private static Segment segment(List<Word> run) {
        StringBuilder text = new StringBuilder();
        float height = 0;
        for (Word w : run) {
            text.append(w.text()).append(' ');
            height = Math.max(height, w.height());
        }
        return new Segment(key(text.toString()), run.get(0).minX(), run.get(run.size() - 1).maxX(), run.get(0).baseline(), height);
    }
}
