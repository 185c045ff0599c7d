/**
 * Story clustering: groups the articles that report the same real-world event, across outlets and
 * formats, into stories. Each article is reduced to {@link org.parley.core.cluster.StoryEvidence}
 * (its lead event, the actors, places, dates and entities it mentions, and the counted terms of its
 * words and names, {@link org.parley.core.cluster.ArticleTerms});
 * {@link org.parley.core.cluster.StoryClusterer} weighs the terms by tf-idf over the articles
 * ({@link org.parley.core.cluster.TermWeights}), finds candidate pairs by blocking, scores them by
 * their similarity read against each article's neighbourhood, and merges groups by average linkage
 * ({@link org.parley.core.cluster.AverageLinkage}), never joining articles whose news is dated
 * apart. {@link org.parley.core.cluster.StableIds} keeps story and event ids stable across runs and
 * says where a retired id went.
 */
package org.parley.core.cluster;
