package io.github.ucwakit.conformance.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes seeded mutations of the reference pages. Mutation {@code i} of seed {@code s} depends on nothing else, so
 * one can be replayed alone: it picks a resource page and a kind, and applies the kind where the page allows it
 * (another kind when the page has nothing it applies to).
 */
final class PageMutator {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s#]+_ref\\.md)\\)");
    private static final Pattern PROPERTY_ROW = Pattern.compile("^\\|\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\|");
    private static final List<String> RESERVED = List.of("class", "default", "links", "builder", "toString",
            "unknownMembers", "operations", "values", "new", "int", "hashCode", "value", "build", "self");
    private static final List<String> NEW_HEADINGS = List.of("Notes", "Details", "Remarks", "More");

    private final ReferencePages pages;
    private final long seed;

    PageMutator(ReferencePages pages, long seed) {
        this.pages = pages;
        this.seed = seed;
    }

    PageMutation mutation(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        List<String> resources = pages.resourcePages();
        MutationKind[] kinds = MutationKind.values();
        int firstKind = random.nextInt(kinds.length);
        for (int attempt = 0; ; attempt++) {
            String page = resources.get(random.nextInt(resources.size()));
            for (int k = 0; k < kinds.length; k++) {
                MutationKind kind = kinds[(firstKind + k + attempt) % kinds.length];
                Optional<PageMutation> mutation = apply(index, kind, page, random);
                if (mutation.isPresent()) {
                    return mutation.get();
                }
            }
        }
    }

