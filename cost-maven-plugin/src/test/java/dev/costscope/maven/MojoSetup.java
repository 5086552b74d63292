package dev.costscope.maven;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/** Gives a harness-injected goal a real project in a directory, a session started there, and a recording log. */
final class MojoSetup {

    private MojoSetup() {
    }

    static <M extends AbstractCostMojo> M inProject(M mojo, Path project, RecordingLog log) throws IllegalAccessException {
        Model model = new Model();
        model.setBuild(new Build());
        MavenProject maven = new MavenProject(model);
        maven.setFile(project.resolve("pom.xml").toFile());
        maven.addCompileSourceRoot(project.resolve("src/main/java").toString());
        maven.addTestCompileSourceRoot(project.resolve("src/test/java").toString());
        MavenSession session = mock(MavenSession.class);
        lenient().when(session.getExecutionRootDirectory()).thenReturn(project.toString());
        MojoExtension.setVariableValueToObject(mojo, "project", maven);
        MojoExtension.setVariableValueToObject(mojo, "session", session);
        mojo.setLog(log);
        return mojo;
    }
}
