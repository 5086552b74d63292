package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report laid out by a real browser (headless Chromium, where the machine has one; skipped
 * where it has none): in a frame as wide as a phone (390 px) and as a desktop (1280 px), the page
 * is never wider than the frame, so nothing needs a horizontal scroll.
 */
class HtmlFitsAPhoneTest {

    private static final Pattern MEASURED = Pattern.compile("data-measured=\"(\\d+)/(\\d+)\"");

    @TempDir
    Path folder;

    private static Path chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theReportIsNeverWiderThanTheScreen(int width) throws IOException, InterruptedException {
        Path browser = chromium();
        assumeTrue(browser != null, "no headless Chromium on this machine");
        Report report = ReportFixture.report(folder.resolve("project"), Map.of("DeepSeekV3.java", ReportFixture.DEEPSEEK));
        String html = new HtmlReportWriter().write(report)
                .replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        Files.writeString(folder.resolve("report.html"), html, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("frame.html"), """
                <!DOCTYPE html><html><body style="margin:0">
                <iframe id="f" src="report.html" style="width:%dpx;height:900px;border:0"></iframe>
                <script>document.getElementById('f').onload = function () {
                  var d = document.getElementById('f').contentDocument.documentElement;
                  document.body.setAttribute('data-measured', d.scrollWidth + '/' + d.clientWidth);
                };</script></body></html>
                """.formatted(width), StandardCharsets.UTF_8);

        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=5000",
                "--window-size=1400,1000", "--dump-dom", folder.resolve("frame.html").toUri().toString()));
        Path dump = folder.resolve("dom.html");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(dump.toFile()).start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assumeTrue(finished && process.exitValue() == 0, "the browser did not run");
        String dom = Files.readString(dump, StandardCharsets.UTF_8);

        Matcher measured = MEASURED.matcher(dom);
        assertThat(measured.find()).as("the browser laid the report out").isTrue();
        int scrollWidth = Integer.parseInt(measured.group(1));
        int clientWidth = Integer.parseInt(measured.group(2));
        assertThat(clientWidth).isBetween(width - 20, width);
        assertThat(scrollWidth).as("page width at a %d px screen", width).isLessThanOrEqualTo(clientWidth);
    }
}
