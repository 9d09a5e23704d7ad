package io.github.ucwakit.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RuntimeClassPathTest {

    @Test
    void holdsTheRuntimeAndItsCompileDependenciesOnly() throws Exception {
        List<String> entries = Arrays.asList(RuntimeClassPath.load().split(File.pathSeparator));

        assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("runtime"));
        assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("jackson-core"));
        assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("jakarta.xml.bind-api"));
        assertThat(entries).map(entry -> Path.of(entry).getFileName().toString())
                .noneMatch(name -> name.startsWith("jmh-") || name.startsWith("ucwakit-generator")
                        || name.startsWith("jaxb-runtime"));
    }

    /** The list in the benchmarks' pom is written by hand: a dependency the runtime gains must be added to it. */
    @Test
    void holdsEveryCompileDependencyTheRuntimeDeclares() throws Exception {
        Path runtimePom = Path.of("..", "runtime", "pom.xml");
        assertThat(runtimePom).as("the runtime's pom, read from the benchmarks module folder").isRegularFile();
        List<String> names = Arrays.stream(RuntimeClassPath.load().split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString())
                .toList();

        List<String> declared = compileDependencies(runtimePom);

        assertThat(declared).contains("jackson-core");
        assertThat(declared).allSatisfy(artifactId ->
                assertThat(names).as("class path entries for %s", artifactId)
                        .anyMatch(name -> name.startsWith(artifactId + "-")));
    }

    private static List<String> compileDependencies(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        NodeList dependencies = project.getElementsByTagName("dependency");
        List<String> compile = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (!dependency.getParentNode().getParentNode().isSameNode(project)) {
                continue; // dependencyManagement or a profile
            }
            String scope = text(dependency, "scope");
            if ((scope.isEmpty() || scope.equals("compile")) && !text(dependency, "optional").equals("true")) {
                compile.add(text(dependency, "artifactId"));
            }
        }
        return compile;
    }

    private static String text(Element element, String child) {
        NodeList nodes = element.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
