/**
 * Imports UCWA reference pages into descriptors; {@link io.github.ucwakit.importer.PageImporter} is the facade.
 *
 * <p>The pipeline, one package per step: {@code page} splits a page into sections at its headings (recognized
 * by name whatever their level, misspellings tolerated) and reads its tables; {@code read} turns the sections of
 * a resource or enumeration page into rows and samples; {@code sample} parses the JSON and XML samples
 * (entities decoded, broken and spaced values repaired) into format-neutral resources; {@code infer} files every
 * sample's resources, embedded ones included, as evidence about the resource their rel names, and infers types
 * from it; {@code draft} builds one descriptor draft per page; {@code write} applies overrides, orders keys,
 * renders YAML and writes the files whose bytes changed.
 *
 * <p>An override file {@code <name>.yaml} is a partial descriptor: list items are matched by name, rel, key,
 * method (errors by {@code code/subcode}, events by type), their keys replace the imported ones, {@code null}
 * removes a key, unmatched items are added, and {@code remove: {links: [rel, ...]}} drops items. Where the
 * evidence conflicts or is missing, the importer writes its best choice with a {@code review:} key saying why.
 */
package io.github.ucwakit.importer;
