/** Renders pages as Markdown and as XHTML. */
package io.github.ucwakit.docs.render;
