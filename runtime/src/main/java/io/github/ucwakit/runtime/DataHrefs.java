package io.github.ucwakit.runtime;


/**
 * When the {@code data:} hrefs of links (see {@link DataUri}) are decoded. A codec decodes them as it reads
 * ({@link #DECODED_ON_READ}, the default): a malformed one makes the whole payload unreadable. With
 * {@link #DECODED_ON_DEMAND} ({@link io.github.ucwakit.runtime.codec.UcwaCodec#withDataHrefs}) a link keeps its href as text and
 * {@link Link#dataUri()} decodes it when asked, failing then with {@link UcwaPayloadException.Kind#INVALID_VALUE}
 * that names the link's rel and href; a client can so read a message whose one optional link is broken.
 */
public enum DataHrefs {
    /** Decoded as the payload is read; a malformed href fails the read. */
    DECODED_ON_READ,
    /** Kept as text and decoded by {@link Link#dataUri()}; a malformed href fails only there. */
    DECODED_ON_DEMAND
}
