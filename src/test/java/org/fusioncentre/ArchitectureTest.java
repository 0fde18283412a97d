package org.fusioncentre;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Rules the module checks cannot express. */
class ArchitectureTest {
    /**
     * Packages holding algorithms and parsers: plain Java so the CLI, benchmarks and scale-out
     * workers can run them without a container. New algorithm packages are added here.
     */
    static final String[] ALGORITHM_PACKAGES = {
        "org.fusioncentre.intake.reader..",
        "org.fusioncentre.geo.gazetteer..",
        "org.fusioncentre.extraction",
        "org.fusioncentre.extraction.text..",
        "org.fusioncentre.extraction.structured..",
        "org.fusioncentre.fusion.scoring..",
        "org.fusioncentre.assessment.model..",
        "org.fusioncentre.access.audit..",
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fusioncentre");

    @Test
    void algorithmPackagesImportNoSpring() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(ALGORITHM_PACKAGES)
                .and()
                .doNotHaveSimpleName("package-info") // a module's package-info names it with Modulith's annotation
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
                .allowEmptyShould(true)
                .because("algorithms are plain Java, wrapped by Spring beans elsewhere (STYLE: Layout)");
        rule.check(classes);
    }

    @Test
    void algorithmPackagesExist() {
        // Guards the rule above against silently checking nothing after a package rename.
        org.assertj.core.api.Assertions.assertThat(classes.stream()
                        .filter(c -> c.getPackageName().startsWith("org.fusioncentre.intake.reader"))
                        .count())
                .isGreaterThan(5);
    }

    @Test
    void noFieldInjection() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .should()
                .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .because("constructor injection into final fields (STYLE: Code)");
        rule.check(classes);
    }
}
