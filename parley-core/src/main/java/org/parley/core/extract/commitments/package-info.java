/**
 * Commitments: agreements, memoranda (MOU, MOC), pledges, funding packages, loans and grants an
 * article reports as made, with their parties, normalised amount, topics, date and sentence.
 * {@link org.parley.core.extract.commitments.CommitmentExtractor} reads them from the dependency
 * parse of each sentence (with surface fallbacks where the parse is unreliable);
 * {@link org.parley.core.extract.commitments.MoneyParser} normalises amounts ("$500 million",
 * "€1.5bn", "Rs 500 crore") to ISO 4217 money. Figures that are not commitments (trade volumes,
 * GDP, budgets, counts) are not read as commitments.
 */
package org.parley.core.extract.commitments;
