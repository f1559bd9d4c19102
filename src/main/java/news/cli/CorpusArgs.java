package news.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and the output file of list, clean and quotes (dedup reads no stdin and describes its inputs itself). */
public final class CorpusArgs {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories (default: corpus/); - reads one article from stdin.")
    public List<String> paths = List.of("corpus");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    public String output;
}
