/**
 * Plain records of what a project declares: model releases, their cost claims, items, compute and
 * exclusions, each value with the place it was written. No parser and no build tool types here.
 */
package dev.costscope.model;
