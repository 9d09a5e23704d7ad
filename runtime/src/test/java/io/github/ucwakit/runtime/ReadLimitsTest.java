package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testsupport.CountingInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadLimitsTest {

    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());
    private static final String XML_OPEN = "<resource rel=\"conversation\" "
            + "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">";

    @Test
    void defaultsAreTheDocumentedOnes() {
        ReadLimits limits = ReadLimits.defaults();

        assertThat(limits.maxDepth()).isEqualTo(100);
        assertThat(limits.maxStringLength()).isEqualTo(10 * 1024 * 1024);
        assertThat(limits.maxNumberLength()).isEqualTo(1000);
        assertThat(limits.maxDocumentSize()).isEqualTo(16L * 1024 * 1024);
        assertThat(CODEC.limits()).isEqualTo(limits);
    }

    @Test
    void isAnImmutableValue() {
        ReadLimits changed = ReadLimits.defaults().withMaxDepth(5).withMaxStringLength(6).withMaxNumberLength(7)
                .withMaxDocumentSize(ReadLimits.NO_LIMIT);

        assertThat(ReadLimits.defaults().maxDepth()).isEqualTo(100);
        assertThat(changed).isEqualTo(ReadLimits.defaults().withMaxDocumentSize(ReadLimits.NO_LIMIT)
                .withMaxNumberLength(7).withMaxStringLength(6).withMaxDepth(5))
                .hasSameHashCodeAs(ReadLimits.defaults().withMaxDocumentSize(ReadLimits.NO_LIMIT)
                        .withMaxNumberLength(7).withMaxStringLength(6).withMaxDepth(5))
                .isNotEqualTo(ReadLimits.defaults());
        assertThat(changed).hasToString("ReadLimits{maxDepth=5, maxStringLength=6, maxNumberLength=7, "
                + "maxDocumentSize=none}");
    }

    @Test
    void refusesLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxStringLength(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxNumberLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxDocumentSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodecWithOtherLimitsKeepsItsBindings() {
        UcwaCodec strict = CODEC.withLimits(ReadLimits.defaults().withMaxDepth(3));

        assertThat(strict.limits().maxDepth()).isEqualTo(3);
        assertThat(strict.bindings()).containsExactlyElementsOf(CODEC.bindings());
        assertThat(CODEC.limits()).isEqualTo(ReadLimits.defaults());
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void depthIsConfigurable(PayloadFormat format) {
        String json = "{\"rel\":\"conversation\",\"futureList\":[[1]]}";
        String xml = XML_OPEN + "<resource rel=\"a\"><resource rel=\"b\"/></resource></resource>";
        String payload = format == PayloadFormat.JSON ? json : xml;
        UcwaCodec shallow = CODEC.withLimits(ReadLimits.defaults().withMaxDepth(2));

        assertThat(CODEC.withLimits(ReadLimits.defaults().withMaxDepth(3)).read(payload, format).rel())
                .isEqualTo("conversation");
        assertThatThrownBy(() -> shallow.read(payload, format))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.LIMIT_EXCEEDED)
                .hasFieldOrPropertyWithValue("location", format == PayloadFormat.JSON ? "$.futureList[0]"
                        : "line 1, column 121");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void stringLengthIsConfigurable(PayloadFormat format) {
        String subject = "Quarterly plans";
        String json = "{\"rel\":\"conversation\",\"subject\":\"" + subject + "\"}";
        String xml = XML_OPEN + "<property name=\"subject\">" + subject + "</property></resource>";
        String payload = format == PayloadFormat.JSON ? json : xml;

        assertThat(CODEC.withLimits(ReadLimits.defaults().withMaxStringLength(subject.length()))
                .read(payload, format, TestConversation.class).subject()).isEqualTo(subject);
        assertThatThrownBy(() -> CODEC.withLimits(ReadLimits.defaults().withMaxStringLength(subject.length() - 1))
                .read(payload, format, TestConversation.class))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.LIMIT_EXCEEDED)
                .hasFieldOrPropertyWithValue("location", format == PayloadFormat.JSON ? "$.subject"
                        : "line 1, column 109");
    }

    @Test
    void anXmlAttributeIsAStringToo() {
        String payload = XML_OPEN + "<link rel=\"participants\" href=\"/conversations/1/participants\"/></resource>";

        assertThatThrownBy(() -> CODEC.withLimits(ReadLimits.defaults().withMaxStringLength(20))
                .read(payload, PayloadFormat.XML))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.LIMIT_EXCEEDED)
                .hasFieldOrPropertyWithValue("location", "line 1, column 147")
                .hasMessageContaining("the attribute href is longer than the limit of 20 characters");
    }

    @Test
    void numberLengthIsConfigurable() {
        String payload = "{\"rel\":\"conversation\",\"participantCount\":123456}";

        assertThat(CODEC.withLimits(ReadLimits.defaults().withMaxNumberLength(6))
                .read(payload, PayloadFormat.JSON, TestConversation.class).participantCount()).isEqualTo(123456);
        assertThatThrownBy(() -> CODEC.withLimits(ReadLimits.defaults().withMaxNumberLength(5))
                .read(payload, PayloadFormat.JSON))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.LIMIT_EXCEEDED)
                .hasFieldOrPropertyWithValue("location", "$.participantCount");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aDocumentLargerThanTheLimitStopsTheReaderThere(PayloadFormat format) {
        int limit = 100_000;
        UcwaCodec small = CODEC.withLimits(ReadLimits.defaults().withMaxDocumentSize(limit));
        String head = format == PayloadFormat.JSON
                ? "{\"rel\":\"conversation\",\"_links\":{\"plainMessage\":{\"href\":\""
                : XML_OPEN + "<link rel=\"plainMessage\" href=\"";
        CountingInputStream input = new CountingInputStream(payload(head, "data:text/plain,", 'x', 50_000_000));

        assertThatThrownBy(() -> small.read(input, format))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.LIMIT_EXCEEDED)
                .hasMessageContaining(format == PayloadFormat.JSON ? "Document length" : "larger than the limit of "
                        + limit + " bytes");
        assertThat(input.count()).isLessThanOrEqualTo(limit + 64 * 1024);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theDefaultLimitStopsATwentyMegabyteDocumentAtSixteenMebibytes(PayloadFormat format) {
        String head = format == PayloadFormat.JSON ? "{" : XML_OPEN + "<!--";
        CountingInputStream input = new CountingInputStream(payload(head, "", ' ', 20_000_000));

        assertThatThrownBy(() -> CODEC.read(input, format))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.LIMIT_EXCEEDED)
                .extracting(e -> ((UcwaPayloadException) e).location()).asString()
                .matches(format == PayloadFormat.JSON ? "\\$" : "line 1, column \\d+");
        assertThat(input.count()).isLessThanOrEqualTo(16L * 1024 * 1024 + 128 * 1024);
    }

    @Test
    void aStringDocumentIsCountedInCharacters() {
        String payload = XML_OPEN + "<property name=\"subject\">" + "x".repeat(20_000) + "</property></resource>";

        assertThatThrownBy(() -> CODEC.withLimits(ReadLimits.defaults().withMaxDocumentSize(10_000))
                .read(payload, PayloadFormat.XML))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.LIMIT_EXCEEDED)
                .hasMessageContaining("larger than the limit of 10000 characters");
        assertThat(CODEC.withLimits(ReadLimits.defaults().withMaxDocumentSize(ReadLimits.NO_LIMIT))
                .read(payload, PayloadFormat.XML, TestConversation.class).subject()).hasSize(20_000);
    }

    /** A head, a prefix, then {@code count} copies of one byte, made as they are read. */
    private static InputStream payload(String head, String prefix, char filler, int count) {
        InputStream fill = new InputStream() {
            private int left = count;

            @Override
            public int read() {
                return left-- > 0 ? filler : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) filler);
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream((head + prefix).getBytes(StandardCharsets.UTF_8)), fill)));
    }
}
