/**
 * Story clustering: groups the articles that report the same real-world event, across outlets and
 * formats, into stories. Each article is reduced to {@link org.parley.core.cluster.StoryEvidence}
 * (its lead event, the actors, places, dates and entities it mentions, and a MinHash signature of
 * its words); {@link org.parley.core.cluster.StoryClusterer} finds candidate pairs by blocking,
 * links pairs whose actors, dates and places agree, and merges links greedily from the strongest,
 * never joining two articles whose news is dated apart.
 */
package org.parley.core.cluster;
