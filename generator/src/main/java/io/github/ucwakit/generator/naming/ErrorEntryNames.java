package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.naming.JavaNames;
import io.github.ucwakit.schema.naming.ReservedNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the error entries that every operation's error table shares: rows with the same error, status, subcode and
 * description get one constant, {@code ERROR_SUBCODE} ({@code CONFLICT_ALREADY_EXISTS}), numbered from {@code _2}
 * in the order rows are first seen when their descriptions differ. The reference repeats a few dozen distinct rows
 * across hundreds of operations, so each is generated once.
 */
final class ErrorEntryNames {

    private final NameAllocator names = new NameAllocator(ReservedNames::isReservedMember, false,
            NameAllocator.Suffix.UNDERSCORE);
    private final Map<List<Object>, String> constants = new HashMap<>();
    private SourceLocation first;

    /** The constant of the entry {@code row} is, claimed when no earlier row had the same contents. */
    String constant(ErrorRow row) {
        if (first == null) {
            first = row.location();
        }
        List<Object> key = List.of(row.error(), row.code(), row.subcode(), row.description());
        return constants.computeIfAbsent(key, k -> names.allocate(
                JavaNames.upperSnake(row.error()) + "_" + JavaNames.upperSnake(row.subcode())).name());
    }

    /** Whether no row was named. */
    boolean isEmpty() {
        return constants.isEmpty();
    }

    /** Where the first named row is, for a warning about the class's name. */
    SourceLocation firstLocation() {
        return first;
    }
}
