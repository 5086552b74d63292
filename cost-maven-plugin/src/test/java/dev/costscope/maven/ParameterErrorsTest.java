package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad parameter value is a {@link MojoExecutionException} in the words of the pom: the
 * parameter, its user property and what is allowed; never an exception of costscope's own.
 */
@MojoTest
class ParameterErrorsTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    @TempDir
    Path project;

    private void failsWith(AbstractCostMojo mojo, String field, Object value, String message) throws Exception {
        MojoSetup.inProject(mojo, project, new RecordingLog());
        MojoExtension.setVariableValueToObject(mojo, field, value);
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class).hasMessage(message);
    }

    /** The JDK words the reason itself, so only the parameter, the value and the advice are fixed here. */
    private void failsOnGlob(AbstractCostMojo mojo, String parameter, String glob) throws Exception {
        MojoSetup.inProject(mojo, project, new RecordingLog());
        MojoExtension.setVariableValueToObject(mojo, parameter, List.of(glob));
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("costscope: <" + parameter + "> (cost." + parameter + ") has '" + glob
                        + "', which is not a glob pattern (")
                .hasMessageContaining(" at character ")
                .hasMessageEndingWith("); use * for any name, ** for any folders, ? for one character, [abc] or [a-z]"
                        + " for one of a set, {a,b} for either, such as **/*.java");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnclosedBracketInIncludes(CheckMojo mojo) throws Exception {
        failsOnGlob(mojo, "includes", "[");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnclosedGroupInExcludes(CheckMojo mojo) throws Exception {
        failsOnGlob(mojo, "excludes", "{a,");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aReversedRangeInTextIncludes(CheckMojo mojo) throws Exception {
        failsOnGlob(mojo, "textIncludes", "[z-a]");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aNestedGroupInTextExcludes(CheckMojo mojo) throws Exception {
        failsOnGlob(mojo, "textExcludes", "{a,{b}}");
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void aDoubledCommaInFormats(ReportMojo mojo) throws Exception {
        failsWith(mojo, "formats", Arrays.asList("json", null, "html"), "costscope: <formats> (cost.formats) has an"
                + " empty entry (a doubled or trailing comma?); write entries separated by single commas, such as json,html");
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void aBlankEntryInFormats(ReportMojo mojo) throws Exception {
        failsWith(mojo, "formats", List.of("json", " "), "costscope: <formats> (cost.formats) has an"
                + " empty entry (a doubled or trailing comma?); write entries separated by single commas, such as json,html");
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void noFormatAtAll(ReportMojo mojo) throws Exception {
        failsWith(mojo, "formats", List.of(), "costscope: <formats> (cost.formats) is empty; use a comma-separated list"
                + " of json, markdown, html, sarif, cyclonedx, spdx, huggingface, or all");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aTrailingCommaInAnyListParameter(CheckMojo mojo) throws Exception {
        failsWith(mojo, "scopePhrases", Arrays.asList("all in", null), "costscope: <scopePhrases>"
                + " (cost.scopePhrases) has an empty entry (a doubled or trailing comma?); write entries separated by"
                + " single commas, such as \"for the final run\",\"all in\"");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anEmptyEntryInIncludes(CheckMojo mojo) throws Exception {
        failsWith(mojo, "includes", Arrays.asList("**/*.java", null), "costscope: <includes> (cost.includes) has an"
                + " empty entry (a doubled or trailing comma?); write entries separated by single commas, such as"
                + " **/*.java,**/generated/**");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anEmptyEntryInClaimMarkers(CheckMojo mojo) throws Exception {
        failsWith(mojo, "claimMarkers", Arrays.asList("", "@TrainingCost"), "costscope: <claimMarkers>"
                + " (cost.claimMarkers) has an empty entry (a doubled or trailing comma?); write entries separated by"
                + " single commas, such as @TrainingCost,see the report");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aToleranceOutOfRange(CheckMojo mojo) throws Exception {
        failsWith(mojo, "tolerance", "1e999999999", "costscope: <tolerance> (cost.tolerance) '1e999999999' is out of"
                + " range; use a ratio from 0% to 100%");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aToleranceWhoseExponentNoNumberHolds(CheckMojo mojo) throws Exception {
        failsWith(mojo, "tolerance", "1e99999999999", "costscope: <tolerance> (cost.tolerance): '1e99999999999' is"
                + " not a ratio such as 5% or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aMaxUtilizationAboveAHundredPercent(CheckMojo mojo) throws Exception {
        failsWith(mojo, "maxUtilization", "250%", "costscope: <maxUtilization> (cost.maxUtilization) '250%' is out"
                + " of range; use a ratio from 0% to 100%");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aNegativeMinUtilization(CheckMojo mojo) throws Exception {
        failsWith(mojo, "minUtilization", "-5%", "costscope: <minUtilization> (cost.minUtilization): '-5%' is"
                + " negative");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anEmptyTolerance(CheckMojo mojo) throws Exception {
        failsWith(mojo, "tolerance", "", "costscope: <tolerance> (cost.tolerance) is empty; write a ratio such as 5%"
                + " or 0.05");
    }
}
