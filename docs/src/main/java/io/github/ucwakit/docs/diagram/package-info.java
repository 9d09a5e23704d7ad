/**
 * Sequence diagrams as data and as SVG: a {@link io.github.ucwakit.docs.diagram.SequenceDiagram} (participants,
 * messages, notes and combined fragments) is laid out by {@link io.github.ucwakit.docs.diagram.DiagramLayout} from
 * the widths of its texts in a fixed-width font, and the {@link io.github.ucwakit.docs.diagram.Layout} is written by
 * {@link io.github.ucwakit.docs.diagram.SvgWriter} through StAX. Nothing here depends on the pages of the site.
 */
package io.github.ucwakit.docs.diagram;
