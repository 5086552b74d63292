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
    void aGroupSplitAtItsCommaInExcludesIsNamedAsSuch(CheckMojo mojo) throws Exception {
        // -Dcost.excludes={a, arrives split at its comma
        failsWith(mojo, "excludes", Arrays.asList("{a", ""), "costscope: <excludes> (cost.excludes) has '{a', a {...}"
                + " group that is not closed: Maven splits a list property at every comma, inside braces too, so '{a,'"
                + " arrived as '{a' and an empty entry; write each alternative as an entry of its own (a,b for {a,b}),"
                + " or write the pattern in the pom, where commas do not split it:"
                + " <excludes><exclude>**/{generated,target}/**</exclude></excludes>");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aWholeGroupSplitInTextIncludesIsShownWhole(CheckMojo mojo) throws Exception {
        // -Dcost.textIncludes=**/*.md,docs/{a,b}/*.txt
        failsWith(mojo, "textIncludes", List.of("**/*.md", "docs/{a", "b}/*.txt"), "costscope: <textIncludes>"
                + " (cost.textIncludes) has 'docs/{a', a {...} group that is not closed: Maven splits a list property"
                + " at every comma, inside braces too, so 'docs/{a,b}/*.txt' arrived as 'docs/{a' and 'b}/*.txt'; write"
                + " each alternative as an entry of its own (a,b for {a,b}), or write the pattern in the pom, where"
                + " commas do not split it: <textIncludes><textInclude>docs/{a,b}/*.txt</textInclude></textIncludes>");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aGroupSplitInThreeInIncludes(CheckMojo mojo) throws Exception {
        failsWith(mojo, "includes", List.of("{a", "b", "c}"), "costscope: <includes> (cost.includes) has '{a', a {...}"
                + " group that is not closed: Maven splits a list property at every comma, inside braces too, so"
                + " '{a,b,c}' arrived as '{a', 'b' and 'c}'; write each alternative as an entry of its own (a,b for"
                + " {a,b}), or write the pattern in the pom, where commas do not split it:"
                + " <includes><include>{a,b,c}</include></includes>");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anEscapedBraceIsNoGroup(CheckMojo mojo) throws Exception {
        failsWith(mojo, "textExcludes", Arrays.asList("a\\{b", null), "costscope: <textExcludes> (cost.textExcludes) has"
                + " an empty entry (a doubled or trailing comma?); write entries separated by single commas, such as"
                + " **/*.java,**/generated/**");
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
                + " not a ratio; use one from 0% to 100%, such as 5% or 0.05");
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
                + " negative; use a ratio from 0% to 100%, such as 5% or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anEmptyTolerance(CheckMojo mojo) throws Exception {
        failsWith(mojo, "tolerance", "", "costscope: <tolerance> (cost.tolerance) is empty; write a ratio from 0% to"
                + " 100%, such as 5% or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aToleranceFinerThanAnyRatioNeeds(CheckMojo mojo) throws Exception {
        failsWith(mojo, "tolerance", "1e-2147483647%", "costscope: <tolerance> (cost.tolerance): '1e-2147483647%' has"
                + " more decimals than a ratio needs; use 0 or a ratio from 0% to 100% with at most 12 decimals, such as"
                + " 5% or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aTinyMinUtilizationWithoutPercent(CheckMojo mojo) throws Exception {
        failsWith(mojo, "minUtilization", "1e-999999999", "costscope: <minUtilization> (cost.minUtilization):"
                + " '1e-999999999' has more decimals than a ratio needs; use 0 or a ratio from 0% to 100% with at most 12"
                + " decimals, such as 5% or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aNegativeToleranceSaysWhatIsAllowed(CheckMojo mojo) throws Exception {
        failsWith(mojo, "tolerance", "-1", "costscope: <tolerance> (cost.tolerance): '-1' is negative; use a ratio"
                + " from 0% to 100%, such as 5% or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void notANumberAsMaxUtilization(CheckMojo mojo) throws Exception {
        failsWith(mojo, "maxUtilization", "NaN", "costscope: <maxUtilization> (cost.maxUtilization): 'NaN' is not a"
                + " ratio; use one from 0% to 100%, such as 5% or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aWordAsMaxAllowedViolations(CheckMojo mojo) throws Exception {
        failsWith(mojo, "maxAllowedViolations", "NaN", "costscope: <maxAllowedViolations> (cost.maxAllowedViolations)"
                + " 'NaN' is not a whole number of 0 or more, such as 0 or 10");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aMaxAllowedViolationsPastAnInt(CheckMojo mojo) throws Exception {
        failsWith(mojo, "maxAllowedViolations", "99999999999", "costscope: <maxAllowedViolations>"
                + " (cost.maxAllowedViolations) '99999999999' is not a whole number of 0 or more, such as 0 or 10");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anEmptyMaxAllowedViolations(CheckMojo mojo) throws Exception {
        failsWith(mojo, "maxAllowedViolations", "", "costscope: <maxAllowedViolations> (cost.maxAllowedViolations) is"
                + " empty; write a whole number of 0 or more, such as 0 or 10");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aSwitchThatIsNeitherTrueNorFalse(CheckMojo mojo) throws Exception {
        failsWith(mojo, "failOnViolation", "nah", "costscope: <failOnViolation> (cost.failOnViolation) is 'nah'; use true"
                + " or false");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aSkipThatIsNeitherTrueNorFalse(CheckMojo mojo) throws Exception {
        failsWith(mojo, "skip", "maybe", "costscope: <skip> (cost.skip) is 'maybe'; use true or false");
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void anEmptyAttach(ReportMojo mojo) throws Exception {
        failsWith(mojo, "attach", "", "costscope: <attach> (cost.attach) is empty; use true or false");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void everySwitchIsChecked(CheckMojo mojo) throws Exception {
        for (String flag : List.of("includeTests", "cache", "failOnProcessingError", "sarif")) {
            MojoSetup.inProject(mojo, project, new RecordingLog());
            for (String other : List.of("includeTests", "cache", "failOnProcessingError", "sarif")) {
                MojoExtension.setVariableValueToObject(mojo, other, other.equals(flag) ? "yes" : "false");
            }
            assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                    .hasMessage("costscope: <" + flag + "> (cost." + flag + ") is 'yes'; use true or false");
        }
    }
}
