package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    @TempDir
    Path project;

    @Test
    void escapesEveryValueAndNeedsNothingFromOutside() throws IOException {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/X.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "<script>alert('x')</script>", summary = "a & b")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M", source = "\\"quoted\\" <b>")
                public final class X {}
                """)));
        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "a &amp; b", "&quot;quoted&quot; &lt;b&gt;");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=|<link|<script|@import|url\\(");
    }
}
