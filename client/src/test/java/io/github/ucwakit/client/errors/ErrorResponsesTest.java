package io.github.ucwakit.client.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.AddParticipantOperations;
import io.github.ucwakit.api.ErrorEntries;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failed responses become typed exceptions matched to the operation's error table. */
class ErrorResponsesTest {

    private static final URI URI_ = URI.create("http://127.0.0.1/ucwa/conversations/1/participants");

    private static byte[] body(UcwaError error, PayloadFormat format) {
        return ErrorBodies.writeToString(error, format).getBytes(StandardCharsets.UTF_8);
    }

    private static String type(PayloadFormat format) {
        return format == PayloadFormat.JSON ? "application/json; charset=utf-8" : "application/xml";
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aRowOfTheOperationsTableIsMatched(PayloadFormat format) {
        UcwaError error = UcwaError.builder("Conflict").subcode("AlreadyExists").message("exists").build();

        UcwaErrorException e = ErrorResponses.toException("POST", URI_, 409, type(format), body(error, format),
                AddParticipantOperations.POST.errors(), null);

        assertThat(e).isNotInstanceOf(PreconditionFailedException.class);
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.error()).contains(error);
        assertThat(e.entry()).contains(ErrorEntries.CONFLICT_ALREADY_EXISTS);
        assertThat(e.code()).contains("Conflict");
        assertThat(e.subcode()).contains("AlreadyExists");
        assertThat(e.getMessage()).contains("POST").contains("409").contains("Conflict/AlreadyExists");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void anUnknownSubcodeIsKeptWithoutARow(PayloadFormat format) {
        UcwaError error = UcwaError.builder("Conflict").subcode("SomethingNew").build();

        UcwaErrorException e = ErrorResponses.toException("POST", URI_, 409, type(format), body(error, format),
                AddParticipantOperations.POST.errors(), null);

        assertThat(e.entry()).isEmpty();
        assertThat(e.subcode()).contains("SomethingNew");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aGenericErrorIsRecognised(PayloadFormat format) {
        UcwaError error = UcwaError.builder("BadRequest").subcode("ParameterValidationFailure").build();

        UcwaErrorException e = ErrorResponses.toException("POST", URI_, 400, type(format), body(error, format),
                AddParticipantOperations.POST.errors(), null);

        assertThat(e.genericError().map(g -> g.name())).contains("ParameterValidationFailure");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void a412IsAPreconditionFailureWithTheEtagSent(PayloadFormat format) {
        UcwaError error = UcwaError.builder("PreconditionFailed").build();

        UcwaErrorException e = ErrorResponses.toException("PUT", URI_, 412, type(format), body(error, format),
                ErrorCatalog.of(), "\"42\"");

        assertThat(e).isInstanceOfSatisfying(PreconditionFailedException.class,
                conflict -> assertThat(conflict.sentEtag()).contains("\"42\""));
        assertThat(e.genericError().map(g -> g.name())).contains("PreconditionFailed");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aBodyThatIsNoUcwaErrorLeavesTheErrorEmpty(PayloadFormat format) {
        byte[] html = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);

        UcwaErrorException page = ErrorResponses.toException("GET", URI_, 502, "text/html", html, ErrorCatalog.of(), null);
        UcwaErrorException broken = ErrorResponses.toException("GET", URI_, 500, type(format),
                "{\"code\":".getBytes(StandardCharsets.UTF_8), ErrorCatalog.of(), null);
        UcwaErrorException empty = ErrorResponses.toException("GET", URI_, 404, null, new byte[0], ErrorCatalog.of(), null);

        assertThat(page.error()).isEmpty();
        assertThat(page.bodyExcerpt()).contains("502 Bad Gateway");
        assertThat(broken.error()).isEmpty();
        assertThat(empty.error()).isEmpty();
        assertThat(empty.status()).isEqualTo(404);
    }
}
