package news.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes rows (ordered maps of snake_case field to value) in one of the {@link OutputFormat}s.
 * jsonl and csv stream row by row; json streams one array; table buffers rows to align columns.
 * Values may be strings, numbers, booleans, null, lists and maps (nested ones are JSON in csv
 * and table cells).
 */
public final class RecordWriter implements AutoCloseable {
    /**
     * One row per call, without flushing after each (the generator's buffer goes out when full).
     * In a holder class so that table and csv output never create the Jackson mapper (start-up time).
     */
    private static final class RowWriter {
        static final com.fasterxml.jackson.databind.ObjectWriter INSTANCE = Json.MAPPER.writer()
                .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    private final OutputFormat format;
    /** csv and table go through this writer; json and jsonl through {@link #gen}, straight to bytes. */
    private final Writer out;
    private final OutputStream stream;
    private JsonGenerator gen;
    private final List<String> columns;
    private final List<Map<String, Object>> tableRows = new ArrayList<>();
    private JsonGenerator arrayGen;
    /** json and jsonl output of {@link #write(Prepared)}: bytes encoded by workers, buffered here. */
    private java.io.OutputStream bytes;
    private boolean csvHeaderWritten;
    /** Articles written as documents (markdown, txt). */
    private long documents;

    /** {@code columns} fixes the csv/table columns; json and jsonl write every field of a row. */
    public RecordWriter(OutputStream stream, OutputFormat format, List<String> columns) {
        this.format = format;
        this.stream = stream;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.columns = List.copyOf(columns);
    }

    /**
     * A row made ready on any thread: for json and jsonl its UTF-8 JSON bytes (encoding is most
     * of the cost of writing, and a worker thread can pay it), for csv and table the row itself.
     */
    public record Prepared(Map<String, Object> row, byte[] json) {
        public Prepared {
            if ((row == null) == (json == null)) throw new IllegalArgumentException("a row or its JSON, not both");
        }
    }

