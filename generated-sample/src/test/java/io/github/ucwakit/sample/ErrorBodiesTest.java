package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static io.github.ucwakit.sample.Payloads.assertXmlSimilar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.GenericError;
import io.github.ucwakit.runtime.errors.GenericErrors;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The error samples of the reference parse into the typed error, are written back equal, and are found in the
 * generated error tables; unknown subcodes are kept.
 */
class ErrorBodiesTest {

    private static final ReferencePage PAGE = ReferencePage.load("ErrorsAndInformationalMessages.md");
    private static final String JSON = PAGE.sampleAt(88, "\"code\"").body();
    private static final String XML = PAGE.sampleAt(103, "<reason").body();

    @Test
    void theJsonSampleParsesIntoTheTypedError() {
        UcwaError error = ErrorBodies.read(JSON, PayloadFormat.JSON);
        assertThat(error.code()).isEqualTo("Conflict");
        assertThat(error.subcode()).contains("AlreadyExists");
        assertThat(error.message()).contains("The requested resource already exists. Please wait and try again.");
        assertThat(error.hasDebugInfo()).isFalse();
        assertThat(error.unknownMembers()).isEmpty();
        assertJsonEquals(JSON, ErrorBodies.writeToString(error, PayloadFormat.JSON));
    }

    @Test
    void theXmlSampleParsesIntoTheSameError() {
        UcwaError error = ErrorBodies.read(XML, PayloadFormat.XML);
        assertThat(error.code()).isEqualTo("Conflict");
        assertThat(error.subcode()).contains("AlreadyExists");
        assertThat(error.hasDebugInfo()).isTrue();
        assertThat(error.debugInfo()).isEmpty();
        assertThat(error.hasParameters()).isTrue();
        assertThat(error.toBuilder().debugInfo(null).parameters(null).build())
                .isEqualTo(ErrorBodies.read(JSON, PayloadFormat.JSON));
        assertXmlSimilar(XML, ErrorBodies.writeToString(error, PayloadFormat.XML));
    }

    @Test
    void a409ConflictAlreadyExistsIsARowOfTheConversationGetTable() {
        for (UcwaError error : List.of(ErrorBodies.read(JSON, PayloadFormat.JSON),
                ErrorBodies.read(XML, PayloadFormat.XML))) {
            assertThat(ConversationOperations.GET.errors().match(409, error)).contains(ErrorEntries.CONFLICT_ALREADY_EXISTS);
            assertThat(ConversationOperations.GET.matchError(409, error))
                    .hasValueSatisfying(row -> assertThat(row.description()).isEqualTo("The already exists error."));
            assertThat(ConversationOperations.GET.errors().match(410, error)).isEmpty();
            assertThat(ConversationOperations.DELETE.errors().match(409, error)).isEmpty();
        }
    }

    @Test
    void anUnknownSubcodeIsKeptAndMatchesNoRow() {
        String json = JSON.replace("AlreadyExists", "QuantumEntanglement");
        String xml = XML.replace("AlreadyExists", "QuantumEntanglement");
        for (UcwaError error : List.of(ErrorBodies.read(json, PayloadFormat.JSON),
                ErrorBodies.read(xml, PayloadFormat.XML))) {
            assertThat(error.subcode()).contains("QuantumEntanglement");
            assertThat(ConversationOperations.GET.errors().match(409, error)).isEmpty();
        }
        assertJsonEquals(json, ErrorBodies.writeToString(ErrorBodies.read(json, PayloadFormat.JSON), PayloadFormat.JSON));
    }

    @Test
    void anErrorWithoutSubcodeIsTheNoneRow() {
        UcwaError error = ErrorBodies.read("{\"code\":\"Conflict\"}", PayloadFormat.JSON);
        assertThat(ConversationOperations.GET.errors().match(409, error)).contains(ErrorEntries.CONFLICT_NONE);
        assertThat(ErrorEntries.CONFLICT_NONE.subcode()).isEqualTo(ErrorEntry.NO_SUBCODE);
    }

    @Test
    void parametersDebugInfoLinkAndUnknownMembersAreKept() {
        String json = "{\"code\":\"BadRequest\",\"subcode\":\"ParameterValidationFailure\","
                + "\"link\":{\"href\":\"https://example.com/help\"},\"parameters\":{\"to\":\"sip:x\"},"
                + "\"debugInfo\":{\"diagnostics\":\"1;reason=x\",\"attempt\":2},\"traceId\":\"abc\"}";
        UcwaError error = ErrorBodies.read(json, PayloadFormat.JSON);
        assertThat(error.link().orElseThrow().href()).isEqualTo("https://example.com/help");
        assertThat(error.parameters()).containsEntry("to", new PropertyValue.Text("sip:x"));
        assertThat(error.debugInfo()).containsEntry("attempt", new PropertyValue.Number("2"));
        assertThat(error.unknownMembers()).containsEntry("traceId", new PropertyValue.Text("abc"));
        assertJsonEquals(json, ErrorBodies.writeToString(error, PayloadFormat.JSON));
        UcwaError throughXml = ErrorBodies.read(ErrorBodies.writeToString(error, PayloadFormat.XML), PayloadFormat.XML);
        assertThat(throughXml.parameters()).isEqualTo(error.parameters());
        assertThat(throughXml.link()).isEqualTo(error.link());
        assertThat(GenericErrors.match(error).map(GenericError::name)).contains("ParameterValidationFailure");
    }

    @Test
    void aBodyWithoutCodeIsRefused() {
        assertThatThrownBy(() -> ErrorBodies.read("{\"subcode\":\"AlreadyExists\"}", PayloadFormat.JSON))
                .isInstanceOf(UcwaPayloadException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> ErrorBodies.read(
                "<reason xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><message>x</message></reason>",
                PayloadFormat.XML)).isInstanceOf(UcwaPayloadException.class).hasMessageContaining("code");
    }

    @Test
    void theGenericErrorsAreThoseOfTheGenericSynchronousErrorsPage() {
        List<GenericError> onThePage = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\|(\\w+)\\|([^|]+)\\|$")
                .matcher(ReferencePage.load("GenericSynchronousErrors.md").text());
        while (row.find()) {
            if (!row.group(1).equals("Error")) {
                onThePage.add(new GenericError(row.group(1), row.group(2).strip()));
            }
        }
        assertThat(onThePage).hasSize(17);
        assertThat(GenericErrors.all()).containsExactlyElementsOf(onThePage);
    }

    @Test
    void aGenericErrorIsFoundByCodeOrSubcode() {
        UcwaError notFound = UcwaError.builder("NotFound").subcode("ApplicationNotFound").build();
        assertThat(GenericErrors.match(notFound).map(GenericError::name)).contains("ApplicationNotFound");
        UcwaError failure = UcwaError.builder("ServiceFailure").build();
        assertThat(GenericErrors.match(failure).map(GenericError::name)).contains("ServiceFailure");
        assertThat(GenericErrors.match(UcwaError.builder("Teapot").build())).isEmpty();
    }
}
