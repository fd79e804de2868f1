package uk.fostering.safeguarding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The package rules of README's "Code" section, proven by the build. Where the code does not yet keep a rule
 * (the engine seam in a few start-up classes), the violations of today are frozen in
 * {@code src/test/resources/archunit-store}: the build fails on any new one, and a fixed one leaves the store.
 */
@AnalyzeClasses(packages = "uk.fostering.safeguarding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Camunda is the engine seam's business: only process packages (and the engine configuration in them) import it. */
    @ArchTest
    static final ArchRule onlyProcessPackagesTouchTheEngine = FreezingArchRule.freeze(noClasses()
            .that().resideOutsideOfPackages("..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.."));

    /** No engine internals anywhere outside the seam's own configuration: they change without notice. */
    @ArchTest
    static final ArchRule noEngineInternalsOutsideProcessPackages = FreezingArchRule.freeze(noClasses()
            .that().resideOutsideOfPackages("..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl.."));

    /** Features form no cycle: each can be understood and changed from its own package down. */
    @ArchTest
    static final ArchRule featuresFormNoCycle = slices()
            .matching("uk.fostering.safeguarding.(*)..").should().beFreeOfCycles();

    /**
     * Who may use whom, bottom up (README "Code"): the leaves use no feature; the chronology and the engine's shared
     * names sit on the leaves; the email step and the sign-in rules on those; then the concern, the missing episode
     * (part of a concern), the escalations; the concern record's read side above the concern and missing features.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("audit").definedBy("..safeguarding.audit..")
            .layer("registry").definedBy("..safeguarding.registry..")
            .layer("calendar").definedBy("..safeguarding.calendar..")
            .layer("shared").definedBy("..safeguarding.shared..")
            .layer("chronology").definedBy("..safeguarding.chronology..")
            .layer("process").definedBy("uk.fostering.safeguarding.process..")
            .layer("notification").definedBy("..safeguarding.notification..")
            .layer("security").definedBy("..safeguarding.security..")
            .layer("web").definedBy("..safeguarding.web..")
            .layer("concern").definedBy("..safeguarding.concern..")
            .layer("missing").definedBy("..safeguarding.missing..")
            .layer("escalation").definedBy("..safeguarding.escalation..")
            .layer("concernrecord").definedBy("..safeguarding.concernrecord..")
            .layer("home").definedBy("..safeguarding.home..")
            .whereLayer("home").mayNotBeAccessedByAnyLayer()
            .whereLayer("concernrecord").mayNotBeAccessedByAnyLayer()
            .whereLayer("escalation").mayNotBeAccessedByAnyLayer()
            .whereLayer("missing").mayOnlyBeAccessedByLayers("escalation", "concernrecord")
            .whereLayer("concern").mayOnlyBeAccessedByLayers("missing", "concernrecord")
            .whereLayer("web").mayOnlyBeAccessedByLayers("concern", "missing", "escalation", "concernrecord")
            .whereLayer("security").mayOnlyBeAccessedByLayers("concern", "missing", "escalation", "home")
            .whereLayer("notification").mayOnlyBeAccessedByLayers("security", "concern", "missing", "escalation",
                    "concernrecord")
            .whereLayer("process").mayOnlyBeAccessedByLayers("notification", "security", "concern", "missing",
                    "escalation", "concernrecord")
            .whereLayer("chronology").mayOnlyBeAccessedByLayers("notification", "concern", "missing", "escalation",
                    "concernrecord")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("chronology", "security", "concern", "missing",
                    "escalation", "concernrecord")
            .whereLayer("calendar").mayOnlyBeAccessedByLayers("notification", "concern", "missing", "escalation")
            .whereLayer("shared").mayOnlyBeAccessedByLayers("chronology", "process", "notification", "security", "web",
                    "concern", "missing", "escalation", "concernrecord")
            .whereLayer("registry").mayOnlyBeAccessedByLayers("process", "notification", "security", "concern",
                    "missing", "escalation", "concernrecord", "home");
}
