package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.Site;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds every page of the reference of a model: the index, the guide on signing in and the event channel, then
 * resources and enumerations by name.
 */
public final class SiteBuilder {

    private final ExamplePayloads examples;

    public SiteBuilder(ExamplePayloads examples) {
        this.examples = examples;
    }

    public Site build(String title, ApiModel model, JavaNaming java) {
        PageNames names = PageNames.of(model);
        References references = new References(names);
        List<Resource> resources = model.resources().stream().sorted(Comparator.comparing(Resource::name)).toList();
        List<Enumeration> enumerations =
                model.enumerations().stream().sorted(Comparator.comparing(Enumeration::name)).toList();

        List<Page> pages = new ArrayList<>();
        pages.add(new IndexPageBuilder().build(
                title,
                resources.stream()
                        .map(r -> new IndexPageBuilder.Entry(
                                r.name(), names.resource(r.name()).orElseThrow(), r.description()))
                        .toList(),
                enumerations.stream()
                        .map(e -> new IndexPageBuilder.Entry(
                                e.name(), names.enumeration(e.name()).orElseThrow(), e.description()))
                        .toList(),
                List.of(new IndexPageBuilder.Entry(SignInGuidePageBuilder.TITLE, SignInGuidePageBuilder.PAGE,
                        "How the client signs in to UCWA and keeps its event channel open, as a sequence diagram."))));
        pages.add(new SignInGuidePageBuilder().build());
        SearchEntries search = new SearchEntries(names, java);
        search.addGuide(SignInGuidePageBuilder.PAGE, SignInGuidePageBuilder.TITLE);
        ResourcePageBuilder resourcePages = new ResourcePageBuilder(model, references, examples, java);
        for (Resource resource : resources) {
            pages.add(resourcePages.build(names.resource(resource.name()).orElseThrow(), resource));
            search.add(resource);
        }
        EnumerationPageBuilder enumerationPages = new EnumerationPageBuilder(model, references, java);
        for (Enumeration enumeration : enumerations) {
            pages.add(enumerationPages.build(names.enumeration(enumeration.name()).orElseThrow(), enumeration));
            search.add(enumeration);
        }
        return new Site(title, pages, search.entries());
    }
}
