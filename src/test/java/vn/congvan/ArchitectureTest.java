package vn.congvan;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the arrows of docs/architecture.md pointing the right way. */
@AnalyzeClasses(packages = "vn.congvan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .optionalLayer("model").definedBy("vn.congvan.model..")
            .optionalLayer("text").definedBy("vn.congvan.text..")
            .optionalLayer("ingest").definedBy("vn.congvan.ingest..")
            .optionalLayer("directory").definedBy("vn.congvan.directory..")
            .optionalLayer("tracking").definedBy("vn.congvan.tracking..")
            .optionalLayer("mail").definedBy("vn.congvan.mail..")
            .optionalLayer("render").definedBy("vn.congvan.render..")
            .optionalLayer("sign").definedBy("vn.congvan.sign..")
            .optionalLayer("app").definedBy("vn.congvan.app..")
            .optionalLayer("cli").definedBy("vn.congvan.cli..")
            .optionalLayer("ui").definedBy("vn.congvan.ui..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("sign").mayOnlyBeAccessedByLayers("app")
            .whereLayer("render").mayOnlyBeAccessedByLayers("app")
            .whereLayer("mail").mayOnlyBeAccessedByLayers("app")
            .whereLayer("tracking").mayOnlyBeAccessedByLayers("app")
            .whereLayer("directory").mayOnlyBeAccessedByLayers("app")
            // render's format checker reads PDF text with ingest's glyph reader, so that both see the same text;
            // mail opens attachments from outside with ingest's guard and limits (UnpackGuard, InputLimits).
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("render", "mail", "app")
            .whereLayer("text").mayOnlyBeAccessedByLayers("ingest", "directory", "tracking", "mail", "render", "sign", "app", "cli", "ui");

    /** Of ingest, render uses the PDF glyph reader only: no other reader, nor the analyzer. */
    private static final Set<String> PDF_GLYPH_READING = Set.of("PdfGlyphReader", "PdfGlyphPage", "PdfGlyph", "PdfFont", "PdfTextLine");

    @ArchTest
    static final ArchRule renderUsesOnlyThePdfGlyphReaderOfIngest = noClasses().that().resideInAPackage("vn.congvan.render..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("ingest classes other than the PDF glyph reader") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith("vn.congvan.ingest") && !PDF_GLYPH_READING.contains(c.getSimpleName());
                }
            });

    @ArchTest
    static final ArchRule modelUsesJdkOnly = noClasses().that().resideInAPackage("vn.congvan.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("vn.congvan.model..", "java..");

    /** The shells (architecture.md, decisions.md item 9): app and model, and text for display; nothing else of ours. */
    @ArchTest
    static final ArchRule shellsUseAppAndModelOnly = noClasses().that().resideInAnyPackage("vn.congvan.cli..", "vn.congvan.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.congvan.ingest..", "vn.congvan.directory..",
                    "vn.congvan.tracking..", "vn.congvan.mail..", "vn.congvan.render..", "vn.congvan.sign..");

    /** Swing is not our toolkit; the window is SWT/JFace. */
    @ArchTest
    static final ArchRule noSwing = noClasses().that().resideInAPackage("vn.congvan..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..");

    /** Only the command line writes to the console; everything else returns results (and logs through SLF4J). */
    @ArchTest
    static final ArchRule consoleOnlyInTheCommandLine = noClasses().that().resideOutsideOfPackage("vn.congvan.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule trackingKnowsNoFormats = noClasses().that().resideInAPackage("vn.congvan.tracking..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.docx4j..", "org.apache.poi..", "jakarta.mail..");
}
