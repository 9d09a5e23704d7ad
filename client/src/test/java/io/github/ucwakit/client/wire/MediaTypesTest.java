package io.github.ucwakit.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void jsonTypesWhateverTheirCaseParametersAndSpaces() {
        for (String type : new String[] {"application/json", "Application/JSON", " application/json ",
                "application/json; charset=utf-8", "application/json;charset=UTF-8", "\tapplication/json\t;",
                "application/vnd.microsoft.com.ucwa+json", "APPLICATION/VND.MICROSOFT.COM.UCWA+JSON; v=2", "+json"}) {
            assertThat(MediaTypes.formatOf(type)).as(type).contains(PayloadFormat.JSON);
        }
    }

    @Test
    void xmlTypesWhateverTheirCaseParametersAndSpaces() {
        for (String type : new String[] {"application/xml", "TEXT/XML", "text/xml; charset=utf-8",
                "application/vnd.microsoft.com.ucwa+xml", " application/atom+XML ;type=entry"}) {
            assertThat(MediaTypes.formatOf(type)).as(type).contains(PayloadFormat.XML);
        }
    }

    @Test
    void anythingElseIsNoFormat() {
        for (String type : new String[] {"", " ", ";", "text/html", "application/jsonx", "xapplication/json",
                "application/json-seq", "text/plain; format=+json", "application/xml2", "json", "application/js on",
                "applİcation/json", "multipart/batching"}) {
            assertThat(MediaTypes.formatOf(type)).as(type).isEqualTo(Optional.empty());
        }
        assertThat(MediaTypes.formatOf(null)).isEmpty();
    }

    @Test
    void theMediaTypeOfEachFormatIsReadBackAsThatFormat() {
        for (PayloadFormat format : PayloadFormat.values()) {
            assertThat(MediaTypes.formatOf(MediaTypes.of(format))).contains(format);
        }
    }
}
