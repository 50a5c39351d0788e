package vn.congvan.sign;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The words of a page with where they stand, in PDF user space (y up), to find a printed line. */
record TextLines(List<TextLines.Word> words, float pageHeight) {

    record Word(String text, float minX, float maxX, float top, float height) {
    }

    /** A printed line: its baseline and the height of its tallest glyph, in PDF user space. */
    record Line(float minX, float maxX, float baselineY, float height) {
        float centreX() {
            return (minX + maxX) / 2;
        }
    }

    static TextLines of(PDDocument doc, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> p) {
                float h = 0;
                for (TextPosition t : p) {
                    h = Math.max(h, t.getHeightDir());
                }
                TextPosition end = p.get(p.size() - 1);
                words.add(new Word(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip(), p.get(0).getXDirAdj(), end.getXDirAdj() + end.getWidthDirAdj(), p.get(0).getYDirAdj(), h));
            }
        };
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        s.getText(doc);
        return new TextLines(words, doc.getPage(page).getMediaBox().getHeight());
    }

    /** The last place where {@code phrase}'s words follow each other on one line. */
    Line last(String phrase) {
        String whole = java.text.Normalizer.normalize(phrase, java.text.Normalizer.Form.NFC);
        Line line = null;
        for (Word w : words) {
            if (w.text().equals(whole)) {
                line = new Line(w.minX(), w.maxX(), pageHeight - w.top(), w.height());
            }
        }
        if (line != null) {
            return line;
        }
        String[] wanted = java.text.Normalizer.normalize(phrase, java.text.Normalizer.Form.NFC).split(" ");
        Line found = null;
        for (int i = 0; i + wanted.length <= words.size(); i++) {
            boolean match = true;
            for (int j = 0; j < wanted.length && match; j++) {
                Word w = words.get(i + j);
                match = w.text().strip().equals(wanted[j]) && Math.abs(w.top() - words.get(i).top()) < 1;
            }
            if (match) {
                Word first = words.get(i);
                Word end = words.get(i + wanted.length - 1);
                float h = 0;
                for (int j = 0; j < wanted.length; j++) {
                    h = Math.max(h, words.get(i + j).height());
                }
                found = new Line(first.minX(), end.maxX(), pageHeight - first.top(), h);
            }
        }
        if (found == null) {
            throw new AssertionError("not on the page: " + phrase);
        }
        return found;
    }
}
