package io.github.ucwakit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.docs.DocsFormat;
import org.junit.jupiter.api.Test;

class DocsMojoTest {

    @Test
    void readsACommaSeparatedListOfFormatsInAnyCase() {
        assertThat(DocsMojo.formats("markdown,html")).containsExactlyInAnyOrder(DocsFormat.MARKDOWN, DocsFormat.HTML);
        assertThat(DocsMojo.formats(" HTML ")).containsExactly(DocsFormat.HTML);
    }

    @Test
    void refusesAnUnknownFormat() {
        assertThatThrownBy(() -> DocsMojo.formats("markdown,pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pdf'");
    }
}
