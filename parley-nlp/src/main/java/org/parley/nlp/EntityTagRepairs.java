package org.parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cheap token-level repairs of CoreNLP's entity tags that matter for political news, applied to
 * one sentence after NER:
 * <ul>
 *   <li>a PERSON run that starts with a country or demonym ("Vietnam Nguyen Phu Trong",
 *       "Chinese Xi Jinping") is split: the prefix gets COUNTRY or NATIONALITY;</li>
 *   <li>"Washington, D.C.", "Washington D.C." and "Washington DC" are a CITY, whatever the
 *       fine-grained list called them (CoreNLP's shipped list says STATE_OR_PROVINCE);</li>
 *   <li>"Party" before a TITLE run starting with "General Secretary" joins it, so "Party General
 *       Secretary" is one TITLE.</li>
 * </ul>
 * The last two only run when fine-grained types are on. Thread-safe (the gazetteer is immutable).
 */
final class EntityTagRepairs {

    private static final Set<String> DC = Set.of("D.C.", "D.C", "DC");

    private final CuratedGazetteer gazetteer;
    private final boolean fineGrained;

    EntityTagRepairs(CuratedGazetteer gazetteer, boolean fineGrained) {
        this.gazetteer = gazetteer;
        this.fineGrained = fineGrained;
    }

    void repair(List<CoreLabel> tokens) {
        splitCountryPrefixFromPersons(tokens);
        if (fineGrained) {
            tagWashingtonDcAsCity(tokens);
            joinPartyToGeneralSecretary(tokens);
        }
    }

    private void splitCountryPrefixFromPersons(List<CoreLabel> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            if (!"PERSON".equals(tokens.get(i).ner())) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && "PERSON".equals(tokens.get(end).ner())) {
                end++;
            }
            List<String> words = new ArrayList<>();
            for (int k = i; k < end; k++) {
                words.add(tokens.get(k).word());
            }
            for (String type : List.of("COUNTRY", "NATIONALITY")) {
                // Without fine-grained types the prefix is what the coarse tagger would call it.
                String tag = fineGrained ? type : (type.equals("COUNTRY") ? "LOCATION" : "MISC");
                var prefix = gazetteer.longestProperPrefix(words, type);
                if (prefix.isPresent()) {
                    for (int k = i; k < i + prefix.get(); k++) {
                        retag(tokens.get(k), tag);
                    }
                    break;
                }
            }
            i = end;
        }
    }

    private static void tagWashingtonDcAsCity(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!"Washington".equals(tokens.get(i).word())) {
                continue;
            }
            int dc = i + 1;
            if (dc < tokens.size() && ",".equals(tokens.get(dc).word())) {
                dc++;
            }
            if (dc < tokens.size() && DC.contains(tokens.get(dc).word())) {
                for (int k = i; k <= dc; k++) {
                    retag(tokens.get(k), "CITY");
                }
                i = dc;
            }
        }
    }

    private static void joinPartyToGeneralSecretary(List<CoreLabel> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            CoreLabel party = tokens.get(i);
            if ("Party".equals(party.word()) && !"TITLE".equals(party.ner())
                    && "General".equals(tokens.get(i + 1).word()) && "TITLE".equals(tokens.get(i + 1).ner())
                    && "Secretary".equals(tokens.get(i + 2).word())) {
                retag(party, "TITLE");
            }
        }
    }

    private static void retag(CoreLabel token, String tag) {
        token.setNER(tag);
        token.remove(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
}
