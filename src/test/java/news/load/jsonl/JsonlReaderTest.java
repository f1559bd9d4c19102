package news.load.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import news.app.CleanService;
import news.app.Corpus;
import news.app.Problems;
import news.clean.TextCleaner;
import news.load.DocumentSink;
import news.load.InputFile;
import news.load.InputFormat;
import news.load.LoadException;
import news.model.Article;
import news.model.SourceDocument;
import news.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    @TempDir
    Path tmp;

    record Read(List<SourceDocument> docs, List<String> skipped) {}

    static Read read(Path file, String id) throws LoadException {
        List<SourceDocument> docs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String name = file.getFileName().toString();
        new JsonlReader().read(new InputFile(file, name, id, InputFormat.JSONL, name.endsWith(".gz")), new DocumentSink() {
            @Override
            public void accept(SourceDocument doc) {
                docs.add(doc);
            }

            @Override
            public void skipped(String message) {
                skipped.add(message);
            }
        });
        return new Read(docs, skipped);
    }

    @Test
    void roundTripOfCleanJsonlOutput() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("alpha.txt"), "First paragraph of alpha, a sentence or two.\n\nSecond paragraph of alpha.\n");
        Files.writeString(in.resolve("beta.txt"), "Beta opens here with its own text.\n\nAnd beta ends here.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, CleanService.run(List.of(in.toString()), OutputFormat.JSONL, out, Problems.silent()));
        Path jsonl = tmp.resolve("cleaned.jsonl");
        Files.write(jsonl, out.toByteArray());

        List<Article> original = new ArrayList<>();
        Corpus.open(List.of(in.toString()), Problems.silent()).forEachArticle(new TextCleaner(), original::add);
        Read r = read(jsonl, "cleaned");
        assertEquals(List.of(), r.skipped());
        assertEquals(original.size(), r.docs().size());
        for (int i = 0; i < original.size(); i++) {
            Article a = original.get(i);
            SourceDocument d = r.docs().get(i);
            assertEquals(a.id(), d.id());
            assertEquals(a.text(), d.text());
            assertEquals(a.title(), d.metadata().title());
            assertEquals("jsonl", d.format());
            assertEquals("cleaned.jsonl:" + (i + 1), d.path());
        }
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndSkipped() throws Exception {
        Path f = tmp.resolve("feed.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"text\": \"Good first line.\", \"title\": \"One\", \"published\": \"2020-01-02T03:04:05+00:00\"}",
                "{\"text\": \"broken",
                "",
                "[1, 2, 3]",
                "{\"title\": \"no body\"}",
                "{\"id\": \"x7\", \"paragraphs\": [\"P one.\", \"P two.\"], \"url\": \"https://e.example/x\", \"language\": \"pt-BR\"}") + "\n");
        Read r = read(f, "feed");
        assertEquals(List.of("feed:1", "x7"), r.docs().stream().map(SourceDocument::id).toList());
        assertEquals("2020-01-02T03:04:05Z", r.docs().get(0).metadata().published());
        assertEquals("P one.\n\nP two.", r.docs().get(1).text());
        assertEquals("https://e.example/x", r.docs().get(1).metadata().url());
        assertEquals("pt", r.docs().get(1).metadata().language());
        assertEquals(3, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).startsWith("feed.jsonl:2: not valid JSON ("), r.skipped().get(0));
        assertEquals("feed.jsonl:4: not a JSON object, skipped", r.skipped().get(1));
        assertEquals("feed.jsonl:5: no \"text\", \"paragraphs\" or \"html\" field, skipped", r.skipped().get(2));
    }

    @Test
    void htmlLinesGoThroughTheExtractorAndDeclaredFieldsWin() throws Exception {
        String p = "<p>Residents gathered in the square on Sunday to protest the closure of the library, which the"
                + " council says it can no longer afford to run.</p>";
        String html = "<html><head><title>Page title</title><meta name=author content='Page Author'></head><body><article>"
                + p + p + "</article></body></html>";
        String line = "{\"html\": " + news.output.Json.MAPPER.writeValueAsString(html) + ", \"title\": \"Declared title\"}";
        Path f = tmp.resolve("pages.jsonl.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(f))) {
            gz.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        SourceDocument d = read(f, "pages").docs().get(0);
        assertEquals("html", d.format());
        assertEquals("Declared title", d.metadata().title());
        assertEquals("Page Author", d.metadata().byline());
        assertTrue(d.text().startsWith("Residents gathered"), d.text());
    }

    @Test
    void duplicateIdsInOneFileAreMadeUnique() throws Exception {
        Path f = tmp.resolve("d.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"a\",\"text\":\"two\"}\n");
        assertEquals(List.of("a", "a~2"), read(f, "d").docs().stream().map(SourceDocument::id).toList());
    }

    @Test
    void emptyFileFailsAsAWhole() throws Exception {
        Path f = tmp.resolve("e.jsonl");
        Files.writeString(f, "\n\n");
        assertThrows(LoadException.class, () -> read(f, "e"));
    }

    @Test
    void corpusExitCodeIs3WhenALineWasSkipped() throws Exception {
        Path f = tmp.resolve("m.jsonl");
        Files.writeString(f, "{\"text\":\"fine\"}\nnot json\n");
        Problems problems = Problems.silent();
        List<String> ids = new ArrayList<>();
        Corpus.open(List.of(f.toString()), problems).forEachDocument(d -> ids.add(d.id()));
        assertEquals(List.of("m:1"), ids);
        assertEquals(Problems.SKIPPED, problems.exitCode());
        assertTrue(problems.skippedMessages().get(0).contains("m.jsonl:2: not valid JSON"), problems.skippedMessages().toString());
    }
}