    private Optional<PageMutation> apply(int index, MutationKind kind, String page, Random random) {
        String text = pages.text(page);
        List<String> lines = ReferencePages.lines(text);
        Map<String, String> touched = new TreeMap<>();
        String description;
        boolean linesKept = false;
        switch (kind) {
            case DUPLICATE_ROW -> {
                List<Integer> rows = dataRows(lines);
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                int row = pick(rows, random);
                lines.add(row + 1, lines.get(row));
                description = "row at line " + (row + 1) + " repeated";
            }
            case SAME_PAGE_TWICE -> {
                String name = page.substring(0, page.length() - "_ref.md".length());
                int at = 1 + random.nextInt(Math.max(1, name.length() - 1));
                if (at >= name.length() || !Character.isLetter(name.charAt(at))) {
                    return Optional.empty();
                }
                char c = name.charAt(at);
                char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                String copy = name.substring(0, at) + flipped + name.substring(at + 1) + "_ref.md";
                touched.put(copy, text);
                description = "the page again as " + copy;
            }
            case DELETE_SECTION -> {
                List<Integer> headings = headings(lines);
                if (headings.size() < 2) {
                    return Optional.empty();
                }
                int h = headings.get(1 + random.nextInt(headings.size() - 1));
                int end = sectionEnd(lines, h);
                description = "section '" + lines.get(h).strip() + "' (lines " + (h + 1) + "-" + end + ") deleted";
                lines.subList(h, end).clear();
            }
            case RENAME_HEADING -> {
                List<Integer> headings = headings(lines);
                if (headings.size() < 2) {
                    return Optional.empty();
                }
                int h = headings.get(1 + random.nextInt(headings.size() - 1));
                String renamed = hashes(lines.get(h)) + " " + NEW_HEADINGS.get(random.nextInt(NEW_HEADINGS.size()));
                description = "heading '" + lines.get(h).strip() + "' at line " + (h + 1) + " renamed '" + renamed + "'";
                lines.set(h, renamed);
            }
            case MISSPELL_HEADING -> {
                List<Integer> headings = headings(lines);
                if (headings.size() < 2) {
                    return Optional.empty();
                }
                int h = headings.get(1 + random.nextInt(headings.size() - 1));
                String heading = lines.get(h);
                int start = hashes(heading).length() + 1;
                if (heading.length() - start < 3) {
                    return Optional.empty();
                }
                int at = start + random.nextInt(heading.length() - start - 1);
                String misspelt = heading.substring(0, at) + heading.charAt(at + 1) + heading.charAt(at)
                        + heading.substring(at + 2);
                description = "heading at line " + (h + 1) + " misspelt '" + misspelt.strip() + "'";
                lines.set(h, misspelt);
                linesKept = true;
            }
            case REORDER_SECTIONS -> {
                List<int[]> pairs = siblingPairs(lines);
                if (pairs.isEmpty()) {
                    return Optional.empty();
                }
                int[] pair = pairs.get(random.nextInt(pairs.size()));
                int first = pair[0];
                int second = pair[1];
                int end = sectionEnd(lines, second);
                List<String> a = new ArrayList<>(lines.subList(first, second));
                List<String> b = new ArrayList<>(lines.subList(second, end));
                description = "sections at lines " + (first + 1) + " and " + (second + 1) + " swapped";
                lines.subList(first, end).clear();
                lines.addAll(first, a);
                lines.addAll(first, b);
            }
            case LINK_TARGET_CASE -> {
                List<Integer> withLinks = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (LINK_TARGET.matcher(lines.get(i)).find()) {
                        withLinks.add(i);
                    }
                }
                if (withLinks.isEmpty()) {
                    return Optional.empty();
                }
                int line = pick(withLinks, random);
                Matcher m = LINK_TARGET.matcher(lines.get(line));
                StringBuilder changed = new StringBuilder();
                while (m.find()) {
                    String target = m.group(1);
                    String cased = random.nextBoolean() ? target.toUpperCase(Locale.ROOT)
                            : Character.toUpperCase(target.charAt(0)) + target.substring(1);
                    m.appendReplacement(changed, Matcher.quoteReplacement("](" + cased + ")"));
                }
                m.appendTail(changed);
                lines.set(line, changed.toString());
                description = "link targets at line " + (line + 1) + " in another case";
                linesKept = true;
            }
            case BROKEN_ROW -> {
                List<Integer> rows = dataRows(lines);
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                int row = pick(rows, random);
                String cells = lines.get(row);
                String broken = random.nextBoolean()
                        ? cells.substring(0, cells.length() / 2)
                        : cells.replaceFirst("\\|", "").replaceFirst("\\|\\s*$", "");
                lines.set(row, broken);
                description = "row at line " + (row + 1) + " broken";
            }
            case TRUNCATE_SAMPLE -> {
                List<int[]> bodies = fencedBodies(lines);
                if (bodies.isEmpty()) {
                    return Optional.empty();
                }
                int[] body = bodies.get(random.nextInt(bodies.size()));
                int cut = body[0] + random.nextInt(Math.max(1, body[1] - body[0]));
                description = "sample at line " + (body[0] + 1) + " truncated after line " + (cut + 1);
                lines.subList(cut, body[1]).clear();
            }
            case CORRUPT_SAMPLE -> {
                List<Integer> sampleLines = sampleLines(lines);
                if (sampleLines.isEmpty()) {
                    return Optional.empty();
                }
                int line = pick(sampleLines, random);
                String original = lines.get(line);
                int at = random.nextInt(original.length() + 1);
                String corrupted = random.nextBoolean() && !original.isEmpty()
                        ? original.substring(0, Math.min(at, original.length() - 1))
                                + original.substring(Math.min(at, original.length() - 1) + 1)
                        : original.substring(0, at) + "}\"<&" + original.substring(at);
                lines.set(line, corrupted);
                description = "sample line " + (line + 1) + " corrupted";
                linesKept = true;
            }
            case HTML_ENTITIES -> {
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("\"") || lines.get(i).contains("<")) {
                        candidates.add(i);
                    }
                }
                if (candidates.isEmpty()) {
                    return Optional.empty();
                }
                int line = pick(candidates, random);
                lines.set(line, lines.get(line).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                        .replace(">", "&gt;"));
                description = "line " + (line + 1) + " written with HTML entities";
                linesKept = true;
            }
            case STRAY_FENCE -> {
                int line = 1 + random.nextInt(lines.size() - 1);
                lines.add(line, "```");
                description = "stray code fence at line " + (line + 1);
            }
            case MISSING_FENCE -> {
                List<Integer> fences = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith("```")) {
                        fences.add(i);
                    }
                }
                if (fences.isEmpty()) {
                    return Optional.empty();
                }
                int line = pick(fences, random);
                lines.remove(line);
                description = "code fence at line " + (line + 1) + " removed";
            }
            case RESERVED_PROPERTY_NAME -> {
                List<String> properties = propertyNames(lines);
                if (properties.isEmpty()) {
                    return Optional.empty();
                }
                String property = properties.get(random.nextInt(properties.size()));
                String reserved = RESERVED.get(random.nextInt(RESERVED.size()));
                if (text.contains("\"" + reserved + "\"") || text.contains("\"" + reserved + "\"")
                        || text.contains("|" + reserved + "|") || property.equals("rel")) {
                    return Optional.empty();
                }
                for (int i = 0; i < lines.size(); i++) {
                    lines.set(i, lines.get(i)
                            .replace("|" + property + "|", "|" + reserved + "|")
                            .replace("| " + property + " |", "| " + reserved + " |")
                            .replace("\"" + property + "\"", "\"" + reserved + "\""));
                }
                description = "property '" + property + "' renamed '" + reserved + "' in its table and samples";
                linesKept = true;
            }
            default -> throw new IllegalStateException(kind.name());
        }
        touched.put(page, String.join("\n", lines));
        return Optional.of(new PageMutation(index, kind, page, description, touched,
                pages.neighbourhood(touched), linesKept));
    }

    private static int pick(List<Integer> candidates, Random random) {
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Table rows that are neither a header nor its separator. */
    private static List<Integer> dataRows(List<String> lines) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("|") && !isSeparator(line) && isSeparator(lines.get(i - 1).strip()) == false
                    && !(i + 1 < lines.size() && isSeparator(lines.get(i + 1).strip()))) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static boolean isSeparator(String line) {
        return line.startsWith("|") && line.replaceAll("[|:\\-\\s]", "").isEmpty() && line.contains("-");
    }

    /** The names of the rows of the Properties table. */
    private static List<String> propertyNames(List<String> lines) {
        List<String> names = new ArrayList<>();
        boolean inProperties = false;
        for (String line : lines) {
            if (line.startsWith("#")) {
                inProperties = line.toLowerCase(Locale.ROOT).contains("properties");
            } else if (inProperties) {
                Matcher m = PROPERTY_ROW.matcher(line.strip().replace("**", ""));
                if (m.find() && !m.group(1).equals("Name")) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static List<Integer> headings(List<String> lines) {
        List<Integer> headings = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("#")) {
                headings.add(i);
            }
        }
        return headings;
    }

    private static String hashes(String heading) {
        int n = 0;
        while (n < heading.length() && heading.charAt(n) == '#') {
            n++;
        }
        return heading.substring(0, n);
    }

    /** The line after a section: the next heading of the same or a higher level, or the end. */
    private static int sectionEnd(List<String> lines, int heading) {
        int level = hashes(lines.get(heading)).length();
        for (int h : headings(lines)) {
            if (h > heading && hashes(lines.get(h)).length() <= level) {
                return h;
            }
        }
        return lines.size();
    }

    /** Pairs of adjacent sections of one level under the same parent: [first heading, second heading]. */
    private static List<int[]> siblingPairs(List<String> lines) {
        List<int[]> pairs = new ArrayList<>();
        List<Integer> headings = headings(lines);
        for (int h : headings) {
            int end = sectionEnd(lines, h);
            if (end < lines.size() && hashes(lines.get(end)).length() == hashes(lines.get(h)).length()) {
                pairs.add(new int[] {h, end});
            }
        }
        return pairs;
    }

    /** Code-fenced samples: [first body line, closing fence line]. */
    private static List<int[]> fencedBodies(List<String> lines) {
        List<int[]> bodies = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("```")) {
                if (open < 0) {
                    open = i;
                } else {
                    if (i > open + 1) {
                        bodies.add(new int[] {open + 1, i});
                    }
                    open = -1;
                }
            }
        }
        return bodies;
    }

    private static List<Integer> sampleLines(List<String> lines) {
        List<Integer> inside = new ArrayList<>();
        for (int[] body : fencedBodies(lines)) {
            for (int i = body[0]; i < body[1]; i++) {
                inside.add(i);
            }
        }
        return inside;
    }
}
