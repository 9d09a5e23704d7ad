package io.github.ucwakit.importer.infer;

/**
 * The type a request-body row states at the end of its description ({@code String}, {@code Nullable Int32},
 * {@code Array of (MessageFormat)Plain, or Html}).
 *
 * @param kind the descriptor scalar it names ({@code string}, {@code int}, ...), or {@code null}
 * @param enumeration the enumeration it names in parentheses, or {@code null}
 * @param other a stated type with no descriptor counterpart ({@code ExternalResource}, {@code TimeSpan},
 *     {@code Byte}), or {@code null}
 * @param stated the statement as the page writes it
 */
public record TypeHint(boolean array, String kind, String enumeration, String other, String stated) {}
