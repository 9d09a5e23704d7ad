package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.SearchEntry;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import java.util.ArrayList;
import java.util.List;

/**
 * What the search box finds: every resource with its properties and links, every enumeration with its values,
 * each pointing at the section of the page that describes it, with its Java name.
 */
final class SearchEntries {

    private final PageNames names;
    private final JavaNaming java;
    private final List<SearchEntry> entries = new ArrayList<>();

    SearchEntries(PageNames names, JavaNaming java) {
        this.names = names;
        this.java = java;
    }

    /** A guide page, found by its title. */
    void addGuide(PageId page, String title) {
        entries.add(new SearchEntry(title, "guide", page, "", ""));
    }

    void add(Resource resource) {
        PageId page = names.resource(resource.name()).orElseThrow();
        entries.add(new SearchEntry(resource.name(), "resource", page, "",
                java.resourceClass(resource.name()).orElse("")));
        for (Property property : resource.properties()) {
            entries.add(new SearchEntry(property.name(), "property of " + resource.name(), page, "properties",
                    java.property(resource.name(), property.name())));
        }
        for (ResourceLink link : resource.links()) {
            entries.add(new SearchEntry(link.rel(), "link of " + resource.name(), page, "links",
                    java.link(resource.name(), link.rel())));
        }
    }

    void add(Enumeration enumeration) {
        PageId page = names.enumeration(enumeration.name()).orElseThrow();
        entries.add(new SearchEntry(enumeration.name(), "enumeration", page, "",
                java.enumerationClass(enumeration.name()).orElse("")));
        List<String> constants = java.constants(enumeration.name());
        for (int i = 0; i < enumeration.members().size(); i++) {
            EnumMember member = enumeration.members().get(i);
            entries.add(new SearchEntry(member.name(), "value of " + enumeration.name(), page, "members",
                    constants.get(i)));
        }
    }

    List<SearchEntry> entries() {
        return List.copyOf(entries);
    }
}
