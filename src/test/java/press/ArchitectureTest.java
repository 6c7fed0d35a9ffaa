package press;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import press.model.Document;
import press.model.Metadata;

/**
 * The package rules of README's "where things live": one direction, http and cli → pipeline →
 * the stages (catalogue, template, markup, render.*, archive) → fonts, model, failure.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("press");

    private static final String[] STAGES = {"press.template..", "press.markup..", "press.render..", "press.fonts.."};

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("press.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void aRenderOnTwoCoresKnowsOnlyTheFailureVocabulary() {
        classes().that().resideInAPackage("press.parallel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("press.parallel..", "press.failure..", "java..")
                .check(CLASSES);
    }

    @Test
    void theModelAndTheFailureVocabularyImportNothingButJava() {
        classes().that().resideInAnyPackage("press.model..", "press.failure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("press.model..", "press.failure..", "java..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("press.model..")
                .should().dependOnClassesThat().resideInAPackage("press.failure..")
                .check(CLASSES);
    }

    @Test
    void onlyThePipelineMeetsTheStages() {
        noClasses().that().resideInAnyPackage("press.http..", "press.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(STAGES)
                .check(CLASSES);
    }

    @Test
    void theStagesNeverReachThePipelineOrTheEdges() {
        noClasses().that().resideInAnyPackage(STAGES)
                .should().dependOnClassesThat().resideInAnyPackage("press.pipeline..", "press.http..", "press.cli..",
                        "press.archive..")
                .check(CLASSES);
    }

    @Test
    void thePdfAndDocxWritersNeverImportEachOther() {
        noClasses().that().resideInAPackage("press.render.pdf..")
                .should().dependOnClassesThat().resideInAPackage("press.render.docx..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("press.render.docx..")
                .should().dependOnClassesThat().resideInAPackage("press.render.pdf..")
                .check(CLASSES);
    }

    @Test
    void theOfdPainterImportsNoOtherWriterAndNoLibrary() {
        noClasses().that().resideInAPackage("press.render.ofd..")
                .should().dependOnClassesThat().resideInAnyPackage("press.render.pdf..", "press.render.docx..",
                        "com.lowagie..", "org.docx4j..", "org.apache..")
                .because("the OFD package is written by us from the pages, its XML through the JDK")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("press.render.pdf..", "press.render.docx..")
                .should().dependOnClassesThat().resideInAPackage("press.render.ofd..")
                .check(CLASSES);
    }

    @Test
    void theWritersDrawTheLayoutNotTheModel() {
        noClasses().that().resideInAnyPackage("press.render.pdf..", "press.render.docx..", "press.render.ofd..")
                .should().dependOnClassesThat(resideInAPackage("press.model..")
                        .and(not(belongToAnyOf(Document.class, Metadata.class))))
                .because("what a writer prints is decided once, in press.render.layout; a writer takes the document "
                        + "to lay it out and its metadata for the file's properties, nothing else of the model")
                .check(CLASSES);
    }

    @Test
    void theLayoutKnowsNoFileFormat() {
        noClasses().that().resideInAnyPackage("press.render.layout..", "press.render.style..")
                .should().dependOnClassesThat().resideInAnyPackage("press.render.pdf..", "press.render.docx..",
                        "press.render.ofd..", "com.lowagie..", "org.docx4j..")
                .check(CLASSES);
    }

    @Test
    void thePageStageKnowsNoFileFormatAndNoWriter() {
        noClasses().that().resideInAPackage("press.render.page..")
                .should().dependOnClassesThat().resideInAnyPackage("press.render.pdf..", "press.render.docx..",
                        "press.render.ofd..", "com.lowagie..", "org.docx4j..")
                .because("every page decision is made once, in press.render.page, for every painter")
                .check(CLASSES);
        noClasses().that().resideInAPackage("press.render.page..")
                .should().dependOnClassesThat(resideInAPackage("press.model..").and(not(belongToAnyOf(Metadata.class))))
                .because("the page stage sees the laid-out document, not the model; only its metadata travels with the pages")
                .check(CLASSES);
    }

    @Test
    void fontsKnowNeitherTextStylesNorPages() {
        noClasses().that().resideInAPackage("press.fonts..")
                .should().dependOnClassesThat().resideInAnyPackage("press.render..", "press.model..")
                .check(CLASSES);
    }

    @Test
    void imagesAreReadWithTheJdkAloneIntoTheModel() {
        classes().that().resideInAPackage("press.images..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("press.images..", "press.model..", "java..",
                        "javax.imageio..")
                .check(CLASSES);
    }

    @Test
    void theNumberModuleKnowsOnlyTheDataItChecks() {
        classes().that().resideInAPackage("press.figures..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("press.figures..", "java..", "tools.jackson..")
                .check(CLASSES);
    }

    @Test
    void theMarkupReaderKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("press.markup..")
                .should().dependOnClassesThat().resideInAnyPackage("press.template..", "press.render..",
                        "press.catalogue..", "press.fonts..")
                .check(CLASSES);
    }

    @Test
    void templatesKnowNothingOfRendering() {
        noClasses().that().resideInAPackage("press.template..")
                .should().dependOnClassesThat().resideInAnyPackage("press.render..", "press.markup..", "press.fonts..")
                .check(CLASSES);
    }
}
