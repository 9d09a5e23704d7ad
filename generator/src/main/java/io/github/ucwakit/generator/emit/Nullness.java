package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * JSpecify's annotations in generated code: every generated class is {@code @NullMarked}, so that a type without
 * {@code @Nullable} is never {@code null}, and every field, accessor and parameter that may be {@code null} says
 * so.
 */
final class Nullness {

    static final AnnotationSpec NULL_MARKED = AnnotationSpec.builder(ClassName.get(NullMarked.class)).build();

    private static final AnnotationSpec NULLABLE = AnnotationSpec.builder(ClassName.get(Nullable.class)).build();

    private Nullness() {}

    /** {@code @Nullable type}. */
    static TypeName nullable(TypeName type) {
        return type.annotated(NULLABLE);
    }
}
