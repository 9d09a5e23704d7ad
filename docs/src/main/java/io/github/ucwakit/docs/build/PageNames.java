package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The page of every described resource and enumeration. A page is named after what it documents; names that
 * would share a file on a case-insensitive file system, or take the index's or a guide's, get a suffix. Resources are named
 * first, then enumerations, each in name order, so the names do not depend on the order of the model.
 */
public final class PageNames {

    private final Map<String, PageId> resources = new HashMap<>();
    private final Map<String, PageId> enumerations = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    private PageNames() {
        taken.add(key(PageId.INDEX.stem()));
        taken.add(key(SignInGuidePageBuilder.PAGE.stem()));
    }

    /** Names the pages of every resource and enumeration of the model. */
    public static PageNames of(ApiModel model) {
        PageNames names = new PageNames();
        model.resources().stream()
                .map(Resource::name)
                .sorted(Comparator.naturalOrder())
                .forEach(name -> names.resources.put(name, names.allocate(name, "resource")));
        model.enumerations().stream()
                .map(Enumeration::name)
                .sorted(Comparator.naturalOrder())
                .forEach(name -> names.enumerations.put(name, names.allocate(name, "enumeration")));
        return names;
    }

    /** The page of the described resource of that name, empty when no descriptor describes it. */
    public Optional<PageId> resource(String name) {
        return Optional.ofNullable(resources.get(name));
    }

    /** The page of the described enumeration of that name, empty when there is none. */
    public Optional<PageId> enumeration(String name) {
        return Optional.ofNullable(enumerations.get(name));
    }

    private PageId allocate(String name, String kind) {
        String stem = safeStem(name);
        String candidate = stem;
        for (int n = 2; taken.contains(key(candidate)); n++) {
            candidate = n == 2 ? stem + "-" + kind : stem + "-" + kind + "-" + n;
        }
        taken.add(key(candidate));
        return new PageId(candidate);
    }

    private static String safeStem(String name) {
        String stem = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return stem.isEmpty() || !Character.isLetterOrDigit(stem.charAt(0)) && stem.charAt(0) != '_'
                ? "_" + stem
                : stem;
    }

    private static String key(String stem) {
        return stem.toLowerCase(Locale.ROOT);
    }
}
