package vn.congvan.render;

import java.util.List;

/** How long a "Kính gửi" block comes out on the page: what a writer of a document weighs before choosing its wording. */
public final class RecipientBlock {
    private RecipientBlock() {
    }

    /** The printed lines of "Kính gửi" with these entries, laid out as the PDF and the DOCX lay them out. */
    public static int lines(List<String> entries) {
        LineBreaker breaker = LineBreaker.standard();
        DocumentLines.Recipients block = DocumentLines.recipients(entries, breaker);
        if (block == null) {
            return 0;
        }
        if (block.single()) {
            return breaker.greedy(block.singleLine(), Face.REGULAR, Layout.TEXT_SIZE, Layout.TEXT_WIDTH).size();
        }
        int lines = 0;
        for (String entry : block.entries()) {
            lines += breaker.greedy(entry, Face.REGULAR, Layout.TEXT_SIZE, Layout.TEXT_WIDTH - block.entryStart()).size();
        }
        return lines;
    }
}
