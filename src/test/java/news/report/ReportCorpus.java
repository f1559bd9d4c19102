package news.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A corpus for the report tests: the seed corpus, a reworded copy of one of its articles (so
 * there is a duplicate cluster and a word diff), and a JSON Lines article whose id, site and
 * title are markup and script (what a hostile page puts in its metadata).
 */
final class ReportCorpus {
    static final String HOSTILE_SITE = "Evil <b>Outlet</b> <script>document.body.setAttribute('data-pwned','script')</script>"
            + "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";
    static final String HOSTILE_TITLE = "</title><script>document.body.setAttribute('data-pwned','title')</script> & more";

    private ReportCorpus() {}

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        String text = Files.readString(dir.resolve("001_e2c2174b0325c6ec.txt"));
        Files.writeString(dir.resolve("005_reworded_copy.txt"), text.replace("Our military", "Our army"));
        String body = "The council met on Tuesday to discuss the plan for the new bridge over the river.\\n\\n"
                + "Critics said the cost of 5 < 6 million & rising was too high for a town of its size.\\n\\n"
                + "“Our town is obviously going to weigh all of the options,” Mallory Evilson told reporters"
                + " after the meeting on Tuesday evening.";
        Files.writeString(dir.resolve("hostile.jsonl"), "{\"id\": \"evil<1>\", \"site\": " + json(HOSTILE_SITE)
                + ", \"title\": " + json(HOSTILE_TITLE) + ", \"text\": \"" + body + "\"}\n");
        return dir;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
