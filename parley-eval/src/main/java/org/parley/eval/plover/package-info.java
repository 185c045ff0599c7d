/**
 * PLOVER event coding evaluation: the {@link org.parley.eval.plover.SentenceCoder} seam, the gold
 * record reader, the scorer (event type and source/target countries) and the keyword baseline.
 */
package org.parley.eval.plover;
