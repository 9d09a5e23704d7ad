package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.AudioPreference;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.MessageFormat;
import io.github.ucwakit.api.ModalityType;
import io.github.ucwakit.api.OnlineMeetings;
import io.github.ucwakit.api.People;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Person;
import io.github.ucwakit.simulator.world.SimApplication;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The representations of an application and the resources it embeds (me, people, onlineMeetings, communication),
 * with the properties and links of the reference's samples.
 */
final class ApplicationViews {

    private ApplicationViews() {}

    /** The communication settings a new application starts with. */
    static Communication initialCommunication(String applicationId) {
        String key = UUID.nameUUIDFromBytes(("communication-" + applicationId).getBytes(StandardCharsets.UTF_8))
                .toString();
        return Communication.builder()
                .audioPreference(AudioPreference.PHONE_AUDIO)
                .conversationHistory("Disabled")
                .lisLocation("Building 1")
                .lisQueryResult("Succeeded")
                .phoneNumber("tel:+14255550100")
                .publishEndpointLocation(false)
                .simultaneousRingNumberMatch("Disabled")
                .supportedMessageFormats(List.of(MessageFormat.PLAIN, MessageFormat.HTML))
                .supportedModalities(List.of(ModalityType.MESSAGING))
                .videoBasedScreenSharing("Disabled")
                .unknownMembers(UnknownMembers.builder()
                        .property(key, new PropertyValue.Text("please pass this in a PUT request"))
                        .build())
                .build();
    }

    static Application application(SimApplication app, Person me) {
        Hrefs hrefs = app.hrefs();
        Communication embedded = communication(app);
        embedded = embedded.toBuilder()
                .unknownMembers(embedded.unknownMembers().toBuilder()
                        .property("etag", new PropertyValue.Text(app.communicationEtag()))
                        .build())
                .build();
        return Application.builder()
                .self(Link.of("self", hrefs.application()))
                .culture(app.culture())
                .endpointId(app.endpointId())
                .id(app.id())
                .instanceId(app.endpointId())
                .type("Browser")
                .userAgent(app.userAgent())
                .batchLink(Link.of("batch", hrefs.batch()))
                .eventsLink(Link.of("events", hrefs.events(app.events().lastNumber())))
                .policiesLink(Link.of("policies", hrefs.at("policies")))
                .reportMyNetworkLink(Link.of("reportMyNetwork", hrefs.at("reportMyNetwork")))
                .me(me(hrefs, me))
                .people(people(hrefs))
                .onlineMeetings(onlineMeetings(hrefs))
                .communication(embedded)
                .build();
    }

    static Me me(Hrefs hrefs, Person me) {
        return Me.builder()
                .self(Link.of("self", hrefs.me()))
                .company("Contoso")
                .department(me.department())
                .emailAddresses(List.of(me.email()))
                .endpointUri(me.uri() + ";opaque=user:epid:simulated;gruu")
                .homePhoneNumber("tel:+14255550190")
                .mobilePhoneNumber("tel:+14255550191")
                .name(me.name())
                .officeLocation(me.office())
                .otherPhoneNumber("tel:+14255550192")
                .title(me.title())
                .uri(me.uri())
                .workPhoneNumber(me.workPhone())
                .callForwardingSettingsLink(Link.of("callForwardingSettings", hrefs.at("me/callForwardingSettings")))
                .locationLink(Link.of("location", hrefs.at("me/location")))
                .makeMeAvailableLink(Link.of("makeMeAvailable", hrefs.at("me/makeMeAvailable")))
                .noteLink(Link.of("note", hrefs.at("me/note")))
                .phonesLink(Link.of("phones", hrefs.at("me/phones")))
                .photoLink(Link.of("photo", hrefs.photo(me.id())))
                .presenceLink(Link.of("presence", hrefs.at("me/presence")))
                .reportMyActivityLink(Link.of("reportMyActivity", hrefs.at("me/reportMyActivity")))
                .build();
    }

