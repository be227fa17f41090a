package vn.dannguyen;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The feature packages depend on each other one way (the order is drawn in the README), and no feature
 * reaches into another feature's {@code web} package: a view bean is the edge of its own feature. The
 * shared kernel ({@code shared}, with its {@code shared.web}) is open to all and depends on none.
 */
class ArchitectureTest {

    static final String ROOT = "vn.dannguyen";

    /** Features from the bottom up; a feature may use only those before it. */
    static final List<String> ORDER = List.of("shared", "reference", "people", "deadline", "attachment", "meeting",
            "petition", "task", "mediation", "audit", "report", "citizen", "home", "demo");

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static ArchRule noCycles() {
        return SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule noForeignWebImports() {
        return ArchRuleDefinition.classes().should(new ArchCondition<JavaClass>("use no other feature's web package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item.getPackageName());
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String targetFeature = feature(target);
                    if (targetFeature != null && !targetFeature.equals(own) && !"shared".equals(targetFeature)
                            && (target + ".").contains(".web.")) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        });
    }

    static ArchRule featuresInOrder() {
        return ArchRuleDefinition.classes().should(new ArchCondition<JavaClass>("use only features below their own " + ORDER) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                int own = ORDER.indexOf(feature(item.getPackageName()));
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String targetFeature = feature(dependency.getTargetClass().getPackageName());
                    int target = targetFeature == null ? -1 : ORDER.indexOf(targetFeature);
                    if (target > own) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        });
    }

    /** The first package name below {@link #ROOT}, or null for a class outside the application. */
    static String feature(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        noCycles().check(APPLICATION);
    }

    @Test
    void noFeatureImportsAnotherFeaturesWebPackage() {
        noForeignWebImports().check(APPLICATION);
    }

    @Test
    void featuresDependOnlyOnThoseBelowThem() {
        featuresInOrder().check(APPLICATION);
    }

    @Test
    void everyFeatureHasItsPlaceInTheOrder() {
        for (JavaClass type : APPLICATION) {
            String feature = feature(type.getPackageName());
            if (feature != null && !ORDER.contains(feature)) {
                throw new AssertionError(type.getName() + " is in a feature missing from ArchitectureTest.ORDER");
            }
        }
    }

    /** The guard itself: a cycle and a foreign web import made on purpose (in the test classes) are caught. */
    @Test
    void theGuardCatchesACycleAndAForeignWebImport() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.dannguyen.architecture");
        ArchRule cycles = SlicesRuleDefinition.slices().matching("vn.dannguyen.architecture.(*)..").should().beFreeOfCycles();
        assertThrows(AssertionError.class, () -> cycles.check(fixture));
        ArchRule web = ArchRuleDefinition.classes().should(new ArchCondition<JavaClass>("use no other fixture's web package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.endsWith(".web") && !target.startsWith(item.getPackageName().replaceAll("\\.web$", ""))) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        });
        assertThrows(AssertionError.class, () -> web.check(fixture));
    }
}
