package news.export;

import java.util.List;

/**
 * The tables of `news export --db`, in the order they are filled (a table only refers to
 * tables before it). Column names are the JSON fields of the other commands (`clean`,
 * `quotes`, `quotes --group`, `dedup`); nested lists of those outputs are tables of their own,
 * keyed by their parent's key and, where the list has no key of its own, a {@code position}.
 * Documented column by column in the README ("Database").
 */
final class Schema {
    /** One table: its name and its CREATE statement. */
    record Table(String name, String ddl) {}

    static final List<Table> TABLES = List.of(
            new Table("articles", """
                    CREATE TABLE articles (
                      id VARCHAR PRIMARY KEY,
                      path VARCHAR NOT NULL,
                      url VARCHAR,
                      site VARCHAR,
                      language VARCHAR,
                      title VARCHAR,
                      subtitle VARCHAR,
                      byline VARCHAR,
                      published VARCHAR,
                      page_type VARCHAR,
                      dateline VARCHAR,
                      credits VARCHAR[] NOT NULL,
                      paragraphs VARCHAR[] NOT NULL,
                      paragraph_spans INTEGER[][] NOT NULL,
                      text VARCHAR NOT NULL,
                      word_count INTEGER NOT NULL,
                      removed_share DOUBLE NOT NULL,
                      problems VARCHAR[] NOT NULL,
                      sha256 VARCHAR NOT NULL)"""),
            new Table("removals", """
                    CREATE TABLE removals (
                      article_id VARCHAR NOT NULL REFERENCES articles (id),
                      position INTEGER NOT NULL,
                      text VARCHAR NOT NULL,
                      reason VARCHAR NOT NULL,
                      start INTEGER NOT NULL,
                      "end" INTEGER NOT NULL,
                      PRIMARY KEY (article_id, position))"""),
            new Table("quotes", """
                    CREATE TABLE quotes (
                      quote_id INTEGER PRIMARY KEY,
                      article_id VARCHAR NOT NULL REFERENCES articles (id),
                      quote VARCHAR NOT NULL,
                      speaker VARCHAR,
                      speaker_mention VARCHAR,
                      speaker_role VARCHAR,
                      cue VARCHAR,
                      channel VARCHAR,
                      kind VARCHAR NOT NULL,
                      paragraph INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      "end" INTEGER NOT NULL,
                      confidence DOUBLE NOT NULL)"""),
            new Table("quote_groups", """
                    CREATE TABLE quote_groups (
                      group_id INTEGER PRIMARY KEY,
                      speaker VARCHAR,
                      articles INTEGER NOT NULL,
                      quote VARCHAR NOT NULL)"""),
            new Table("quote_group_members", """
                    CREATE TABLE quote_group_members (
                      group_id INTEGER NOT NULL REFERENCES quote_groups (group_id),
                      position INTEGER NOT NULL,
                      quote_id INTEGER REFERENCES quotes (quote_id),
                      article_id VARCHAR NOT NULL REFERENCES articles (id),
                      quote VARCHAR NOT NULL,
                      statement VARCHAR NOT NULL,
                      speaker VARCHAR,
                      relation VARCHAR NOT NULL,
                      score DOUBLE NOT NULL,
                      start INTEGER NOT NULL,
                      "end" INTEGER NOT NULL,
                      PRIMARY KEY (group_id, position))"""),
            new Table("clusters", """
                    CREATE TABLE clusters (
                      cluster_id VARCHAR PRIMARY KEY,
                      canonical VARCHAR NOT NULL REFERENCES articles (id),
                      canonical_reason VARCHAR NOT NULL)"""),
            new Table("cluster_members", """
                    CREATE TABLE cluster_members (
                      cluster_id VARCHAR NOT NULL REFERENCES clusters (cluster_id),
                      id VARCHAR NOT NULL REFERENCES articles (id),
                      jaccard DOUBLE NOT NULL,
                      containment DOUBLE NOT NULL,
                      relation VARCHAR NOT NULL,
                      PRIMARY KEY (cluster_id, id))"""),
            new Table("passages", """
                    CREATE TABLE passages (
                      passage_id VARCHAR PRIMARY KEY,
                      text VARCHAR NOT NULL,
                      first_id VARCHAR NOT NULL REFERENCES articles (id),
                      sites INTEGER NOT NULL,
                      boilerplate BOOLEAN NOT NULL)"""),
            new Table("passage_occurrences", """
                    CREATE TABLE passage_occurrences (
                      passage_id VARCHAR NOT NULL REFERENCES passages (passage_id),
                      position INTEGER NOT NULL,
                      id VARCHAR NOT NULL REFERENCES articles (id),
                      start INTEGER NOT NULL,
                      "end" INTEGER NOT NULL,
                      PRIMARY KEY (passage_id, position))"""));

    private Schema() {}

    static List<String> names() {
        return TABLES.stream().map(Table::name).toList();
    }
}
