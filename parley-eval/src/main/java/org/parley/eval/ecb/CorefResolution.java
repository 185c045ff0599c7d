package org.parley.eval.ecb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.coref.CorefMention;
import org.parley.core.coref.CorefWeights;
import org.parley.core.coref.EventCorefClusterer;
import org.parley.core.coref.NeighbourStories;
import org.parley.core.coref.SenseInventory;
import org.parley.core.coref.SentenceArguments;
import org.parley.core.coref.WordBases;
import org.parley.eval.AnnotatedCorpus;
import org.parley.nlp.WordNetSenseInventory;

/**
 * Parley's event coreference over the ECB+ gold mentions with given weights: the part of
 * {@link EcbCorefRun} that a sensitivity table reruns, on inputs read once (the annotated documents,
 * Parley's stories and their documents' similarities).
 */
final class CorefResolution {

    /** What one run resolved: the inputs, chains within Parley's story blocks and within gold subtopics. */
    record Chains(List<CorefMention> mentions, Map<String, String> blockOfStory, Map<String, String> inStories,
                  Map<String, String> inSubtopics) {
    }

    private final List<EcbCorefRun.GoldMention> gold;
    private final Map<String, AnnotatedCorpus.Item> byDoc;
    private final Map<String, AnnotatedCorpus.Item> titles;
    private final EcbCorefRun.Lexicon lexicon;
    private final Map<String, String> storyOfDoc;
    private final List<NeighbourStories.DocumentPair> similarities;
    private final Map<String, String> subtopicOf = new HashMap<>();
    private final Map<Integer, SenseInventory> sensesByDepth = new HashMap<>();

    CorefResolution(List<EcbCorefRun.GoldMention> gold, Map<String, AnnotatedCorpus.Item> byDoc,
                    Map<String, AnnotatedCorpus.Item> titles, EcbCorefRun.Lexicon lexicon,
                    Map<String, String> storyOfDoc, List<NeighbourStories.DocumentPair> similarities) {
        this.gold = gold;
        this.byDoc = byDoc;
        this.titles = titles;
        this.lexicon = lexicon;
        this.storyOfDoc = storyOfDoc;
        this.similarities = similarities;
        gold.forEach(m -> subtopicOf.put(m.doc(), m.subtopic()));
    }

    Chains resolve(CorefWeights weights) {
        SenseInventory senses = sensesByDepth.computeIfAbsent(weights.senses(),
                n -> WordBases.over(WordNetSenseInventory.open(n)));
        EventCorefClusterer coref = new EventCorefClusterer(senses, weights);
        List<CorefMention> mentions = CorefInputs.of(gold, byDoc, titles, lexicon, SentenceArguments.of(weights));
        Map<String, String> blockOfStory = NeighbourStories.blocks(storyOfDoc, similarities,
                weights.neighbourSimilarity(), weights.misplacedSimilarity());
        return new Chains(mentions, blockOfStory, coref.cluster(mentions, storyOfDoc::get, blockOfStory::get),
                coref.cluster(mentions, subtopicOf::get));
    }
}
