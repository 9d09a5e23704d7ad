package io.github.ucwakit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the plugin descriptor written by the build and the m2e metadata against each other: every goal is
 * thread-safe, every parameter a user may set can be set from the command line, and IDE builds know what to do
 * with every goal.
 */
class PluginMetadataTest {

    private static Document read(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = PluginMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent().strip();
    }

    private static Map<String, Element> mojos() throws Exception {
        Map<String, Element> mojos = new LinkedHashMap<>();
        Element root = read("META-INF/maven/plugin.xml").getDocumentElement();
        for (Element mojo : children(children(root, "mojos").get(0), "mojo")) {
            mojos.put(text(mojo, "goal"), mojo);
        }
        return mojos;
    }

    /** Goal to m2e action ({@code execute} with its runOnIncremental, or {@code ignore}). */
    private static Map<String, String> m2eActions() throws Exception {
        Map<String, String> actions = new LinkedHashMap<>();
        Element root = read("META-INF/m2e/lifecycle-mapping-metadata.xml").getDocumentElement();
        for (Element execution : children(children(root, "pluginExecutions").get(0), "pluginExecution")) {
            Element filter = children(execution, "pluginExecutionFilter").get(0);
            Element action = children(execution, "action").get(0);
            String mapped = children(action, "ignore").isEmpty()
                    ? "execute runOnIncremental=" + text(children(action, "execute").get(0), "runOnIncremental")
                    : "ignore";
            for (Element goal : children(children(filter, "goals").get(0), "goal")) {
                actions.put(goal.getTextContent().strip(), mapped);
            }
        }
        return actions;
    }

    @Test
    void theGoalsAreThoseOfTheToolkitAndEveryOneIsThreadSafe() throws Exception {
        Map<String, Element> mojos = mojos();
        assertThat(mojos.keySet()).contains("generate", "validate", "help");
        mojos.forEach((goal, mojo) -> assertThat(text(mojo, "threadSafe")).as(goal).isEqualTo("true"));
    }

    @Test
    void everyParameterAUserMaySetHasACommandLineProperty() throws Exception {
        mojos().forEach((goal, mojo) -> {
            Element configuration = children(mojo, "configuration").get(0);
            for (Element parameter : children(children(mojo, "parameters").get(0), "parameter")) {
                String name = text(parameter, "name");
                if (!text(parameter, "editable").equals("true")) {
                    continue;
                }
                String expression = children(configuration, name).get(0).getTextContent().strip();
                String expected = goal.equals("help") ? "${" : "${ucwakit.";
                assertThat(expression).as(goal + " " + name).startsWith(expected).endsWith("}");
            }
        });
    }

    @Test
    void ideBuildsRunGenerateIncrementallyAndLeaveTheOtherGoalsToTheCommandLine() throws Exception {
        Map<String, String> actions = m2eActions();
        assertThat(actions).containsEntry("generate", "execute runOnIncremental=true");
        mojos().keySet().stream().filter(goal -> !goal.equals("help") && !goal.equals("generate"))
                .forEach(goal -> assertThat(actions).as(goal).containsEntry(goal, "ignore"));
    }
}
