package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;

/** The generated class of a resource and the class of its binding. */
record ResourceClasses(ClassName type, ClassName binding) {}
