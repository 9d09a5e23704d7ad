package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.InputPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** What the classes of constants (events, errors, operations) share: their shape and their constants' shape. */
final class CatalogClasses {

    private CatalogClasses() {}

    /** A public final class that cannot be instantiated. */
    static TypeSpec.Builder constantsClass(ClassName name) {
        return TypeSpec.classBuilder(name)
                .addAnnotation(Nullness.NULL_MARKED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }

    /** A public static final field. */
    static FieldSpec.Builder constant(TypeName type, String name) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    }

    /** One file per request-body input of the catalog's resource, each class made by {@code emit}. */
    static List<JavaFile> perInput(CatalogPlan catalog, Function<InputPlan, TypeSpec> emit) {
        List<JavaFile> files = new ArrayList<>();
        for (InputPlan input : catalog.inputs()) {
            TypeSpec type = emit.apply(input);
            files.add(FileHeader.javaFile(input.className().packageName(), type,
                    List.of(catalog.resource().sourceFile())));
        }
        return files;
    }

    /** A summary line, then the description as a paragraph of its own when there is one. */
    static String doc(String summary, String description) {
        return Docs.present(description) ? summary + "\n\n<p>" + Docs.text(description) : summary;
    }
}
