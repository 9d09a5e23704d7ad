package io.github.ucwakit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyClassifierTest {

    private final BodyClassifier classifier = new BodyClassifier();

    private static PageSample sample(PageSample.Role role, PayloadFormat format, String method, String contentType,
            String body, boolean otherBody) {
        return new PageSample("x_ref.md", 10, "test", role, format, method, contentType, body, otherBody, 12);
    }

    private Optional<Classification> classify(PageSample.Role role, PayloadFormat format, String method,
            String contentType, String body) {
        return classifier.classify(sample(role, format, method, contentType, body, false));
    }

    @Test
    void aResponseBodyIsAResourceAndARequestBodyAnInput() {
        assertThat(classify(PageSample.Role.RESPONSE, PayloadFormat.JSON, "GET", "application/json",
                "{\"rel\": \"x\"}")).contains(Classification.of(BodyKind.RESOURCE));
        assertThat(classify(PageSample.Role.REQUEST, PayloadFormat.JSON, "POST", "application/json",
                "{\"to\": \"sip:a\"}")).contains(Classification.of(BodyKind.INPUT));
        assertThat(classify(PageSample.Role.REQUEST, PayloadFormat.JSON, "PUT", "application/json",
                "{\"rel\": \"x\"}")).contains(Classification.of(BodyKind.INPUT));
        assertThat(classify(PageSample.Role.REQUEST, PayloadFormat.XML, "POST", null,
                "<input xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"/>"))
                .contains(Classification.of(BodyKind.INPUT));
        assertThat(classify(PageSample.Role.EVENT, PayloadFormat.JSON, null, null, "{\"sender\": []}"))
                .contains(Classification.of(BodyKind.EVENT));
    }

    @Test
    void bodiesThatAreNotUcwaResourcesAreClassifiedByContentType() {
        assertThat(classify(PageSample.Role.REQUEST, PayloadFormat.JSON, "POST", "application/sdp", null)
                .map(Classification::what)).contains("SDP (application/sdp) (body not shown)");
        assertThat(classifier.classify(sample(PageSample.Role.REQUEST, PayloadFormat.JSON, "POST",
                "application/sdp", null, true)).map(Classification::what)).contains("SDP (application/sdp)");
        assertThat(classify(PageSample.Role.RESPONSE, PayloadFormat.JSON, "POST",
                "multipart/batching; boundary=\"0cac9abd\"", null).map(Classification::what))
                .contains("multipart batch (multipart/batching) (body not shown)");
        assertThat(classify(PageSample.Role.RESPONSE, PayloadFormat.XML, "GET", "text/html", "<h>Hello</h>")
                .map(Classification::kind)).contains(BodyKind.NOT_A_RESOURCE);
        assertThat(classify(PageSample.Role.RESPONSE, PayloadFormat.JSON, "GET", "image/jpeg", null)
                .map(Classification::what)).contains("image (image/jpeg) (body not shown)");
    }

    @Test
    void optionsMetadataIsNotAResource() {
        assertThat(classify(PageSample.Role.RESPONSE, PayloadFormat.JSON, "OPTIONS", "application/json",
                "{\"metadata\": []}").map(Classification::what)).contains("OPTIONS metadata");
        assertThat(classify(PageSample.Role.RESPONSE, PayloadFormat.XML, "GET", "application/xml",
                "<?xml version=\"1.0\"?><optionsMetadata/>").map(Classification::what)).contains("OPTIONS metadata");
    }

    @Test
    void aSampleWithoutABodyHasNoClassification() {
        assertThat(classify(PageSample.Role.REQUEST, PayloadFormat.JSON, "GET", null, null)).isEmpty();
        assertThat(classify(PageSample.Role.REQUEST, PayloadFormat.XML, "OPTIONS", null, null)).isEmpty();
    }

    @Test
    void tellsWhetherABodyNamesItsRel() {
        assertThat(BodyClassifier.namesItsRel(sample(PageSample.Role.REQUEST, PayloadFormat.JSON, "PUT", null,
                "{\"rel\": \"communication\"}", false))).isTrue();
        assertThat(BodyClassifier.namesItsRel(sample(PageSample.Role.REQUEST, PayloadFormat.JSON, "POST", null,
                "{\"to\": \"x\"}", false))).isFalse();
        assertThat(BodyClassifier.namesItsRel(sample(PageSample.Role.RESPONSE, PayloadFormat.XML, "GET", null,
                "<resource xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" rel=\"me\"/>", false))).isTrue();
        assertThat(BodyClassifier.namesItsRel(sample(PageSample.Role.REQUEST, PayloadFormat.XML, "PUT", null,
                "<resource xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"/>", false))).isFalse();
    }
}
