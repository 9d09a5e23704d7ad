package io.github.ucwakit.runtime.testsupport;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaResource;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer that records the calls it receives, one line each, nested resources included. It takes the links
 * first, unless made by {@link #propertiesFirst()}.
 */
public final class RecordingWriter implements ResourceWriter {

    private final List<String> calls;
    private final boolean linksFirst;

    public RecordingWriter() {
        this(new ArrayList<>(), true);
    }

    private RecordingWriter(List<String> calls, boolean linksFirst) {
        this.calls = calls;
        this.linksFirst = linksFirst;
    }

    /** A writer that asks for the properties before the links, as the JSON writer does. */
    public static RecordingWriter propertiesFirst() {
        return new RecordingWriter(new ArrayList<>(), false);
    }

    public List<String> calls() {
        return calls;
    }

    @Override
    public void beginResource(String rel, Link self) {
        calls.add("begin " + rel + (self == null ? "" : " " + self.href()));
    }

    @Override
    public boolean linksFirst() {
        return linksFirst;
    }

    @Override
    public void endProperties() {
        calls.add("endProperties");
    }

    @Override
    public void link(Link link) {
        calls.add("link " + link.rel());
    }

    @Override
    public void links(String rel, List<Link> links) {
        calls.add("links " + rel + " " + links.size());
    }

    @Override
    public void stringProperty(String name, String value) {
        calls.add("string " + name);
    }

    @Override
    public void intProperty(String name, Integer value) {
        calls.add("int " + name);
    }

    @Override
    public void longProperty(String name, Long value) {
        calls.add("long " + name);
    }

    @Override
    public void booleanProperty(String name, Boolean value) {
        calls.add("boolean " + name);
    }

    @Override
    public void dateProperty(String name, UcwaDateTime value) {
        calls.add("date " + name);
    }

    @Override
    public void stringListProperty(String name, List<String> values) {
        calls.add("strings " + name);
    }

    @Override
    public void intListProperty(String name, List<Integer> values) {
        calls.add("ints " + name);
    }

    @Override
    public void longListProperty(String name, List<Long> values) {
        calls.add("longs " + name);
    }

    @Override
    public void booleanListProperty(String name, List<Boolean> values) {
        calls.add("booleans " + name);
    }

    @Override
    public void dateListProperty(String name, List<UcwaDateTime> values) {
        calls.add("dates " + name);
    }

    @Override
    public void valueProperty(String name, PropertyValue value) {
        calls.add("value " + name);
    }

    @Override
    public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
        calls.add("embedded " + key + (resource == null ? " null" : ""));
        if (resource != null) {
            binding.write(resource, nested());
        }
    }

    @Override
    public <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources) {
        calls.add("embeddedList " + key + " " + resources.size());
        resources.forEach(resource -> binding.write(resource, nested()));
    }

    @Override
    public void endResource() {
        calls.add("end");
    }

    private RecordingWriter nested() {
        return new RecordingWriter(calls, linksFirst);
    }
}
