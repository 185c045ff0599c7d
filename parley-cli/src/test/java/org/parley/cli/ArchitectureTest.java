package org.parley.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps Parley's dependencies pointing inward: adapters → parley-core → parley-model. Runs here
 * because parley-cli's test class path holds every module's main classes (all but parley-bench,
 * which nothing depends on). Each module is the package it owns, {@code org.parley.<module>..}.
 *
 * <p>What a module may use is what its pom gives it today, transitive dependencies included (Maven
 * compiles against those too); test-scoped dependencies do not count, since only main classes are
 * analysed. Changing a pom's Parley dependencies means changing {@link #MODULES_USE_ONLY_WHAT_THEIR_POMS_GIVE}.
 */
@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The records and sealed types: {@code java.base} only. */
    @ArchTest
    static final ArchRule MODEL_USES_THE_JDK_ONLY = classes().that().resideInAPackage("org.parley.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.parley.model..", "java..")
            .because("parley-model depends on nothing of Parley's and on no library");

    /** The engine-free stages: the model and the JDK (its pom declares no library). */
    @ArchTest
    static final ArchRule CORE_USES_THE_MODEL_AND_THE_JDK_ONLY = classes().that().resideInAPackage("org.parley.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.parley.core..", "org.parley.model..", "java..")
            .because("parley-core depends only on parley-model, never on an adapter or a framework");

    /**
     * CoreNLP's types stay in the NLP adapter. No exception today: parley-eval measures CoreNLP
     * through parley-nlp's annotator, not by calling CoreNLP itself.
     */
    @ArchTest
    static final ArchRule CORENLP_STAYS_IN_THE_NLP_ADAPTER = noClasses().that().resideOutsideOfPackage("org.parley.nlp..")
            .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
            .because("CoreNLP's types stay inside parley-nlp");

    /** The modules as their poms relate them (parley-server's test-only use of parley-eval aside). */
    @ArchTest
    static final ArchRule MODULES_USE_ONLY_WHAT_THEIR_POMS_GIVE = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("model").definedBy("org.parley.model..")
            .layer("core").definedBy("org.parley.core..")
            .layer("ingest").definedBy("org.parley.ingest..")
            .layer("nlp").definedBy("org.parley.nlp..")
            .layer("store").definedBy("org.parley.store..")
            .layer("search").definedBy("org.parley.search..")
            .layer("engine").definedBy("org.parley.engine..")
            .layer("eval").definedBy("org.parley.eval..")
            .layer("server").definedBy("org.parley.server..")
            .layer("spark").definedBy("org.parley.spark..")
            .layer("cli").definedBy("org.parley.cli..")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("core").mayOnlyAccessLayers("model")
            .whereLayer("ingest").mayOnlyAccessLayers("core", "model")
            .whereLayer("nlp").mayOnlyAccessLayers("core", "model")
            .whereLayer("store").mayOnlyAccessLayers("core", "model")
            // parley-search is Lucene behind its own small API: it depends on no other module.
            .whereLayer("search").mayNotAccessAnyLayer()
            // parley-engine is the composition root of the per-article pipeline.
            .whereLayer("engine").mayOnlyAccessLayers("core", "model", "ingest", "nlp", "store")
            .whereLayer("eval").mayOnlyAccessLayers("engine", "core", "model", "ingest", "nlp", "store")
            .whereLayer("server").mayOnlyAccessLayers("engine", "search", "core", "model", "ingest", "nlp", "store")
            .whereLayer("spark").mayOnlyAccessLayers("engine", "core", "model", "ingest", "nlp", "store")
            .whereLayer("cli").mayOnlyAccessLayers("engine", "eval", "server", "spark", "search", "core", "model",
                    "ingest", "nlp", "store")
            .because("adapters depend on each other only as their poms declare");
}
