/**
 * The format-neutral model of the reference: pages of headings, paragraphs, tables and code blocks whose links
 * name other pages by id. The Markdown and HTML writers render the same pages.
 */
package io.github.ucwakit.docs.page;
