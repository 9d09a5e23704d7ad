package io.github.ucwakit.runtime.errors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.json.JsonPaths;
import io.github.ucwakit.runtime.json.JsonTrees;
import java.io.IOException;
import java.util.Map;

/** Reads and writes the JSON form of a {@link UcwaError}. */
public final class ErrorJson {

    private ErrorJson() {}

    /** Reads an error object; {@code path} locates it in the document for messages. */
    public static UcwaError read(JsonNode object, String path) {
        if (!object.isObject()) {
            throw new UcwaPayloadException("expected an error object, found " + object.getNodeType(), path);
        }
        String code = JsonTrees.text(object.get("code"));
        if (code == null) {
            throw new UcwaPayloadException("an error needs a 'code'", path);
        }
        UcwaError.Builder error = UcwaError.builder(code);
        object.properties().forEach(member -> {
            JsonNode value = member.getValue();
            switch (member.getKey()) {
                case "code" -> { }
                case "subcode" -> error.subcode(JsonTrees.text(value));
                case "message" -> error.message(JsonTrees.text(value));
                case "link" -> error.link(JsonTrees.link(value, "link", path + ".link"));
                case "parameters" -> bag(value, error, true, member.getKey());
                case "debugInfo" -> bag(value, error, false, member.getKey());
                default -> error.unknownMember(WireNames.check(WireNames.Owner.ERROR, member.getKey(),
                        JsonPaths.member(path, member.getKey())), JsonTrees.toValue(value));
            }
        });
        return error.build();
    }

    /** Writes an error object. */
    public static void write(JsonGenerator generator, UcwaError error) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("code", error.code());
        if (error.subcode().isPresent()) {
            generator.writeStringField("subcode", error.subcode().get());
        }
        if (error.message().isPresent()) {
            generator.writeStringField("message", error.message().get());
        }
        if (error.link().isPresent()) {
            generator.writeFieldName("link");
            JsonTrees.writeLink(generator, error.link().get(), "link");
        }
        if (error.hasParameters()) {
            generator.writeFieldName("parameters");
            JsonTrees.writeMembers(generator, error.parameters());
        }
        if (error.hasDebugInfo()) {
            generator.writeFieldName("debugInfo");
            JsonTrees.writeMembers(generator, error.debugInfo());
        }
        for (Map.Entry<String, PropertyValue> member : error.unknownMembers().entrySet()) {
            generator.writeFieldName(WireNames.check(WireNames.Owner.ERROR, member.getKey(),
                    JsonPaths.member(JsonPaths.of(generator.getOutputContext().getParent(), JsonPaths.ROOT),
                            member.getKey())));
            JsonTrees.write(generator, member.getValue());
        }
        generator.writeEndObject();
    }

    private static void bag(JsonNode value, UcwaError.Builder error, boolean parameters, String name) {
        if (!value.isObject()) {
            error.unknownMember(name, JsonTrees.toValue(value));
            return;
        }
        Map<String, PropertyValue> members = JsonTrees.members(value);
        if (parameters) {
            error.parameters(members);
        } else {
            error.debugInfo(members);
        }
    }
}
