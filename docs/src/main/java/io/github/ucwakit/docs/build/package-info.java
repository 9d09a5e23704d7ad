/** Turns the resolved descriptor model into the pages of the reference. */
package io.github.ucwakit.docs.build;
