package io.github.ucwakit.docs;

import static io.github.ucwakit.docs.Models.AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.docs.build.PageNames;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages are named after what they document, and never share a file, even on a case-insensitive file system. */
class PageNamesTest {

    @Test
    void pagesAreNamedAfterTheirResourceOrEnumeration() {
        PageNames names = PageNames.of(DocsFixtures.conversationModel());
        assertThat(names.resource("conversation")).contains(new PageId("conversation"));
        assertThat(names.enumeration("ConversationState")).contains(new PageId("ConversationState"));
        assertThat(names.resource("participant")).isEmpty();
        assertThat(names.enumeration("conversation")).isEmpty();
    }

    @Test
    void theIndexAndNamesThatDifferOnlyByCaseGetASuffix() {
        PageNames names = PageNames.of(new ApiModel(
                List.of(resource("index"), resource("state"), resource("Index")),
                List.of(enumeration("State"), enumeration("INDEX"))));
        assertThat(names.resource("Index")).contains(new PageId("Index-resource"));
        assertThat(names.resource("index")).contains(new PageId("index-resource-3"));
        assertThat(names.resource("state")).contains(new PageId("state"));
        assertThat(names.enumeration("State")).contains(new PageId("State-enumeration"));
        assertThat(names.enumeration("INDEX")).contains(new PageId("INDEX-enumeration"));
    }

    @Test
    void aResourceNamedLikeTheGuideGetsASuffix() {
        PageNames names = PageNames.of(new ApiModel(List.of(resource("Sign-In-And-Events")), List.of()));
        assertThat(names.resource("Sign-In-And-Events")).contains(new PageId("Sign-In-And-Events-resource"));
    }

    @Test
    void charactersUnsafeInFileNamesAreReplaced() {
        PageNames names = PageNames.of(new ApiModel(List.of(resource("a/b c"), resource(".hidden")), List.of()));
        assertThat(names.resource("a/b c")).contains(new PageId("a_b_c"));
        assertThat(names.resource(".hidden")).contains(new PageId("_.hidden"));
    }

    private static Resource resource(String name) {
        return new Resource(AT, name + ".yaml", name, "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private static Enumeration enumeration(String name) {
        return new Enumeration(AT, name + ".yaml", name, "", List.of());
    }
}
