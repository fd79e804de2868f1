package uk.fostering.safeguarding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of README's "Code" section, proven by the build (part of {@code ./mvnw test}). */
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

    /**
     * H2 is on the compile classpath for H2's side of two database rules, each a Java trigger class: the audit
     * trail's append-only rule and the dashboard's kept counts of open escalations. Nothing else may use H2's API, so
     * that PostgreSQL stays a drop-in.
     */
    @ArchTest
    static final ArchRule onlyTheTriggersUseH2 = noClasses()
            .that().doNotHaveFullyQualifiedName("uk.fostering.safeguarding.audit.AppendOnlyTrigger")
            .and().doNotHaveFullyQualifiedName("uk.fostering.safeguarding.escalation.OpenEscalationCountTrigger")
            .should().dependOnClassesThat().resideInAPackage("org.h2..");

    /** Features form no cycle: each can be understood and changed from its own package down. */
    @ArchTest
    static final ArchRule featuresFormNoCycle = slices()
            .matching("uk.fostering.safeguarding.(*)..").should().beFreeOfCycles();

    /**
     * Who may use whom, bottom up (README "Code"): the leaves use no feature; the chronology and the engine's shared
     * names sit on the leaves; the email step and the sign-in rules on those; then the concern, the missing episode
     * (part of a concern), the escalations; the concern record's read side above the concern and missing features;
     * the demo's mail server and inbox on the email catalogue, the audit trail and the engine's names.
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
            .layer("allegation").definedBy("..safeguarding.allegation..")
            .layer("notifiable").definedBy("..safeguarding.notifiable..")
            .layer("concernrecord").definedBy("..safeguarding.concernrecord..")
            .layer("carer").definedBy("..safeguarding.carer..")
            .layer("reallocation").definedBy("..safeguarding.reallocation..")
            .layer("registryadmin").definedBy("..safeguarding.registryadmin..")
            .layer("demo").definedBy("..safeguarding.demo..")
            .layer("home").definedBy("..safeguarding.home..")
            .whereLayer("home").mayNotBeAccessedByAnyLayer()
            .whereLayer("demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("carer").mayNotBeAccessedByAnyLayer()
            .whereLayer("registryadmin").mayNotBeAccessedByAnyLayer()
            .whereLayer("reallocation").mayOnlyBeAccessedByLayers("registryadmin", "allegation")
            .whereLayer("concernrecord").mayNotBeAccessedByAnyLayer()
            .whereLayer("notifiable").mayNotBeAccessedByAnyLayer()
            .whereLayer("escalation").mayNotBeAccessedByAnyLayer()
            .whereLayer("allegation").mayOnlyBeAccessedByLayers("notifiable")
            .whereLayer("missing").mayOnlyBeAccessedByLayers("escalation", "notifiable", "concernrecord", "carer")
            .whereLayer("concern").mayOnlyBeAccessedByLayers("missing", "allegation", "notifiable", "concernrecord", "carer")
            .whereLayer("web").mayOnlyBeAccessedByLayers("concern", "missing", "escalation", "allegation", "notifiable",
                    "concernrecord", "carer", "registryadmin")
            .whereLayer("security").mayOnlyBeAccessedByLayers("concern", "missing", "escalation", "allegation", "home",
                    "registryadmin", "reallocation")
            .whereLayer("notification").mayOnlyBeAccessedByLayers("security", "concern", "missing", "escalation",
                    "concernrecord", "demo", "registryadmin", "reallocation")
            .whereLayer("process").mayOnlyBeAccessedByLayers("notification", "security", "concern", "missing",
                    "escalation", "allegation", "notifiable", "concernrecord", "carer", "demo", "registryadmin",
                    "reallocation")
            .whereLayer("chronology").mayOnlyBeAccessedByLayers("notification", "concern", "missing", "escalation",
                    "allegation", "notifiable", "concernrecord", "reallocation")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("chronology", "security", "concern", "missing",
                    "escalation", "allegation", "notifiable", "concernrecord", "demo", "registryadmin", "reallocation")
            .whereLayer("calendar").mayOnlyBeAccessedByLayers("notification", "concern", "missing", "escalation")
            .whereLayer("shared").mayOnlyBeAccessedByLayers("chronology", "process", "notification", "security", "web",
                    "concern", "missing", "escalation", "allegation", "notifiable", "concernrecord", "carer",
                    "registryadmin", "reallocation")
            .whereLayer("registry").mayOnlyBeAccessedByLayers("process", "notification", "security", "concern",
                    "missing", "escalation", "allegation", "notifiable", "concernrecord", "carer", "demo", "home",
                    "registryadmin", "reallocation");
}
