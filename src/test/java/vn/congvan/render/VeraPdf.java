package vn.congvan.render;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (greenfield parser, from Maven Central) validating a file against PDF/A-2b, as an archive would. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** What veraPDF said: every rule checked, and the failed ones with their message. */
    public record Verdict(boolean compliant, int assertions, List<String> failedRules) {
    }

    /** Validates {@code pdf} against PDF/A-2b whatever the file claims to be. */
    public static Verdict pdfA2b(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            return new Verdict(result.isCompliant(), result.getTotalAssertions(), List.copyOf(failed));
        }
    }
}
