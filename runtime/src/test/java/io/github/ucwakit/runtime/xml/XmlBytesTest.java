package io.github.ucwakit.runtime.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which byte documents are decoded up front as UTF-8 and which go to the parser as bytes; either way a document
 * reads, or fails, exactly as when the parser decodes it from a stream.
 */
class XmlBytesTest {

    private static final String BODY = "<resource rel=\"conversation\" href=\"/c/1\""
            + " xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">\n"
            + "  <property name=\"subject\">Caf\u00e9 \u2713 \uD83D\uDE00</property>\n</resource>";
    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<?xml version=\"1.0\"?>\n",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n",
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n",
        "<?xml version=\"1.0\" encoding = \"Utf-8\" ?>\n",
        "<?xml-stylesheet href=\"a.xsl\"?>\n"
    })
    void utf8DocumentsAreDecodedUpFront(String declaration) {
        byte[] document = (declaration + BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(XmlBytes.utf8Text(document)).isEqualTo(declaration + BODY);
    }

    @Test
    void theUtf8ByteOrderMarkIsLeftOut() {
        byte[] document = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BODY, StandardCharsets.UTF_8);

        assertThat(XmlBytes.utf8Text(document)).isEqualTo(BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n",
        "<?xml version=\"1.0\" encoding=\"utf-8 \"?>\n",
        "<?xml version=\"1.0\" encoding=utf-8?>\n",
        "<?xml version=\"1.0\"encoding=\"utf-8\"?>\n",
        "<?xml version=\"1.0\" encoding=\"utf-8\"\n"
    })
    void documentsOfOtherOrUnclearEncodingsGoToTheParser(String declaration) {
        assertThat(XmlBytes.utf8Text((declaration + BODY).getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void invalidUtf8AndUtf16GoToTheParser() {
        byte[] invalid = BODY.getBytes(StandardCharsets.UTF_8);
        invalid[BODY.indexOf("Caf") + 3] = (byte) 0xC3;
        invalid[BODY.indexOf("Caf") + 4] = (byte) 0x28;

        assertThat(XmlBytes.utf8Text(invalid)).isNull();
        assertThat(XmlBytes.utf8Text(BODY.getBytes(StandardCharsets.UTF_16))).isNull();
        assertThat(XmlBytes.utf8Text(BODY.getBytes(StandardCharsets.UTF_16LE))).isNull();
        assertThat(XmlBytes.utf8Text("a\uFFFDb".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(XmlBytes.utf8Text(new byte[0])).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "ISO-8859-1", "UTF-16BE", "UTF-16LE", "UTF-16"})
    void everyEncodingReadsAsFromAStream(String encoding) {
        Charset charset = Charset.forName(encoding);
        String text = (encoding.equals("ISO-8859-1") ? BODY.replaceAll("[^\\x00-\\xff]", "?") : BODY);
        byte[] document = ("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n" + text).getBytes(charset);

        Object fromBytes = outcome(() -> CODEC.read(document, PayloadFormat.XML, TestConversation.class));

        assertThat(fromBytes).isEqualTo(outcome(() -> CODEC.read(new ByteArrayInputStream(document),
                PayloadFormat.XML, TestConversation.class)));
        assertThat(((TestConversation) fromBytes).subject()).isEqualTo(text.substring(text.indexOf("Caf"),
                text.indexOf("</property>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<resource rel=\"conversation\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">\n<property",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\n<resource rel=\"x\"><property name=\"a\">&e;</property>",
        "<?xml version=\"1.1\" encoding=\"utf-8\"?><resource rel=\"conversation\"><property name=\"a\">\u0001",
        "<!DOCTYPE resource [<!ENTITY e \"x\">]>\n<resource/>",
        "  <?xml version=\"1.0\"?><resource/>",
        "\uFEFF\uFEFF<resource/>"
    })
    void faultsAreReportedAsFromAStream(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

        Object fromBytes = outcome(() -> CODEC.read(bytes, PayloadFormat.XML, TestConversation.class));

        assertThat(fromBytes).isEqualTo(outcome(() -> CODEC.read(new ByteArrayInputStream(bytes), PayloadFormat.XML,
                TestConversation.class)));
        assertThat(fromBytes).isInstanceOf(String.class);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    /** The resource read, or the kind, message and location of the failure. */
    private static Object outcome(Supplier<Object> read) {
        try {
            return read.get();
        } catch (UcwaPayloadException failure) {
            return failure.kind() + " " + failure.getMessage() + " at " + failure.location();
        }
    }
}
