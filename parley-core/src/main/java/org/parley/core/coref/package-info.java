/**
 * Event coreference within stories: decides which event mentions of one document cluster refer to
 * the same real-world event. Each mention is reduced to a {@link org.parley.core.coref.CorefMention}
 * (its trigger's lemma and word class, and the participants, places, numbers and times of its
 * sentence near the trigger); {@link org.parley.core.coref.MentionAffinity} scores a pair from
 * trigger relatedness (same lemma, or a shared concept of a {@link org.parley.core.coref.SenseInventory}
 * such as WordNet's synsets and derivations, read through {@link org.parley.core.coref.WordBases}
 * for the words it does not link: nominee → nominate, DUI → drunk driving) and argument
 * compatibility; and
 * {@link org.parley.core.coref.EventCorefClusterer} joins mentions agglomeratively inside each
 * story and the stories whose documents read most like it ({@link org.parley.core.coref.NeighbourStories}:
 * the document clustering splits some real stories), never across such blocks. Engine-free: any document clustering and any sense inventory plug in.
 */
package org.parley.core.coref;
