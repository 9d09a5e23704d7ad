package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.MappingNode;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.util.List;

/** Binds an operation, its request-body parameters and its error rows. */
final class OperationBinder {

    OperationElement bind(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.OPERATION, sink);
        return new OperationElement(
                fields.location(),
                fields.requiredString("method"),
                fields.string("description"),
                fields.mappings("request").stream().map(m -> parameter(m, sink)).toList(),
                fields.string("response"),
                fields.integer("status"),
                fields.mappings("errors").stream().map(m -> errorRow(m, sink)).toList(),
                fields.string(ResourceBinder.REVIEW_KEY));
    }

    private static ParameterElement parameter(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.PARAMETER, sink);
        return new ParameterElement(fields.location(), fields.requiredString("name"), fields.requiredString("type"),
                fields.bool("required"), fields.string("description"), fields.string(ResourceBinder.JAVA_NAME_KEY),
                fields.string(ResourceBinder.REVIEW_KEY));
    }

    private static ErrorRowElement errorRow(MappingNode mapping, List<Diagnostic> sink) {
        FieldReader fields = new FieldReader(mapping, DescriptorShape.ERROR, sink);
        return new ErrorRowElement(fields.location(), fields.requiredString("error"),
                fields.requiredInteger("code"), fields.requiredString("subcode"), fields.string("description"));
    }
}