    static People people(Hrefs hrefs) {
        return People.builder()
                .self(Link.of("self", hrefs.people()))
                .myContactsAndGroupsSubscriptionLink(Link.of("myContactsAndGroupsSubscription",
                        hrefs.at("people/contactsAndGroupsSubscription")))
                .myContactsLink(Link.of("myContacts", hrefs.at("people/contacts")))
                .myGroupMembershipsLink(Link.of("myGroupMemberships", hrefs.at("people/groupMemberships")))
                .myGroupsLink(Link.of("myGroups", hrefs.at("people/groups")))
                .myPrivacyRelationshipsLink(Link.of("myPrivacyRelationships", hrefs.at("people/privacyRelationships")))
                .presenceSubscriptionMembershipsLink(Link.of("presenceSubscriptionMemberships",
                        hrefs.at("people/presenceSubscriptionMemberships")))
                .presenceSubscriptionsLink(Link.of("presenceSubscriptions", hrefs.at("people/presenceSubscriptions")))
                .searchLink(Link.of("search", hrefs.at("people/search")))
                .subscribedContactsLink(Link.of("subscribedContacts", hrefs.at("people/subscribedContacts")))
                .build();
    }

    static OnlineMeetings onlineMeetings(Hrefs hrefs) {
        return OnlineMeetings.builder()
                .self(Link.of("self", hrefs.at("onlineMeetings")))
                .myAssignedOnlineMeetingLink(Link.of("myAssignedOnlineMeeting",
                        hrefs.at("onlineMeetings/myOnlineMeetings/assigned")))
                .myOnlineMeetingsLink(Link.of("myOnlineMeetings", hrefs.at("onlineMeetings/myOnlineMeetings")))
                .onlineMeetingDefaultValuesLink(Link.of("onlineMeetingDefaultValues",
                        hrefs.at("onlineMeetings/defaultValues")))
                .onlineMeetingEligibleValuesLink(Link.of("onlineMeetingEligibleValues",
                        hrefs.at("onlineMeetings/eligibleValues")))
                .onlineMeetingInvitationCustomizationLink(Link.of("onlineMeetingInvitationCustomization",
                        hrefs.at("onlineMeetings/customInvitation")))
                .onlineMeetingPoliciesLink(Link.of("onlineMeetingPolicies", hrefs.at("onlineMeetings/policies")))
                .phoneDialInInformationLink(Link.of("phoneDialInInformation",
                        hrefs.at("onlineMeetings/phoneDialInInformation")))
                .build();
    }

    /** The communication resource: the stored settings with the server's links. */
    static Communication communication(SimApplication app) {
        Hrefs h = app.hrefs();
        String c = h.communication();
        return app.communication().toBuilder()
                .self(Link.of("self", c))
                .conversationLogsLink(Link.of("conversationLogs", c + "/conversationLogs"))
                .conversationsLink(Link.of("conversations", h.conversations()))
                .joinOnlineMeetingLink(Link.of("joinOnlineMeeting", c + "/joinOnlineMeeting"))
                .mediaPoliciesLink(Link.of("mediaPolicies", h.at("mediaPolicies")))
                .mediaRelayAccessTokenLink(Link.of("mediaRelayAccessToken", h.at("mediaRelayAccessToken")))
                .missedItemsLink(Link.of("missedItems", c + "/missedItems"))
                .replayMessageLink(Link.of("replayMessage", c + "/replayMessage"))
                .startAudioLink(Link.of("startAudio", c + "/startAudio"))
                .startAudioOnBehalfOfDelegatorLink(Link.of("startAudioOnBehalfOfDelegator",
                        c + "/startAudioOnBehalfOfDelegator"))
                .startAudioVideoLink(Link.of("startAudioVideo", c + "/startAudioVideo"))
                .startAudioVideoOnBehalfOfDelegatorLink(Link.of("startAudioVideoOnBehalfOfDelegator",
                        c + "/startAudioVideoOnBehalfOfDelegator"))
                .startEmergencyCallLink(Link.of("startEmergencyCall", c + "/startEmergencyCall"))
                .startMessagingLink(Link.of("startMessaging", h.startMessaging()))
                .startOnlineMeetingLink(Link.of("startOnlineMeeting", c + "/startOnlineMeeting"))
                .startPhoneAudioLink(Link.of("startPhoneAudio", c + "/startPhoneAudio"))
                .startPhoneAudioOnBehalfOfDelegatorLink(Link.of("startPhoneAudioOnBehalfOfDelegator",
                        c + "/startPhoneAudioOnBehalfOfDelegator"))
                .startVideoLink(Link.of("startVideo", c + "/startVideo"))
                .build();
    }
}
