package org.parley.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.data.TsvRows;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Token;

/**
 * People named in full. Reads the tokens; adds a NAMED reference for each full name — the longest
 * run of two to five capitalised words the knowledge base knows, else a run of two or more
 * PERSON-tagged words (a single word is a short form, left to {@link ShortFormPass}) — grown over
 * the title and country modifier before it. Meets the person in {@link People} under the
 * knowledge base's canonical name, with their short forms, title, country and a role apposition
 * after the name (", head of the Commission for External Relations,").
 */
final class FullNamePass extends ClaimingPass {

    private static final int LONGEST_NAME = 5;
    private static final int LONGEST_APPOSITION = 14;
    private static final Set<String> APPOSITION_HEADS = Set.copyOf(
            TsvRows.bundled(FullNamePass.class, "apposition-heads.tsv", 1, row -> row.cell(0)));
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ":", "(");

    private final OfficeHolders kb;
    private final NameModifiers modifiers;

    FullNamePass(OfficeHolders kb, NameModifiers modifiers) {
        super(new Contract(Set.of(), ReadingFact.FULL_NAMES));
        this.kb = kb;
        this.modifiers = modifiers;
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        int end = kbNameEnd(toks, i);
        int first = i;
        if (end == i && TokenRuns.isPersonTag(toks.get(i))) {
            while (end < toks.size() && TokenRuns.isPersonTag(toks.get(end))) {
                end++;
            }
            while (first < end && Titles.isTitleWord(toks.get(first).word())) {
                first++; // "Secretary Blinken" tagged PERSON as a whole
            }
            if (end - first < 2) {
                return Step.skipTo(end); // single words are short forms
            }
        }
        if (end == i) {
            return Step.nothingAt(i);
        }
        String name = TokenRuns.written(toks, first, end);
        List<OfficeTerm> terms = kb.termsOf(name);
        Person p = r.people().meet(terms.isEmpty() ? name : terms.get(0).name());
        p.addShortForm(toks.get(end - 1).word());
        for (OfficeTerm t : p.terms()) {
            if (!t.shortName().isBlank()) {
                p.addShortForm(t.shortName());
            }
        }
        int begin = modifiers.mentionBegin(r, s, first, p);
        appositionAfter(toks, end, p);
        return Step.found(Reference.toPerson(s, begin, end, ActorMention.Basis.NAMED, p));
    }

    /** End of the longest run of capitalised words from {@code i} that is a full name in the knowledge base. */
    private int kbNameEnd(List<Token> toks, int i) {
        for (int len = Math.min(LONGEST_NAME, toks.size() - i); len >= 2; len--) {
            boolean caps = true;
            for (int k = i; k < i + len; k++) {
                String w = toks.get(k).word();
                caps &= !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equals("."));
            }
            if (caps && TokenRuns.nameLike(toks, i, i + len) && kb.knowsFullName(TokenRuns.written(toks, i, i + len))) {
                return i + len;
            }
        }
        return i;
    }

    /** ", head of the Party Central Committee's Commission for External Relations," after a name. */
    private static void appositionAfter(List<Token> toks, int nameEnd, Person p) {
        if (nameEnd + 2 >= toks.size() || !toks.get(nameEnd).word().equals(",")) {
            return;
        }
        if (!APPOSITION_HEADS.contains(toks.get(nameEnd + 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        int end = nameEnd + 1;
        while (end < toks.size() && end - nameEnd <= LONGEST_APPOSITION && !APPOSITION_ENDS.contains(toks.get(end).word())) {
            end++;
        }
        String role = TokenRuns.written(toks, nameEnd + 1, end).replace(" ’s", "’s").replace(" 's", "'s");
        p.heardApposition(Character.toUpperCase(role.charAt(0)) + role.substring(1));
    }
}
