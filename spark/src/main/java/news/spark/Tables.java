package news.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables, one per record type, with the field names and types of the CLI's JSON
 * (README "Output"): the rows are made from the very maps the CLI writes ({@code ArticleJson},
 * {@code QuotesService.row}, {@code DedupService.clusterRow} and {@code passageRow}).
 */
final class Tables {
    private Tables() {}

    private static final DataType S = DataTypes.StringType, I = DataTypes.IntegerType, D = DataTypes.DoubleType;

    static final StructType ARTICLES = struct(
            f("id", S), f("path", S), f("url", S), f("site", S), f("language", S), f("title", S), f("subtitle", S),
            f("byline", S), f("published", S), f("page_type", S), f("dateline", S), f("credits", array(S)), f("paragraphs", array(S)),
            f("paragraph_spans", array(array(I))), f("text", S), f("word_count", I),
            f("removed", array(struct(f("text", S), f("reason", S), f("start", I), f("end", I)))),
            f("removed_share", D), f("problems", array(S)), f("sha256", S));

    static final StructType QUOTES = struct(
            f("article_id", S), f("quote", S), f("speaker", S), f("speaker_mention", S), f("speaker_role", S),
            f("cue", S), f("channel", S), f("kind", S), f("paragraph", I), f("start", I), f("end", I),
            f("confidence", D));

    static final StructType CLUSTERS = struct(
            f("cluster_id", S), f("canonical", S), f("canonical_reason", S),
            f("members", array(struct(f("id", S), f("jaccard", D), f("containment", D), f("relation", S)))));

    static final StructType PASSAGES = struct(
            f("passage_id", S), f("text", S), f("occurrences", array(struct(f("id", S), f("start", I), f("end", I)))),
            f("first_id", S), f("sites", I), f("boilerplate", DataTypes.BooleanType));

    /** A CLI JSON map as a row of {@code schema} (fields the schema does not name, like "type", are dropped). */
    static Row row(Map<String, Object> m, StructType schema) {
        Object[] values = new Object[schema.fields().length];
        for (int k = 0; k < values.length; k++) {
            StructField field = schema.fields()[k];
            values[k] = value(m.get(field.name()), field.dataType());
        }
        return RowFactory.create(values);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v, DataType type) {
        if (v == null) return null;
        if (type instanceof StructType st) return row((Map<String, Object>) v, st);
        if (type instanceof ArrayType at) {
            List<Object> out = new ArrayList<>();
            for (Object x : (List<Object>) v) out.add(value(x, at.elementType()));
            return scala.jdk.javaapi.CollectionConverters.asScala(out).toSeq();
        }
        if (type == I && v instanceof Number n) return n.intValue();
        if (type == D && v instanceof Number n) return n.doubleValue();
        return v;
    }

    private static StructField f(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static ArrayType array(DataType t) {
        return DataTypes.createArrayType(t, true);
    }
}
