package io.github.ucwakit.generator.emit;

/**
 * A generated file that is not Java source, such as a {@code META-INF/services} entry.
 *
 * @param path relative to the resource output folder, with {@code /} separators
 */
public record ResourceFile(String path, String content) {}
