/**
 * Reads a project's Java sources into the {@link dev.costscope.model} records: finds the files that
 * can hold a costscope annotation from their bytes, parses only those, and evaluates annotation
 * values, including constants defined in other files. The only package that imports JavaParser.
 */
package dev.costscope.extract;
