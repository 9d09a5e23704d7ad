package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The private helpers a binding with enumeration properties carries: from wire strings to enumeration values and
 * back, {@code null} (absent) staying {@code null}.
 */
final class EnumHelpers {

    static final String ENUM_OF = "enumOf";
    static final String ENUMS_OF = "enumsOf";
    static final String WIRE_VALUE = "wireValue";
    static final String WIRE_VALUES = "wireValues";

    private EnumHelpers() {}

    static List<MethodSpec> methods() {
        TypeVariableName e = TypeVariableName.get("E", RuntimeTypes.UCWA_ENUM);
        TypeName of = ParameterizedTypeName.get(RuntimeTypes.FUNCTION, RuntimeTypes.STRING, e);
        TypeName strings = RuntimeTypes.listOf(RuntimeTypes.STRING);
        return List.of(
                helper(ENUM_OF).addTypeVariable(e).returns(e)
                        .addParameter(RuntimeTypes.STRING, "value").addParameter(of, "of")
                        .addStatement("return value == null ? null : of.apply(value)").build(),
                helper(ENUMS_OF).addTypeVariable(e).returns(RuntimeTypes.listOf(e))
                        .addParameter(strings, "values").addParameter(of, "of")
                        .addStatement("return values == null ? null : values.stream().map(of).toList()").build(),
                helper(WIRE_VALUE).returns(RuntimeTypes.STRING)
                        .addParameter(RuntimeTypes.UCWA_ENUM, "value")
                        .addStatement("return value == null ? null : value.value()").build(),
                helper(WIRE_VALUES).returns(strings)
                        .addParameter(RuntimeTypes.listOf(WildcardTypeName.subtypeOf(RuntimeTypes.UCWA_ENUM)),
                                "values")
                        .addStatement("return values == null ? null : values.stream().map($T::value).toList()",
                                RuntimeTypes.UCWA_ENUM)
                        .build());
    }

    private static MethodSpec.Builder helper(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    }
}
