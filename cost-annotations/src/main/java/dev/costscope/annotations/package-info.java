/**
 * The costscope annotation API: a model release ({@link dev.costscope.annotations.ModelRelease}) and
 * every training cost claimed for it ({@link dev.costscope.annotations.TrainingCost}), each with the
 * scope it covers, the components it includes ({@link dev.costscope.annotations.Item}) and the ones it
 * leaves out ({@link dev.costscope.annotations.Excluded}).
 *
 * <p>Quantities are strings written the way people quote them: {@code "5.576M"}, {@code "2.788M"},
 * {@code "14.8T"}, {@code "671B"}, {@code "2.10"}, {@code "3.3e24"}. Digits may carry {@code _} or
 * {@code ,} separators; the suffixes K, M, B and T mean 10^3, 10^6, 10^9 and 10^12. The
 * {@code cost-maven-plugin} reads these annotations from source; it never loads the classes.
 */
package dev.costscope.annotations;
