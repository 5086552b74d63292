package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The m2e metadata in the plugin jar: Eclipse runs check incrementally, and every goal has a mapping. */
class LifecycleMappingMetadataTest {

    private static Document read(String resource) throws Exception {
        try (InputStream in = LifecycleMappingMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void checkRunsOnIncrementalBuildsAndEveryGoalIsMapped() throws Exception {
        Document mapping = read("META-INF/m2e/lifecycle-mapping-metadata.xml");
        Map<String, String> actions = new HashMap<>();
        NodeList executions = mapping.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element action = (Element) execution.getElementsByTagName("action").item(0);
            String what = action.getElementsByTagName("ignore").getLength() > 0 ? "ignore"
                    : "execute incremental=" + texts(action, "runOnIncremental");
            texts(execution, "goal").forEach(goal -> actions.put(goal, what));
            assertThat(texts(execution, "groupId")).as("embedded metadata names no plugin").isEmpty();
        }
        assertThat(actions).containsEntry("check", "execute incremental=[true]")
                .containsEntry("report", "execute incremental=[false]")
                .containsEntry("baseline", "ignore");

        Document plugin = read("META-INF/maven/plugin.xml");
        List<String> goals = new ArrayList<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            String goal = texts((Element) mojos.item(i), "goal").get(0);
            if (!goal.equals("help")) {
                goals.add(goal);
            }
        }
        assertThat(goals).isNotEmpty();
        assertThat(actions.keySet()).containsAll(goals);
    }
}
