package press;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of DESIGN.md: http, cli → pipeline → template, markup, render.*, archive → model. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("press");

    @Test
    void theModelImportsNothingButJava() {
        classes().that().resideInAPackage("press.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("press.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void renderersNeverReachTheTemplateMarkupPipelineOrFrontLayers() {
        noClasses().that().resideInAPackage("press.render..")
                .should().dependOnClassesThat().resideInAnyPackage("press.template..", "press.markup..",
                        "press.pipeline..", "press.http..", "press.cli..", "press.archive..")
                .check(CLASSES);
    }

    @Test
    void theMarkupReaderKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("press.markup..")
                .should().dependOnClassesThat().resideInAnyPackage("press.template..", "press.render..",
                        "press.pipeline..", "press.http..", "press.cli..", "press.archive..")
                .check(CLASSES);
    }

    @Test
    void templatesKnowNothingOfRenderingOrTheFrontLayers() {
        noClasses().that().resideInAPackage("press.template..")
                .should().dependOnClassesThat().resideInAnyPackage("press.render..", "press.markup..",
                        "press.pipeline..", "press.http..", "press.cli..", "press.archive..")
                .check(CLASSES);
    }

    @Test
    void thePipelineNeverReachesTheFrontLayers() {
        noClasses().that().resideInAPackage("press.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("press.http..", "press.cli..")
                .check(CLASSES);
    }

    @Test
    void noRendererDependsOnAnotherFormat() {
        noClasses().that().resideInAPackage("press.render.pdf..")
                .should().dependOnClassesThat().resideInAPackage("press.render.docx..")
                .check(CLASSES);
    }
}
