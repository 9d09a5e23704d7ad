package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.model.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a type spelling ({@code string}, {@code int}, {@code long}, {@code boolean}, {@code date}, an enumeration
 * name, or {@code list<T>} of one of those) against the enumerations that exist.
 */
public final class TypeParser {

    private static final String LIST_START = "list<";
    private static final String LIST_END = ">";
    private static final String EXPECTED =
            "expected string, int, long, boolean, date, an enumeration name or list<T>";

    private final Set<String> enumerations;

    /** @param enumerations the names of every enumeration described */
    public TypeParser(Collection<String> enumerations) {
        this.enumerations = Set.copyOf(enumerations);
    }

    /** The type, or why the spelling is not one. */
    public Result parse(String spelling) {
        if (spelling.isBlank()) {
            return Result.problem("empty type; " + EXPECTED);
        }
        if (spelling.startsWith(LIST_START)) {
            return parseList(spelling);
        }
        if (spelling.contains("<") || spelling.contains(">")) {
            return Result.problem("malformed type '" + spelling + "'; a list is written list<T>");
        }
        return parseElement(spelling);
    }

    private Result parseList(String spelling) {
        if (!spelling.endsWith(LIST_END) || spelling.length() == LIST_START.length() + LIST_END.length()) {
            return Result.problem("malformed list type '" + spelling + "'; a list is written list<T>");
        }
        String element = spelling.substring(LIST_START.length(), spelling.length() - LIST_END.length());
        if (element.startsWith(LIST_START)) {
            return Result.problem("a list of lists is not supported: '" + spelling + "'");
        }
        if (element.contains("<") || element.contains(">")) {
            return Result.problem("malformed list type '" + spelling + "'; a list is written list<T>");
        }
        Result parsed = parseElement(element);
        return parsed.type().map(type -> Result.of(new Type.ListOf(type))).orElse(parsed);
    }

    private Result parseElement(String spelling) {
        Optional<Type.Kind> scalar =
                Arrays.stream(Type.Kind.values()).filter(k -> k.spelling().equals(spelling)).findFirst();
        if (scalar.isPresent()) {
            return Result.of(new Type.Scalar(scalar.get()));
        }
        if (enumerations.contains(spelling)) {
            return Result.of(new Type.EnumRef(spelling));
        }
        List<String> candidates = new ArrayList<>(enumerations);
        Arrays.stream(Type.Kind.values()).map(Type.Kind::spelling).forEach(candidates::add);
        String hint = Suggestions.hint(spelling, candidates);
        if (Character.isUpperCase(spelling.charAt(0))) {
            return Result.problem("unknown enumeration '" + spelling + "'"
                    + (hint.isEmpty() ? "; no descriptor describes it" : hint));
        }
        return Result.problem("unknown type '" + spelling + "'" + (hint.isEmpty() ? "; " + EXPECTED : hint));
    }

    /** A parsed type, or the reason there is none. */
    public record Result(Optional<Type> type, Optional<String> problem) {

        static Result of(Type type) {
            return new Result(Optional.of(type), Optional.empty());
        }

        static Result problem(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
