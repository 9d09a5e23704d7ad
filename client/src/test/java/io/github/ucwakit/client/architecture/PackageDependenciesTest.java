package io.github.ucwakit.client.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the client: no package cycles, no package below depends on the facade's package, and the
 * client sends HTTP through the JDK's {@code java.net.http} only.
 */
class PackageDependenciesTest {

    private static final String ROOT = "io.github.ucwakit.client";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(byPackage(ROOT)).should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageDependsOnTheFacade() {
        noClasses().that().resideInAPackage(ROOT + ".(**)")
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .because("the facade's package sits on top of the others")
                .check(classes);
    }

    @Test
    void wireAndErrorsDependOnNoTransport() {
        noClasses().that().resideInAnyPackage(ROOT + ".wire", ROOT + ".errors")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".http", ROOT + ".auth",
                        ROOT + ".discovery", ROOT + ".operations")
                .check(classes);
    }

    @Test
    void noOtherHttpClient() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.HttpURLConnection", "org.apache.http..",
                        "okhttp3..", "com.sun.net.httpserver..")
                .check(classes);
    }

    /** One slice per package: the root package itself and each package below it, however deep. */
    static SliceAssignment byPackage(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(root) || name.startsWith(root + ".")
                        ? SliceIdentifier.of(name)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of " + root;
            }
        };
    }
}
