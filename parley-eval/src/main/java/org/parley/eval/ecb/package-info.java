/**
 * Story clustering against ECB+ (each subtopic folder of the dev documents is one gold story; the two
 * subtopics of a topic are similar but different events), and a scaling benchmark of the story
 * clusterer on resampled real evidence.
 */
package org.parley.eval.ecb;
