package vn.congvan.render;

import java.io.IOException;
import java.util.List;

import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Signer;
import vn.congvan.text.VietnameseText;

/**
 * Positions 7–9b: a borderless two-column block kept on one page. Left: "Nơi nhận:" 12 pt bold
 * italic and the entries 11 pt, "- X;" and the last "- X.". Right, centred: authority and title,
 * position, room for the signature, the name.
 */
final class PdfFooter {
    static final String LABEL = "Nơi nhận:";
    static final float SPACE_BEFORE = 12;
    static final float LABEL_SIZE = 12;
    static final float ENTRY_SIZE = 11;
    static final float SIGNER_SIZE = 14;
    static final float SIGNATURE_ROOM = 30 * PdfLayout.MM;

    private final PdfLayout page;

    PdfFooter(PdfLayout page) {
        this.page = page;
    }

    void draw(OfficialDocument doc) throws IOException {
        float width = page.width() / 2;
        float leftX = page.left();
        float rightX = page.left() + width;
        PdfStack distribution = distribution(doc.distribution(), width);
        PdfStack signature = signature(doc.signer(), width);
        float height = Math.max(distribution.height(), signature.height());
        if (height == 0) {
            return;
        }
        if (height > page.pageRoom()) {
            // Longer than a page: it cannot be kept together, so the list flows on.
            float top = page.take(SPACE_BEFORE, signature.height());
            signature.draw(page, rightX, top, width);
            page.skip(-signature.height()); // back up: the list starts level with the authority line
            distribution.flow(page, leftX, width);
            return;
        }
        float top = page.take(SPACE_BEFORE, height);
        distribution.draw(page, leftX, top, width);
        signature.draw(page, rightX, top, width);
    }

    private PdfStack distribution(List<String> entries, float width) {
        PdfStack stack = new PdfStack(page.fonts());
        List<String> names = entries.stream().map(VietnameseText::oneLine).map(PdfRecipients::bare)
                .filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            return stack;
        }
        stack.lines(page.lines().greedy(List.of(new PdfSpan(LABEL, PdfStyle.BOLD_ITALIC, LABEL_SIZE)), width), PdfAlign.LEFT);
        for (int i = 0; i < names.size(); i++) {
            String entry = "- " + names.get(i) + (i == names.size() - 1 ? "." : ";");
            stack.lines(page.lines().greedy(List.of(new PdfSpan(entry, PdfStyle.REGULAR, ENTRY_SIZE)), width), PdfAlign.LEFT);
        }
        return stack;
    }

    private PdfStack signature(Signer signer, float width) {
        PdfStack stack = new PdfStack(page.fonts());
        if (signer == null) {
            return stack;
        }
        for (String line : signer.authorityLines()) {
            stack.lines(bold(VietnameseText.upper(VietnameseText.oneLine(line)), width), PdfAlign.CENTER);
        }
        if (PdfHeader.present(signer.position())) {
            stack.lines(bold(VietnameseText.upper(VietnameseText.oneLine(signer.position())), width), PdfAlign.CENTER);
        }
        if (PdfHeader.present(signer.name())) {
            stack.gap(SIGNATURE_ROOM).lines(bold(VietnameseText.oneLine(signer.name()), width), PdfAlign.CENTER);
        }
        return stack;
    }

    private List<PdfLine> bold(String text, float width) {
        return page.lines().balanced(List.of(new PdfSpan(text, PdfStyle.BOLD, SIGNER_SIZE)), width);
    }
}
