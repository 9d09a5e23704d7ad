package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.MappingNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.List;

/** Binds an enumeration descriptor and its members. */
final class EnumerationBinder {

    static final String NAME_KEY = "enumeration";
    static final String MEMBERS_KEY = "members";

    EnumerationElement bind(ParsedDescriptor descriptor, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(descriptor.root(), DescriptorShape.ENUMERATION, sink);
        Located<String> name = fields.requiredString(NAME_KEY);
        Located<String> description = fields.string("description");
        fields.require(MEMBERS_KEY);
        List<MemberElement> members =
                fields.mappings(MEMBERS_KEY).stream().map(m -> member(m, sink)).toList();
        return new EnumerationElement(fields.location(), descriptor.sourceFile(), name, description, members);
    }

    private static MemberElement member(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.MEMBER, sink);
        return new MemberElement(fields.location(), fields.requiredString("name"), fields.string("description"),
                fields.string(ResourceBinder.JAVA_NAME_KEY));
    }
}
