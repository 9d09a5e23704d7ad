package io.github.ucwakit.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.MeLinks;
import io.github.ucwakit.api.PeopleLinks;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationLinks;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.People;
import io.github.ucwakit.client.Tagged;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.UcwaResponse;
import io.github.ucwakit.client.errors.PreconditionFailedException;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.UcwaSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client against the simulator over loopback, in JSON and XML: the flow a UCWA application goes through. */
class SimulatorFlowTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    private static UcwaClient client(UcwaSimulator simulator, PayloadFormat format) {
        return UcwaClient.builder(simulator.rootUri()).format(format)
                .password(simulator.userName(), simulator.password()).build();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void signInReadMeAndPeopleAndChangeCommunication(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = client(simulator, format);

        Application application = client.signIn();
        Me me = client.follow(application.me().orElseThrow(), MeLinks.SELF);
        People people = client.follow(application.people().orElseThrow(), PeopleLinks.SELF);
        Tagged<Communication> communication = client.followTagged(application.communication().orElseThrow(), CommunicationLinks.SELF);

        assertThat(me.uri()).isEqualTo("sip:" + simulator.userName());
        assertThat(people.myContactsLink()).isPresent();
        assertThat(communication.etag()).isPresent();
        assertThat(communication.value().unknownMembers().properties()).isNotEmpty();

        Tagged<Communication> changed = communication.map(c -> c.toBuilder().phoneNumber("tel:+15550100").build());
        UcwaResponse<?> put = client.put(CommunicationOperations.PUT, changed);
        Tagged<Communication> reread = client.followTagged(communication.value(), CommunicationLinks.SELF);

        assertThat(reread.value().phoneNumber()).isEqualTo("tel:+15550100");
        assertThat(reread.value().unknownMembers().properties())
                .isEqualTo(communication.value().unknownMembers().properties());
        assertThat(reread.etag()).isNotEqualTo(communication.etag()).isEqualTo(put.etag());
        assertThatThrownBy(() -> client.put(CommunicationOperations.PUT, changed))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.sentEtag()).isEqualTo(communication.etag()));

        client.signOut();
    }
}
