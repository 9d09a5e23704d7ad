/**
 * What the other packages of the client share about the wire: media types and the payload format of each. Depends
 * on no other package of the client.
 */
package io.github.ucwakit.client.wire;
