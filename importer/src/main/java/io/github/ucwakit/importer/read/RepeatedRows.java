package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Merges the rows of a table that repeat an earlier row (same key) into that earlier row, with a warning at each
 * repeat naming the line of the first. Descriptors allow a name once per table, and a page that lists a row twice
 * means it once.
 */
final class RepeatedRows {

    private RepeatedRows() {}

    /**
     * The rows with each repeat merged into the first row of its key, in the order of the first rows.
     *
     * @param what how the warning names a row's key, for example {@code "scope"}
     * @param table how the warning names the table, for example {@code "Scopes"}
     * @param merge the first row and a repeat give the merged row (the first row's values win)
     */
    static <T> List<T> merged(List<T> rows, Function<T, String> key, ToIntFunction<T> line, BinaryOperator<T> merge,
            PageFile page, String what, String table, DiagnosticSink sink) {
        Map<String, T> first = new LinkedHashMap<>();
        for (T row : rows) {
            String k = key.apply(row);
            T earlier = first.get(k);
            if (earlier == null) {
                first.put(k, row);
                continue;
            }
            sink.warn(page.at(line.applyAsInt(row)), what + " '" + k + "' listed again in the " + table
                    + " table (first at line " + line.applyAsInt(earlier) + "); merged into the first row");
            first.put(k, merge.apply(earlier, row));
        }
        return new ArrayList<>(first.values());
    }

    /** The first value when present, else the repeat's. */
    static String either(String first, String repeat) {
        return first != null && !first.isEmpty() ? first : repeat;
    }
}
