package news.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import news.testsupport.JarRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `news report` opened in a real headless Chromium (Debian's package): every section renders
 * with its heading, the page's own script ran (the Content-Security-Policy lets inline script
 * run and nothing else), no script from the corpus did, and a screenshot is drawn. Skipped when
 * no Chromium is installed ({@code NEWS_CHROMIUM} names one elsewhere).
 */
class ReportBrowserIT {
    static final Map<String, String> HEADINGS = Map.of("overview", "Overview", "clusters", "Duplicate clusters",
            "passages", "Shared passages", "quote-groups", "Quotes across outlets",
            "chart", "Statements per speaker and outlet");

    @TempDir
    static Path tmp;
    static String chromium;
    static Path page;

    @BeforeAll
    static void writeReport() throws Exception {
        chromium = findChromium();
        if (chromium == null) return; // each test reports itself skipped
        Path corpus = ReportCorpus.write(tmp.resolve("corpus"));
        page = tmp.resolve("report.html");
        JarRun.Output o = JarRun.run(null, List.of(), null, null, 180,
                List.of("report", "-o", page.toString(), corpus.toString()));
        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.size(page) > 0);
    }

    static String findChromium() {
        String env = System.getenv("NEWS_CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) return env;
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }

    /** Chromium headless with what this machine needs: no sandbox as root, no background network. */
    static String runChromium(String... extra) throws Exception {
        Assumptions.assumeTrue(chromium != null, "no chromium installed (apt-get install chromium)");
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        assertEquals(0, p.exitValue(), "chromium exit code");
        return new String(out.join(), StandardCharsets.UTF_8);
    }

    @Test
    void everySectionRendersAndOnlyThePagesScriptRuns() throws Exception {
        String dom = runChromium("--dump-dom");
        Document doc = Jsoup.parse(dom);
        Element body = doc.body();
        assertEquals("yes", body.attr("data-ready"), "the page's script ran");
        assertFalse(body.hasAttr("data-pwned"), "a script from the corpus ran: " + body.attr("data-pwned"));
        for (String id : HtmlReport.SECTIONS) {
            Element s = doc.getElementById(id);
            assertTrue(s != null, "section " + id + " rendered");
            assertEquals(HEADINGS.get(id), s.selectFirst("h2").text(), id);
        }
        assertEquals(HtmlReport.SECTIONS.size(), doc.select("main > section").size());
        assertTrue(doc.select("#chart svg rect").size() > 5, "the chart's bars");
        assertTrue(doc.select("#quote-groups .variant").size() >= 3, "variants side by side");
        assertFalse(doc.select("#clusters details.diff ins").isEmpty(), "the cluster's word diff");
        // The hostile site and title are text on the page, not elements.
        assertTrue(doc.select("#overview td").eachText().contains(ReportCorpus.HOSTILE_SITE), "hostile site shown as text");
        assertTrue(doc.select("#overview td").eachText().contains(ReportCorpus.HOSTILE_TITLE), "hostile title shown as text");
        assertTrue(doc.select("main img, main b, main script").isEmpty(), "no element from the corpus");
    }

    @Test
    void aScreenshotIsDrawn() throws Exception {
        Path png = tmp.resolve("report.png");
        runChromium("--window-size=1280,2400", "--screenshot=" + png);
        byte[] b = Files.readAllBytes(png);
        assertTrue(b.length > 20_000, "a page with content, not a blank one: " + b.length + " bytes");
        assertEquals((byte) 0x89, b[0]);
        assertEquals('P', b[1]);
        assertEquals('N', b[2]);
        assertEquals('G', b[3]);
    }
}
