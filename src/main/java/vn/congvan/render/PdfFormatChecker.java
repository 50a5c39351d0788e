package vn.congvan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import vn.congvan.ingest.PdfGlyphReader;
import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * Checks a PDF against the presentation rules of Decree 30 (decree30-format.md), whoever made it:
 * it reads the text with positions, sizes and fonts as the PDF reader does ({@link PdfGlyphReader}) and
 * judges rule by rule. A rule that cannot be
 * judged on a given file (no text layer, no "Nơi nhận") fails with a detail saying why.
 */
public final class PdfFormatChecker {
    private static final Messages MESSAGES = Messages.of(PdfFormatChecker.class);

    /**
     * One result per {@link DecreeRule}, in its order.
     *
     * @throws InputException when the file is missing, not a PDF, or locked with a password
     */
    public List<RuleResult> check(Path pdf) {
        if (!Files.isRegularFile(pdf)) {
            throw new InputException(MESSAGES.get("check.file.missing", pdf));
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PdfChecks checks = PdfChecks.of(new PdfGlyphReader().read(doc));
            if (checks.pages().isEmpty()) {
                throw new InputException(MESSAGES.get("check.file.unreadable", pdf, "0 trang"));
            }
            List<RuleResult> results = new ArrayList<>(new PdfPageRules(checks).check());
            results.addAll(new PdfHeaderRules(checks).check());
            results.addAll(new PdfBodyRules(checks).check());
            return DecreeRule.inOrder(results);
        } catch (InvalidPasswordException e) {
            throw new InputException(MESSAGES.get("check.file.encrypted", pdf), e);
        } catch (IOException e) {
            throw new InputException(MESSAGES.get("check.file.unreadable", pdf, e.getMessage()), e);
        }
    }
}
