package io.github.ucwakit.importer.infer;

/**
 * The outcome of looking for an enumeration type.
 *
 * @param enumeration the enumeration chosen, or {@code null} for a plain string
 * @param review why the choice needs a human look, or {@code null}
 */
record EnumChoice(String enumeration, String review) {

    static EnumChoice none() {
        return new EnumChoice(null, null);
    }
}
