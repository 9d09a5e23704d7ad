package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.xml.XmlFormat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated bindings write a resource's properties before its links when the writer asks for that order, as the
 * JSON writer does; told links first (the order every writer takes), they write the same document.
 */
class WriteOrderTest {

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void jsonIsTheSameWhetherTheBindingWritesLinksOrPropertiesFirst() {
        List<UcwaResource> resources = resources();

        for (UcwaResource resource : resources) {
            String asAsked = new JsonFormat().writeToString(writer -> codec.writeResource(resource, writer));
            String linksFirst = new JsonFormat().writeToString(writer -> codec.writeResource(resource,
                    linksFirst(writer)));

            assertThat(linksFirst).as("%s", resource.rel()).isEqualTo(asAsked)
                    .isEqualTo(codec.writeToString(resource, PayloadFormat.JSON));
        }
        assertThat(resources).extracting(UcwaResource::rel)
                .contains("conversation", "participant", "messaging", "communication");
    }

    @Test
    void xmlWritersTakeTheLinksFirst() {
        List<Boolean> linksFirst = new ArrayList<>();
        new XmlFormat().writeToString(writer -> linksFirst.add(writer.linksFirst()));
        assertThat(linksFirst).containsExactly(true);
    }

    /** The seed's conversation and every resource embedded in the JSON event samples. */
    private List<UcwaResource> resources() {
        List<UcwaResource> resources = new ArrayList<>();
        resources.add(codec.read(SeedPage.load().getJsonResponse(), PayloadFormat.JSON));
        EventChannelCodec events = new EventChannelCodec(codec);
        EventSamples.all().filter(sample -> !sample.isXml()).forEach(sample -> {
            for (EventSender sender : events.read(EventSamples.body(sample), PayloadFormat.JSON).senders()) {
                sender.events().stream().map(Event::resource).flatMap(java.util.Optional::stream)
                        .forEach(resources::add);
            }
        });
        return resources;
    }

    /** The writer, claiming to take the links first; everything else goes to it. */
    private static ResourceWriter linksFirst(ResourceWriter writer) {
        return (ResourceWriter) Proxy.newProxyInstance(ResourceWriter.class.getClassLoader(),
                new Class<?>[] {ResourceWriter.class}, (proxy, method, args) -> {
                    if (method.getName().equals("linksFirst")) {
                        return Boolean.TRUE;
                    }
                    try {
                        return method.invoke(writer, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
