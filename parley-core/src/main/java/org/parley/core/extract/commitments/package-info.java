/**
 * Commitments: agreements, memoranda (MOU, MOC), pledges, funding packages, loans and grants an
 * article reports as made, with their parties, normalised amount, topics, date and sentence.
 * {@link org.parley.core.extract.commitments.CommitmentExtractor} is the entry point and lists its
 * passes in order (body sentences, amounts, frames, merging, assembly); the frames read the
 * dependency parse of each sentence (with surface fallbacks where the parse is unreliable) and the
 * word lists of {@code commitment-words.tsv};
 * {@link org.parley.core.extract.commitments.MoneyParser} normalises amounts ("$500 million",
 * "€1.5bn", "Rs 500 crore") to ISO 4217 money. Figures that are not commitments (trade volumes,
 * GDP, budgets, counts) are not read as commitments.
 */
package org.parley.core.extract.commitments;
