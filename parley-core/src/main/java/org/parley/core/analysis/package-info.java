/**
 * What is decided once per article and read by every extraction stage (actors, events,
 * commitments, dates): which part of the article each sentence is ({@link
 * org.parley.core.analysis.ArticleSections}) and how to walk each sentence's dependency parse
 * ({@link org.parley.core.analysis.DependencyGraph}, Universal Dependencies relation names). Each
 * fact has one home here, so the stages cannot disagree about it; the classes are immutable and
 * thread-safe.
 */
package org.parley.core.analysis;
