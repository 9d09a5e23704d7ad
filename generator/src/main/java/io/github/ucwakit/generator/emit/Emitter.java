package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/**
 * Emits the Java files of one construct of a naming plan; touches no disk.
 *
 * @param <T> the construct: a resource, an enumeration, or the whole plan
 */
interface Emitter<T> {

    List<JavaFile> emit(T construct);
}
