package vn.congvan.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * Checks a DOCX against the presentation rules of Decree 30 (decree30-format.md), one
 * {@link RuleResult} per {@link DecreeRule}, with what was found in Vietnamese for the clerk. Formats
 * are the effective ones: a run's own properties, else its paragraph style and the styles it is based
 * on, else the document defaults. Elements are found by their text (quốc hiệu, "Số:", "Nơi nhận:" …),
 * so the checker judges any Word file, not only ours.
 */
public final class DocxFormatChecker {
    private static final Messages MESSAGES = Messages.of(DocxFormatChecker.class);

    /**
     * Builds docx4j's JAXB context, once per program: about a second of processor time that belongs to
     * no file, so that a caller can spend it before a reading's time limit starts (our writer no longer
     * uses docx4j, so nothing has built it before the first check).
     */
    public static void startLibrary() {
        Objects.requireNonNull(Context.jc, "docx4j's JAXB context");
    }

    /**
     * One result per {@link DecreeRule}, in its order.
     *
     * @throws InputException when {@code docx} cannot be read as a Word document
     */
    public List<RuleResult> check(Path docx) {
        WordprocessingMLPackage pkg = load(docx);
        MainDocumentPart main = pkg.getMainDocumentPart();
        RunFormatResolver formats = new RunFormatResolver(main.getPropertyResolver(), main.getThemePart());
        DocxChecks checks = new DocxChecks(DocxParagraphs.of(main.getContent(), formats),
                pkg.getDocumentModel().getSections(), formats);
        List<RuleResult> results = new ArrayList<>(new DocxPageRules(checks).check());
        results.addAll(new DocxHeaderRules(checks).check());
        results.addAll(new DocxBodyRules(checks).check());
        return DecreeRule.inOrder(results);
    }

    private static WordprocessingMLPackage load(Path docx) {
        if (!Files.isRegularFile(docx)) {
            throw new InputException(MESSAGES.get("docx.check.notFound", docx));
        }
        try {
            return WordprocessingMLPackage.load(docx.toFile());
        } catch (Docx4JException | RuntimeException e) {
            throw new InputException(MESSAGES.get("docx.check.unreadable", docx), e);
        }
    }
}
