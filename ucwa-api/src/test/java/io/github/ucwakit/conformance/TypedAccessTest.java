package io.github.ucwakit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import org.junit.jupiter.api.Test;

/** Members no typed accessor reaches, found in generated classes of the whole API and their embedded ones. */
class TypedAccessTest {

    private static final UcwaCodec CODEC = UcwaCodec.create();
    private static final TypedAccess TYPED = new TypedAccess(CODEC.bindings());

    private static UcwaResource json(String body) {
        return CODEC.read(body, PayloadFormat.JSON);
    }

    @Test
    void aResourceWhoseMembersAreAllDescribedHasNoneUntyped() {
        UcwaResource log = json("""
                {"rel": "conversationLog", "_links": {"self": {"href": "/logs/1"}},
                 "_embedded": {"conversationLogRecipient": [
                   {"rel": "conversationLogRecipient", "displayName": "Ann",
                    "_links": {"self": {"href": "/r/1"}, "contact": {"href": "/people/ann"}}}]}}
                """);

        assertThat(TYPED.untypedMembers(log)).isEmpty();
    }

    @Test
    void reportsUndescribedMembersAtEveryLevelWithTheirPath() {
        UcwaResource log = json("""
                {"rel": "conversationLog", "mood": "calm", "_links": {"gadget": {"href": "/g"}},
                 "_embedded": {
                   "conversationLogRecipient": [
                     {"rel": "conversationLogRecipient", "displayName": "Ann"},
                     {"rel": "conversationLogRecipient", "age": 3, "_links": {"pet": {"href": "/pets/1"}}}],
                   "stranger": {"rel": "stranger", "name": "Bob"}}}
                """);

        assertThat(TYPED.untypedMembers(log)).containsExactly(
                "conversationLog: property 'mood'",
                "conversationLog: link 'gadget'",
                "conversationLog: embedded 'stranger'",
                "conversationLog/conversationLogRecipient[1]: property 'age'",
                "conversationLog/conversationLogRecipient[1]: link 'pet'");
    }

    @Test
    void theXmlEchoOfTheRelIsAWireDetailNotAnUntypedMember() {
        String xml = """
                <resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="conversationLog" href="/l">
                  <property name="rel">conversationLog</property>
                  <resource rel="conversationLogRecipient" href="/r/1">
                    <property name="rel">conversationLogRecipient</property>
                    <property name="displayName">Ann</property>
                  </resource>
                </resource>
                """;

        UcwaResource log = CODEC.read(xml, PayloadFormat.XML);

        assertThat(log.unknownMembers().properties()).isEmpty();
        assertThat(TYPED.untypedMembers(log)).isEmpty();
        assertThat(CODEC.writeToString(log, PayloadFormat.XML)).contains("<property name=\"rel\">conversationLog<");
    }
}
