package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.LinksPlan;
import java.util.List;

/**
 * Emits {@code <Resource>Links}: one {@code LinkTo} constant per link of the resource, typed by the resource class
 * that carries it and the class of the resource it points at, so that following it gives that class without the
 * caller naming one ({@code ConversationLinks.PARTICIPANTS} is a {@code LinkTo<Conversation, Participants>}). Each
 * constant's Javadoc is the link's description and where it points.
 */
final class LinksEmitter implements Emitter<LinksPlan> {

    @Override
    public List<JavaFile> emit(LinksPlan links) {
        String resource = links.resource().name();
        TypeSpec.Builder spec = CatalogClasses.constantsClass(links.className())
                .addJavadoc(Docs.javadoc("The links of " + Docs.code(resource) + " resources, each typed by the"
                        + " class of the resource it points at: {@link LinkTo#link} reads one from a {@link "
                        + links.sourceType().simpleName() + "}."));
        for (LinksPlan.LinkConstant link : links.constants()) {
            CodeBlock initializer = CodeBlock.of("$T.$N($S, $T.class, $S,$W$T.class, $T::$N)", RuntimeTypes.LINK_TO,
                    link.array() ? "array" : "single", link.rel(), links.sourceType(), link.targetRel(),
                    link.targetType(), links.sourceType(), link.accessor());
            spec.addField(CatalogClasses.constant(ParameterizedTypeName.get(RuntimeTypes.LINK_TO,
                            links.sourceType(), link.targetType()), link.constant())
                    .addJavadoc(doc(link))
                    .initializer(initializer)
                    .build());
        }
        return List.of(FileHeader.javaFile(links.className().packageName(), spec.build(),
                List.of(links.resource().sourceFile())));
    }

    private static CodeBlock doc(LinksPlan.LinkConstant link) {
        String where = (link.array() ? "Links " : "Link ") + Docs.code(link.rel()) + " to " + Docs.code(link.targetRel())
                + " resources.";
        if (!Docs.present(link.description())) {
            return Docs.javadoc(where);
        }
        String text = Docs.text(link.description());
        return Docs.javadoc(text + (MemberDocs.endsSentence(text) ? " " : ". ") + where);
    }
}
