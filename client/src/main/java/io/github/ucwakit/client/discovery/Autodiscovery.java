package io.github.ucwakit.client.discovery;

import io.github.ucwakit.api.Root;
import io.github.ucwakit.client.errors.ErrorResponses;
import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.http.Cancellation;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.client.http.OutgoingRequest;
import io.github.ucwakit.client.http.Transport;
import io.github.ucwakit.client.wire.MediaTypes;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Finds UCWA from a root URL as the reference's autodiscovery flow describes it: reads the root resource, follows
 * its {@code redirect} link when it has one (checked first: an absolute http(s) URL, within the hop limit), then
 * its {@code user} link (the server challenges for a token there, which the authenticating transport answers), and
 * takes the {@code applications} link of the user resource (or follows its {@code redirect}). The {@code xframe}
 * link, when given, is sent as {@code Referer} from then on, as the reference's samples do. An HTTP redirect is
 * followed only within the domain it came from.
 */
public final class Autodiscovery {

    private static final System.Logger LOG = System.getLogger(Autodiscovery.class.getName());

    private final Transport transport;
    private final UcwaCodec codec;
    private final PayloadFormat format;
    private final int maxHops;

    /**
     * @param transport the transport to read with; it must answer the sign-in challenge
     * @param maxHops how many redirects (links and HTTP) discovery follows before giving up
     */
    public Autodiscovery(Transport transport, UcwaCodec codec, PayloadFormat format, int maxHops) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.format = Objects.requireNonNull(format, "format");
        this.maxHops = maxHops;
    }

    /** Discovers the service from the root URL. */
    public CompletableFuture<ServiceLocation> discover(URI root, Cancellation cancellation) {
        return fromRoot(root, null, 0, cancellation);
    }

    private CompletableFuture<ServiceLocation> fromRoot(URI rootUri, @Nullable URI xframe, int hops,
            Cancellation cancellation) {
        return get(rootUri, xframe, hops, cancellation).thenCompose(read -> {
            Root root = codec.read(read.response().body(), formatOf(read.response()), Root.class);
            URI base = read.response().uri();
            URI frame = root.xframeLink().map(link -> resolve(base, link)).orElse(xframe);
            Optional<Link> user = root.userLink();
            if (user.isPresent()) {
                return fromUser(resolve(base, user.get()), frame, read.hops(), cancellation);
            }
            Optional<Link> redirect = root.redirectLink();
            if (redirect.isPresent()) {
                return fromRoot(checkedRedirect(base, redirect.get(), read.hops()), frame, read.hops() + 1,
                        cancellation);
            }
            throw new UcwaClientException("the root resource at " + base + " has neither a user nor a redirect link");
        });
    }

    private CompletableFuture<ServiceLocation> fromUser(URI userUri, @Nullable URI xframe, int hops,
            Cancellation cancellation) {
        return get(userUri, xframe, hops, cancellation).thenCompose(read -> {
            URI base = read.response().uri();
            GenericResource user = codec.read(read.response().body(), formatOf(read.response()),
                    GenericResource.class);
            URI frame = link(user, "xframe").map(link -> resolve(base, link)).orElse(xframe);
            Optional<Link> applications = link(user, "applications");
            if (applications.isPresent()) {
                URI uri = resolve(base, applications.get());
                LOG.log(Level.DEBUG, "found UCWA: applications at {0}", uri);
                return CompletableFuture.completedFuture(new ServiceLocation(base, uri, frame));
            }
            Optional<Link> redirect = link(user, "redirect");
            if (redirect.isPresent()) {
                return fromRoot(checkedRedirect(base, redirect.get(), read.hops()), frame, read.hops() + 1,
                        cancellation);
            }
            throw new UcwaClientException("the user resource at " + base
                    + " has neither an applications nor a redirect link");
        });
    }

    /** A GET that follows an HTTP redirect within the domain and fails on any other non-200 answer. */
    private CompletableFuture<Read> get(URI uri, @Nullable URI xframe, int hops, Cancellation cancellation) {
        OutgoingRequest request = OutgoingRequest.of("GET", uri).withHeader("Accept", MediaTypes.of(format));
        if (xframe != null) {
            request = request.withHeader("Referer", xframe.toString());
        }
        return transport.send(request, cancellation).thenCompose(response -> {
            int status = response.status();
            if (status == 200) {
                return CompletableFuture.completedFuture(new Read(response, hops));
            }
            Optional<String> location = response.header("Location");
            if ((status == 301 || status == 302 || status == 307 || status == 308) && location.isPresent()) {
                URI target = uri.resolve(location.get());
                if (!sameDomain(uri, target)) {
                    throw new UcwaClientException("autodiscovery at " + uri + " redirects to another domain: " + target);
                }
                checkHops(hops + 1, uri);
                return get(target, xframe, hops + 1, cancellation);
            }
            throw ErrorResponses.toException("GET", uri, status, response.contentType().orElse(null),
                    response.body(), ErrorCatalog.of(), null);
        });
    }

    private URI checkedRedirect(URI base, Link redirect, int hops) {
        URI target = resolve(base, redirect);
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || target.getHost() == null) {
            throw new UcwaClientException("autodiscovery at " + base + " redirects to " + target
                    + ", which is not an http(s) URL");
        }
        checkHops(hops + 1, base);
        LOG.log(Level.DEBUG, "autodiscovery at {0} redirects to {1}", base, target);
        return target;
    }

    private void checkHops(int hops, URI at) {
        if (hops > maxHops) {
            throw new UcwaClientException("autodiscovery gave up at " + at + " after " + maxHops + " redirects");
        }
    }

    private PayloadFormat formatOf(IncomingResponse response) {
        return response.contentType().flatMap(MediaTypes::formatOf).orElse(format);
    }

    private static Optional<Link> link(UcwaResource resource, String rel) {
        return resource.unknownMembers().links().stream().filter(link -> link.rel().equals(rel)).findFirst();
    }

    private static URI resolve(URI base, Link link) {
        return base.resolve(link.href());
    }

    /** Same host, or hosts under the same parent domain ({@code lyncdiscover.contoso.com}, {@code lyncweb.contoso.com}). */
    static boolean sameDomain(URI from, URI to) {
        String a = from.getHost() == null ? "" : from.getHost().toLowerCase(Locale.ROOT);
        String b = to.getHost() == null ? "" : to.getHost().toLowerCase(Locale.ROOT);
        return a.equals(b) || (!parent(a).isEmpty() && parent(a).equals(parent(b)));
    }

    private static String parent(String host) {
        if (host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return "";
        }
        int dot = host.indexOf('.');
        String parent = dot < 0 ? "" : host.substring(dot + 1);
        return parent.indexOf('.') < 0 ? "" : parent;
    }

    private record Read(IncomingResponse response, int hops) {}
}
