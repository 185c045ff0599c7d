/**
 * What is decided once per article and read by every extraction stage (actors, events,
 * commitments, dates): which part of the article each sentence is ({@link
 * org.parley.core.analysis.ArticleSections}). Each fact has one home here, so the stages cannot
 * disagree about it; the classes are immutable and thread-safe.
 */
package org.parley.core.analysis;
