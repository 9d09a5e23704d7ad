package io.github.ucwakit.runtime.operations;

import io.github.ucwakit.runtime.InputWriter;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import java.util.List;

/** An {@link InputWriter} onto a {@link ResourceWriter}: parameters become properties, link parameters links. */
final class ResourceInputWriter implements InputWriter {

    private final ResourceWriter writer;

    ResourceInputWriter(ResourceWriter writer) {
        this.writer = writer;
    }

    @Override
    public void stringParameter(String name, String value) {
        writer.stringProperty(name, value);
    }

    @Override
    public void intParameter(String name, Integer value) {
        writer.intProperty(name, value);
    }

    @Override
    public void longParameter(String name, Long value) {
        writer.longProperty(name, value);
    }

    @Override
    public void booleanParameter(String name, Boolean value) {
        writer.booleanProperty(name, value);
    }

    @Override
    public void dateParameter(String name, UcwaDateTime value) {
        writer.dateProperty(name, value);
    }

    @Override
    public void stringListParameter(String name, List<String> values) {
        writer.stringListProperty(name, values);
    }

    @Override
    public void intListParameter(String name, List<Integer> values) {
        writer.intListProperty(name, values);
    }

    @Override
    public void longListParameter(String name, List<Long> values) {
        writer.longListProperty(name, values);
    }

    @Override
    public void booleanListParameter(String name, List<Boolean> values) {
        writer.booleanListProperty(name, values);
    }

    @Override
    public void dateListParameter(String name, List<UcwaDateTime> values) {
        writer.dateListProperty(name, values);
    }

    @Override
    public void linkParameter(String name, Link link) {
        writer.link(name, link);
    }
}
