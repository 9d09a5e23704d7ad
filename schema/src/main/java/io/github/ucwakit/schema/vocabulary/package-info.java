/**
 * The vocabulary of descriptors, defined once ({@link io.github.ucwakit.schema.vocabulary.DescriptorShape}): the keys
 * of every kind of node and the order they are written in, shared by the parser, the importer's writer and the JSON
 * Schema.
 */
package io.github.ucwakit.schema.vocabulary;
