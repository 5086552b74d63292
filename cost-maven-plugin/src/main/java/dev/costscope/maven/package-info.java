/**
 * The Maven goals: thin adapters that turn pom configuration into core requests, call the
 * extractor and the linter, and turn results into log lines and build failures. The only package
 * that imports Maven types.
 */
package dev.costscope.maven;
