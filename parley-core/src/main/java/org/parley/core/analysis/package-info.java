/**
 * What is decided once per article, or once for all, and read alike by every extraction stage
 * (actors, events, commitments, dates), held for one article by {@link
 * org.parley.core.analysis.ArticleAnalysis}: which part of the article each sentence is ({@link
 * org.parley.core.analysis.ArticleSections}, with the article's dateline, {@link
 * org.parley.core.dateline.ArticleDateline}, and its lead), how to walk a sentence's dependency parse ({@link
 * org.parley.core.analysis.DependencyGraph}, with Universal Dependencies relation names), the
 * modality cues of each predicate ({@link org.parley.core.analysis.Predicate}) and the cue words of
 * negation and reporting ({@link org.parley.core.analysis.CueWords}, TSV beside it).
 * Each fact has one home here, so the stages cannot disagree about it; the classes are immutable
 * and thread-safe.
 */
package org.parley.core.analysis;