    /** Thread-safe: encodes the row for {@link #write(Prepared)}; call it from worker threads. */
    public Prepared prepare(Map<String, Object> row) {
        if (format != OutputFormat.JSONL && format != OutputFormat.JSON) return new Prepared(row, null);
        try {
            return new Prepared(null, RowWriter.INSTANCE.writeValueAsBytes(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a prepared row: the same bytes as {@link #write(Map)} of the row. Do not mix both
     * kinds of write on one json or jsonl writer.
     */
    public void write(Prepared p) {
        if (p.json() == null) {
            write(p.row());
            return;
        }
        if (gen != null || arrayGen != null) throw new IllegalStateException("rows and prepared rows mixed");
        try {
            if (bytes == null) {
                bytes = new java.io.BufferedOutputStream(stream, 1 << 16);
                if (format == OutputFormat.JSON) bytes.write('[');
            } else {
                bytes.write(format == OutputFormat.JSON ? ',' : '\n');
            }
            bytes.write(p.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Map<String, Object> row) {
        if (bytes != null) throw new IllegalStateException("rows and prepared rows mixed");
        try {
            switch (format) {
                case JSONL -> {
                    // One UTF-8 generator for the whole stream (escaping and encoding in one
                    // pass, rows separated by newlines): a 200 MB article never exists as one
                    // more giant String on the heap.
                    if (gen == null) {
                        gen = generator();
                        gen.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                    }
                    RowWriter.INSTANCE.writeValue(gen, row);
                }
                case JSON -> {
                    if (arrayGen == null) {
                        arrayGen = generator();
                        arrayGen.writeStartArray();
                    }
                    RowWriter.INSTANCE.writeValue(arrayGen, row);
                }
                case CSV -> {
                    if (!csvHeaderWritten) {
                        writeCsvLine(new ArrayList<>(columns));
                        csvHeaderWritten = true;
                    }
                    List<Object> vals = new ArrayList<>();
                    for (String c : columns) vals.add(row.get(c));
                    writeCsvLine(vals);
                }
                case TABLE -> tableRows.add(row);
                case MARKDOWN, TXT -> {
                    if (ArticleDocuments.isArticle(row)) {
                        ArticleDocuments.write(out, row, format == OutputFormat.MARKDOWN, documents++ == 0);
                    } else {
                        tableRows.add(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonGenerator generator() throws IOException {
        return Json.MAPPER.getFactory().createGenerator(stream, com.fasterxml.jackson.core.JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    /** Finishes the output (closing the json array, printing the table) and flushes. */
    public void finish() throws IOException {
        if (bytes != null) {
            if (format == OutputFormat.JSON) bytes.write(']');
            bytes.write('\n');
            bytes.flush();
            return;
        }
        switch (format) {
            case JSONL -> {
                if (gen != null) {
                    gen.flush();
                    stream.write('\n');
                }
            }
            case JSON -> {
                if (arrayGen == null) {
                    out.write("[]");
                } else {
                    arrayGen.writeEndArray();
                    arrayGen.flush();
                }
                out.write('\n');
            }
            case CSV -> {
                if (!csvHeaderWritten) writeCsvLine(new ArrayList<>(columns));
            }
            case TABLE -> writeTable();
            case MARKDOWN -> {
                if (!tableRows.isEmpty()) ArticleDocuments.writeTable(out, columns, tableRows);
            }
            case TXT -> {
                if (!tableRows.isEmpty()) writeTable();
            }
            default -> { }
        }
        out.flush();
    }

    /** Pushes what was written so far to the stream (the table is only written by {@link #finish}). */
    public void flush() throws IOException {
        if (bytes != null) bytes.flush();
        if (gen != null) gen.flush();
        if (arrayGen != null) arrayGen.flush();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (bytes != null) bytes.flush();
        if (gen != null) gen.flush();
        if (arrayGen != null) arrayGen.flush();
        out.flush();
    }

    private void writeCsvLine(List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.write(',');
            Object v = values.get(i);
            String s = cell(v);
            if (v instanceof String || v instanceof Collection<?>) s = neutraliseFormula(s);
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                out.write('"');
                out.write(s.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(s);
            }
        }
        out.write("\r\n");
    }

    /**
     * A text cell that a spreadsheet would run as a formula (first character {@code = + - @},
     * TAB or CR; OWASP "CSV injection") gets a leading {@code '}, which spreadsheets show as
     * text and do not evaluate. Numbers are not text cells: -0.5 stays a number.
     */
    static String neutraliseFormula(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    static String cell(Object v) throws IOException {
        if (v == null) return "";
        if (v instanceof Double d) return fixed3(d);
        if (v instanceof Float f) return fixed3(f);
        if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
            if (v instanceof Collection<?> c && c.stream().allMatch(x -> x instanceof String)) {
                return String.join("; ", c.stream().map(String::valueOf).toList());
            }
            return Json.MAPPER.writeValueAsString(v);
        }
        return String.valueOf(v);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.3f", v)}: the same digits (those of
     * {@link Double#toString(double)}, rounded half up), without the {@link java.util.Formatter},
     * whose first use loads locale data (start-up time of every table and csv). Negative and
     * non-finite values, where the Formatter's sign rules matter, still go through it.
     */
    static String fixed3(double v) {
        if (!(v >= 0) || Double.isInfinite(v) || Double.doubleToRawLongBits(v) != 0 && v == 0) {
            return String.format(java.util.Locale.ROOT, "%.3f", v);
        }
        return new java.math.BigDecimal(Double.toString(v)).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private void writeTable() throws IOException {
        final int maxWidth = 60;
        int[] widths = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) widths[i] = columns.get(i).length();
        for (Map<String, Object> row : tableRows) {
            String[] r = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                // one sanitising pass for every human view: no control byte reaches the terminal
                String s = Display.truncate(cell(row.get(columns.get(i))), maxWidth);
                r[i] = s;
                widths[i] = Math.max(widths[i], s.length());
            }
            cells.add(r);
        }
        writeTableLine(columns.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new), widths);
        for (String[] r : cells) writeTableLine(r, widths);
    }

    private void writeTableLine(String[] r, int[] widths) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(r[i]);
            if (i < r.length - 1) sb.append(" ".repeat(widths[i] - r[i].length()));
        }
        out.write(sb.toString().stripTrailing());
        out.write('\n');
    }
}
