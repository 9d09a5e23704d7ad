/** Example payloads of resources, written with the ucwakit runtime's own JSON and XML writers. */
package io.github.ucwakit.docs.example;
