package vn.congvan;

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
            .whereLayer("sign").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("render").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("mail").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("tracking").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("directory").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            // mail opens attachments from outside with ingest's guard and limits (UnpackGuard, InputLimits)
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("mail", "app", "cli", "ui")
            .whereLayer("text").mayOnlyBeAccessedByLayers("ingest", "directory", "tracking", "mail", "render", "app", "cli", "ui");

    @ArchTest
    static final ArchRule modelUsesJdkOnly = noClasses().that().resideInAPackage("vn.congvan.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("vn.congvan.model..", "java..");

    @ArchTest
    static final ArchRule trackingKnowsNoFormats = noClasses().that().resideInAPackage("vn.congvan.tracking..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.docx4j..", "org.apache.poi..", "jakarta.mail..");
}
