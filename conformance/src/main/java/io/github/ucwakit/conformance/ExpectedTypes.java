package io.github.ucwakit.conformance;

import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.naming.JavaNames;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rel a body without one is expected to hold, from the descriptors of the folder's pages (a descriptor is
 * named after its page, {@code <page>.yaml}, even when an override gives it another rel): a request body holds the
 * page's resource (a PUT sends the resource back), a response the resource its operation states, or the page's.
 * Pages are matched to descriptors by the class they generate, ignoring case, so that a page the importer merged into
 * another page for the same resource ({@code myWidget_ref.md}, {@code mywidget_ref.md}) is read with the descriptor
 * it was merged into.
 */
public final class ExpectedTypes {

    private final Map<String, Resource> byPage;

    private ExpectedTypes(Map<String, Resource> byPage) {
        this.byPage = byPage;
    }

    /** The expectations of the descriptors of a folder; fails when they do not load. */
    public static ExpectedTypes of(Path descriptors) throws DescriptorException {
        ApiModel model = new DescriptorLoader().load(List.of(descriptors)).orThrow();
        Map<String, Resource> byPage = new HashMap<>();
        for (Resource resource : model.resources()) {
            String file = Path.of(resource.sourceFile()).getFileName().toString();
            byPage.put(key(file.substring(0, file.lastIndexOf('.'))), resource);
        }
        return new ExpectedTypes(byPage);
    }

    /** The rel the body of a sample is expected to hold, when its page has a descriptor. */
    Optional<String> relOf(PageSample sample) {
        String page = sample.page().substring(0, sample.page().length() - "_ref.md".length());
        Resource resource = byPage.get(key(page));
        if (resource == null) {
            return Optional.empty();
        }
        if (sample.role() == PageSample.Role.RESPONSE && sample.method() != null) {
            Optional<String> stated = resource.operations().stream()
                    .filter(o -> o.method().equals(sample.method().toUpperCase(Locale.ROOT)))
                    .map(Operation::response)
                    .filter(r -> r != null)
                    .findFirst();
            if (stated.isPresent()) {
                return stated;
            }
        }
        return Optional.of(resource.name());
    }

    private static String key(String page) {
        return JavaNames.className(page).toLowerCase(Locale.ROOT);
    }
}
