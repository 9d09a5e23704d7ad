package io.github.ucwakit.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.MeOperations;
import io.github.ucwakit.api.MyContacts;
import io.github.ucwakit.api.People;
import io.github.ucwakit.api.PeopleOperations;
import io.github.ucwakit.client.Batch;
import io.github.ucwakit.client.BatchPart;
import io.github.ucwakit.client.BatchResults;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.UcwaSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A batch of several GETs in one round trip to the simulator, each answer typed. */
class BatchAgainstSimulatorTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void severalGetsInOneRoundTrip(PayloadFormat format) {
        UcwaSimulator simulator = SIMULATOR.simulator();
        UcwaClient client = UcwaClient.builder(simulator.rootUri()).format(format)
                .password(simulator.userName(), simulator.password()).build();
        Application application = client.signIn();
        People embeddedPeople = application.people().orElseThrow();

        Batch batch = client.batch();
        BatchPart<Me> me = batch.add(MeOperations.GET, application.me().orElseThrow().self().orElseThrow());
        BatchPart<People> people = batch.add(PeopleOperations.GET, embeddedPeople.self().orElseThrow());
        BatchPart<MyContacts> contacts = batch.get(embeddedPeople.myContactsLink().orElseThrow(), MyContacts.class);
        BatchPart<Communication> communication = batch.add(CommunicationOperations.GET,
                application.communication().orElseThrow().self().orElseThrow());
        BatchPart<Me> missing = batch.get(Link.of("me", application.self().orElseThrow().href() + "/nothing-here"),
                Me.class);
        BatchResults results = batch.send();

        assertThat(results.size()).isEqualTo(5);
        assertThat(results.get(me).body().map(Me::uri)).contains("sip:" + simulator.userName());
        assertThat(results.get(people).body().flatMap(People::myContactsLink)).isPresent();
        assertThat(results.get(contacts).body().orElseThrow().hasContact()
                || results.get(contacts).body().orElseThrow().hasContactLinks()).isTrue();
        assertThat(results.get(communication).tagged().etag()).isPresent();
        assertThat(results.failure(missing)).containsInstanceOf(UcwaErrorException.class);
    }
}
