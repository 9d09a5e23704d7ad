package io.github.ucwakit.runtime.hostile;

import io.github.ucwakit.runtime.PayloadFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates a payload, from one seeded {@link Random}: byte-level mutations (flipped bits, hostile bytes, inserted,
 * deleted, repeated or truncated ranges) and structure-level ones, which keep the document well-formed more often
 * and so reach the readers' checks: a member or attribute renamed to a hostile name (a name the format uses, markup,
 * empty, astral, {@code xmlns}), a member or element repeated or removed, a value replaced by one of another type
 * or one XML cannot carry.
 */
final class Mutations {

    /** Names an attacker would try: the formats' own, markup, empty, astral, reserved by XML, colliding. */
    static final List<String> HOSTILE_NAMES = List.of("_links", "_embedded", "rel", "href", "link", "title", "in",
            "type", "status", "reason", "events", "sender", "code", "self", "xmlns", "xml:lang", "xmlFoo", "",
            " ", "a b", "<x>", "a\"b", "a'b", "a&b", "\uD835\uDCB3", "\u00e9t\u00e9", "-x", "1x", "AaAa", "BBBB",
            "AaBB", "resource", "property", "item", "name");
    /** Values an attacker would try. */
    static final List<String> HOSTILE_VALUES = List.of("", "x", "<evil/>", "&amp;", "\"", "]]>", "\u0001",
            "\uD800", "\uD835\uDCB3", "/Date(9223372036854775807)/", "/Date(-9223372036854775808+1400)/",
            "+999999999-12-31T23:59:59Z", "9999-12-31T23:59:59.999999999+14:00", "1e999999999",
            "-0", "99999999999999999999999", "True", "data:,x", "data:;base64,%%%", "null");
    private static final byte[] HOSTILE_BYTES = "<>&\"'{}[],:\\/ \n\u0000".getBytes(StandardCharsets.UTF_8);
    private static final Pattern JSON_NAME = Pattern.compile("\"([^\"\\\\]*)\"\\s*:");
    private static final Pattern JSON_MEMBER = Pattern.compile("\"[^\"\\\\]*\"\\s*:\\s*(\"[^\"\\\\]*\"|[-0-9.eE+]+|true|false|null)");
    private static final Pattern JSON_STRING = Pattern.compile(":\\s*(\"[^\"\\\\]*\")");
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("\\s([A-Za-z_][\\w.-]*)=\"([^\"]*)\"");
    private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z][\\w.-]*)(\\s[^<>]*)?(/>|>[^<]*</\\1>)");
    private static final Pattern XML_TEXT = Pattern.compile(">([^<]+)</");

    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    /** One mutation of either level, chosen at random. */
    byte[] mutate(byte[] payload, PayloadFormat format) {
        return random.nextInt(5) < 2 ? bytes(payload) : structure(payload, format);
    }

    /** A byte-level mutation. */
    byte[] bytes(byte[] payload) {
        if (payload.length == 0) {
            return new byte[] {HOSTILE_BYTES[random.nextInt(HOSTILE_BYTES.length)]};
        }
        int at = random.nextInt(payload.length);
        int length = 1 + random.nextInt(Math.min(16, payload.length - at));
        byte[] out;
        switch (random.nextInt(7)) {
            case 0 -> {
                out = payload.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
            }
            case 1 -> {
                out = payload.clone();
                out[at] = HOSTILE_BYTES[random.nextInt(HOSTILE_BYTES.length)];
            }
            case 2 -> out = splice(payload, at, 0, randomBytes(1 + random.nextInt(4)));
            case 3 -> out = splice(payload, at, length, new byte[0]);
            case 4 -> out = splice(payload, at, 0, java.util.Arrays.copyOfRange(payload, at, at + length));
            case 5 -> out = java.util.Arrays.copyOf(payload, at);
            default -> {
                out = payload.clone();
                out[at] = (byte) (0x80 + random.nextInt(0x80));
            }
        }
        return out;
    }

    /** A structure-level mutation; a byte-level one when the payload offers no place for it. */
    byte[] structure(byte[] payload, PayloadFormat format) {
        String text = new String(payload, StandardCharsets.UTF_8);
        String mutated = format == PayloadFormat.JSON ? json(text) : xml(text);
        return mutated == null ? bytes(payload) : mutated.getBytes(StandardCharsets.UTF_8);
    }

    private String json(String text) {
        switch (random.nextInt(5)) {
            case 0 -> {
                return replaceGroup(text, JSON_NAME, 1, escapeJson(pick(HOSTILE_NAMES)));
            }
            case 1 -> {
                Matcher member = pickMatch(JSON_MEMBER, text);
                return member == null ? null
                        : text.substring(0, member.end()) + "," + member.group() + text.substring(member.end());
            }
            case 2 -> {
                Matcher member = pickMatch(JSON_MEMBER, text);
                return member == null ? null : text.substring(0, member.start()) + "\"" + escapeJson(pick(HOSTILE_NAMES))
                        + "\":" + member.group(1) + text.substring(member.end());
            }
            case 3 -> {
                String value = switch (random.nextInt(6)) {
                    case 0 -> "\"" + escapeJson(pick(HOSTILE_VALUES)) + "\"";
                    case 1 -> pick(List.of("1e999999999", "-0", "123456789012345678901234567890", "1.5", "true"));
                    case 2 -> "[" + "[".repeat(random.nextInt(3)) + "1" + "]".repeat(random.nextInt(3)) + "]";
                    case 3 -> "{\"" + escapeJson(pick(HOSTILE_NAMES)) + "\":{\"href\":\"/x\"}}";
                    case 4 -> "null";
                    default -> "{}";
                };
                return replaceGroup(text, JSON_STRING, 1, value);
            }
            default -> {
                Matcher member = pickMatch(JSON_MEMBER, text);
                return member == null ? null : text.substring(0, member.start()) + "\"_x\":0"
                        + text.substring(member.end());
            }
        }
    }

    private String xml(String text) {
        switch (random.nextInt(5)) {
            case 0 -> {
                String name = pick(HOSTILE_NAMES);
                return replaceGroup(text, XML_ATTRIBUTE, 1, name.isEmpty() ? "x" : name);
            }
            case 1 -> {
                Matcher element = pickMatch(XML_ELEMENT, text);
                return element == null ? null
                        : text.substring(0, element.end()) + element.group() + text.substring(element.end());
            }
            case 2 -> {
                Matcher element = pickMatch(XML_ELEMENT, text);
                return element == null ? null : text.substring(0, element.start()) + text.substring(element.end());
            }
            case 3 -> {
                return replaceGroup(text, XML_ATTRIBUTE, 2, escapeXml(pick(HOSTILE_VALUES)));
            }
            default -> {
                return replaceGroup(text, XML_TEXT, 1, escapeXml(pick(HOSTILE_VALUES)));
            }
        }
    }

    private String replaceGroup(String text, Pattern pattern, int group, String replacement) {
        Matcher match = pickMatch(pattern, text);
        return match == null ? null
                : text.substring(0, match.start(group)) + replacement + text.substring(match.end(group));
    }

    /** A random match of the pattern in the text, or {@code null}. */
    private Matcher pickMatch(Pattern pattern, String text) {
        List<int[]> starts = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            starts.add(new int[] {matcher.start()});
        }
        if (starts.isEmpty()) {
            return null;
        }
        Matcher chosen = pattern.matcher(text);
        chosen.find(starts.get(random.nextInt(starts.size()))[0]);
        return chosen;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = random.nextBoolean() ? HOSTILE_BYTES[random.nextInt(HOSTILE_BYTES.length)]
                    : (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] splice(byte[] payload, int at, int remove, byte[] insert) {
        byte[] out = new byte[payload.length - remove + insert.length];
        System.arraycopy(payload, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(payload, at + remove, out, at + insert.length, payload.length - at - remove);
        return out;
    }

    static String escapeJson(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !isPaired(text, i)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
