package uk.fostering.safeguarding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The package rules of README's "Code" section, proven by the build. Where the code does not yet keep a rule
 * (two package cycles: issue 13), the violations of today are frozen in
 * {@code src/test/resources/archunit-store}: the build fails on any new one, and a fixed one leaves the store.
 */
@AnalyzeClasses(packages = "uk.fostering.safeguarding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Camunda is the engine seam's business: only process packages (and the engine configuration in them) import it. */
    @ArchTest
    static final ArchRule onlyProcessPackagesTouchTheEngine = noClasses()
            .that().resideOutsideOfPackages("..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    /**
     * No engine internals outside the seam: they change without notice. The engine's configuration (its plugin
     * API is in {@code impl.cfg}) is made in {@code security.process}.
     */
    @ArchTest
    static final ArchRule noEngineInternalsOutsideProcessPackages = noClasses()
            .that().resideOutsideOfPackages("..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..");

    /** Features form no cycle: each can be understood and changed from its own package down. */
    @ArchTest
    static final ArchRule featuresFormNoCycle = FreezingArchRule.freeze(slices()
            .matching("uk.fostering.safeguarding.(*)..").should().beFreeOfCycles());

    /** The leaves stay leaves: the audit trail and the registry use no feature. */
    @ArchTest
    static final ArchRule leavesStayLeaves = noClasses()
            .that().resideInAnyPackage("..safeguarding.audit..", "..safeguarding.registry..")
            .should().dependOnClassesThat().resideInAnyPackage("..safeguarding.concern..", "..safeguarding.missing..",
                    "..safeguarding.escalation..", "..safeguarding.notification..", "..safeguarding.security..",
                    "..safeguarding.web..", "..safeguarding.home..");
}
