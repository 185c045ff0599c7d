package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.actors.ActorMention;
import org.parley.core.dates.EventDating;
import org.parley.model.Actor;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Commitment;
import org.parley.model.EntityMention;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Money;
import org.parley.model.Sentence;
import org.parley.model.Span;

/**
 * Reads the commitments an article reports as made: agreements, memoranda (MOU, MOC), pledges,
 * funding packages, loans and grants, each with its parties, amount, topics, date and sentence.
 *
 * <p>Rules, per sentence (the headline line is skipped: the body says the same with more context):
 * <ol>
 *   <li><b>Signed documents.</b> A verb sign/ink/conclude/seal/reach/strike/exchange/finalise whose
 *       object (or passive subject) is a document noun: MOU / memorandum of understanding →
 *       {@code mou}; MOC / memorandum of cooperation → {@code moc}; agreement, deal, accord,
 *       treaty, pact → {@code agreement} ("loan agreement" → {@code loan}, "grant agreement" →
 *       {@code grant}). Parties: the subject and its conjuncts, the {@code with} partner, the
 *       passive {@code by} agent. Amount: an amount inside the object's noun phrase ("a $500
 *       million MOU"); may be null. Title: the noun phrase with its modifiers ("MOC on Culture and
 *       People-to-People Ties"), or null when it is only the generic name.</li>
 *   <li><b>Money given or promised.</b> A verb pledge/commit/promise/provide/give/offer/grant/lend/
 *       donate/allocate/earmark/disburse/contribute/extend/announce/approve/award whose object holds
 *       an amount ("pledged $120 million", "will provide a loan of $X", "committed USD 30 million").
 *       Kind: loan or grant when the object says so; else {@code pledge} for
 *       pledge/commit/promise and for any of these verbs in the future ("will provide" is a
 *       pledge); else {@code funding} (provided, announced). Grant → grant, lend → loan. These
 *       need an amount: "pledged continued support" is not a commitment.</li>
 *   <li><b>Funding nouns with an amount.</b> package, funding, fund, aid, assistance, financing,
 *       loan, grant, credit with an amount ("a package of $4 million", "a $50 million grant") not
 *       already used above; the party is the subject of the clause (for a fronted "Through a
 *       package of ..., X is ..." the actor right after the comma).</li>
 * </ol>
 * Not commitments: amounts outside these frames (trade volumes, GDP, budgets, "a first tranche
 * of $30 million will go to ..."), counts ("2.2 million people"), negated verbs ("did not sign"),
 * and hypothetical or planned ones: a verb with would/could/may/might/should, or under plan/
 * consider/seek/hope/want/expect/aim/intend/propose/discuss/ask/urge/call. A planned signing
 * ("will sign") is not a commitment yet; a future giving ("will provide $X") is a pledge. A
 * commitment needs at least one party (from the given actor mentions) and a kind. Within an
 * article, mentions of the same commitment (same kind, same or missing amount, shared party) are
 * merged into the first.
 *
 * <p>Subjects come from the dependency parse, joined with the actors written immediately before
 * the verb ("X and Y signed"), because the parser often attaches coordinated organisation names
 * oddly. Amounts come from {@link MoneyParser} on the sentence, then from the tagger's MONEY
 * mentions it could not read (text first, the normalised value as a fallback). Topics are
 * {@link TopicKeywords} of the sentence with the actors' names left out, plus the title. The date comes from the {@link EventDating} with the
 * verb (or noun) as trigger and the parties as participants.
 *
 * <p>Thread-safe if the dater is: it holds no other state.
 */
public final class CommitmentExtractor {

    /** The kinds a commitment can have; this extractor emits all but {@code other}. */
    public static final List<String> KINDS = List.of("agreement", "mou", "moc", "pledge", "funding", "loan", "grant",
            "other");

    private static final Set<String> SIGN_VERBS = Set.of("sign", "ink", "conclude", "seal", "reach", "strike",
            "exchange", "finalise", "finalize", "initial");
    private static final Set<String> PROMISE_VERBS = Set.of("pledge", "commit", "promise");
    private static final Set<String> GIVE_VERBS = Set.of("provide", "give", "offer", "grant", "lend", "donate",
            "allocate", "earmark", "disburse", "contribute", "extend", "announce", "approve", "award", "unveil");
    private static final Set<String> FUNDING_NOUNS = Set.of("package", "funding", "fund", "aid", "assistance",
            "financing", "loan", "grant", "credit");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "may", "might", "should");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll");
    private static final Set<String> PLAN_VERBS = Set.of("plan", "consider", "seek", "hope", "want", "expect", "aim",
            "intend", "propose", "discuss", "ask", "urge", "call", "look", "wish", "prepare");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> GENERIC_TITLE_WORDS = Set.of("memorandum", "of", "understanding",
            "cooperation", "mou", "mous", "moc", "mocs", "agreement", "agreements", "deal", "accord", "treaty", "pact",
            "package", "loan", "grant", "funding", "(", ")", "new", "bilateral", "a", "an", "the");

    private static final Set<String> NOT_IN_TITLE = Set.of("in", "at", "during", "under", "since", "after", "before",
            "by", "from", "with", "between", "last", "this");

    private final EventDating dater;

    public CommitmentExtractor(EventDating dater) {
        this.dater = Objects.requireNonNull(dater, "dater");
    }

    /**
     * @param article the article (its clean text and id are cited as evidence)
     * @param text    its annotation
     * @param actors  the resolved actor mentions of the article (any order)
     * @return its commitments in text order
     */
    public List<Commitment> extract(Article article, AnnotatedText text, List<ActorMention> actors) {
        String clean = article.clean().text();
        int headlineEnd = headlineEnd(clean);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (sentence.tokens().isEmpty() || sentence.span().end() <= headlineEnd) {
                continue;
            }
            List<ActorMention> here = actors.stream().filter(m -> m.sentence() == sentence.index())
                    .sorted(Comparator.comparingInt(ActorMention::beginToken)).toList();
            new SentenceReading(new ParsedSentence(sentence), here, amounts(sentence, text, clean)).read(drafts);
        }
        List<Draft> merged = merge(drafts);
        List<Commitment> out = new ArrayList<>();
        for (Draft d : merged) {
            Sentence s = text.sentences().stream().filter(x -> x.index() == d.sentence).findFirst().orElseThrow();
            String sentenceText = s.text(clean);
            EventDate date = dater.date(article, text, d.sentence, d.trigger, d.parties);
            List<String> topics = TopicKeywords.of(withoutActorNames(sentenceText, s, actors)
                    + (d.title == null ? "" : " " + d.title));
            out.add(new Commitment(d.kind, d.title, d.parties, d.amount, date, topics,
                    new Evidence(article.id(), article.doc(), s.index(), s.span(), sentenceText)));
        }
        return List.copyOf(out);
    }

    /** The sentence with actor names blanked: "Ministry of Planning and Investment" is no investment topic. */
    private static String withoutActorNames(String sentenceText, Sentence s, List<ActorMention> actors) {
        char[] chars = sentenceText.toCharArray();
        int base = s.span().begin();
        for (ActorMention m : actors) {
            if (m.sentence() == s.index()) {
                for (int c = Math.max(0, m.span().begin() - base); c < Math.min(chars.length, m.span().end() - base); c++) {
                    chars[c] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** Where the headline ends: the first line, when it does not end like a sentence; else 0. */
    private static int headlineEnd(String clean) {
        int nl = clean.indexOf('\n');
        if (nl <= 0) {
            return 0;
        }
        String first = clean.substring(0, nl).strip();
        return first.isEmpty() || first.matches(".*[.!?\"”’]$") ? 0 : nl;
    }

    /** An amount in a sentence, by token range [begin, end). */
    private record Amount(int begin, int end, Money money) {
        boolean within(Set<Integer> tokens) {
            for (int i = begin; i < end; i++) {
                if (tokens.contains(i)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static List<Amount> amounts(Sentence sentence, AnnotatedText text, String clean) {
        List<Amount> out = new ArrayList<>();
        String sentenceText = sentence.text(clean);
        int base = sentence.span().begin();
        for (MoneyParser.Found f : MoneyParser.findAll(sentenceText)) {
            Span span = new Span(base + f.span().begin(), base + f.span().end());
            tokenRange(sentence, span).ifPresent(r -> out.add(new Amount(r[0], r[1], f.money())));
        }
        for (EntityMention e : text.entities()) {
            if (e.sentence() != sentence.index() || !e.type().equals("MONEY")
                    || out.stream().anyMatch(a -> overlaps(sentence, a, e.span()))) {
                continue;
            }
            MoneyParser.parse(e.text()).or(() -> MoneyParser.fromNormalized(e.normalized())).ifPresent(m ->
                    tokenRange(sentence, e.span()).ifPresent(r -> out.add(new Amount(r[0], r[1], m))));
        }
        return out;
    }

    private static boolean overlaps(Sentence sentence, Amount a, Span span) {
        Span amountSpan = new Span(sentence.tokens().get(a.begin()).span().begin(),
                sentence.tokens().get(a.end() - 1).span().end());
        return amountSpan.overlaps(span);
    }

    private static java.util.Optional<int[]> tokenRange(Sentence sentence, Span span) {
        int begin = -1;
        int end = -1;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Span t = sentence.tokens().get(i).span();
            if (t.overlaps(span)) {
                begin = begin < 0 ? i : begin;
                end = i + 1;
            }
        }
        return begin < 0 ? java.util.Optional.empty() : java.util.Optional.of(new int[] {begin, end});
    }

    /** A commitment before dating: where it was read and what. */
    private static final class Draft {
        final int sentence;
        final int trigger;
        final String kind;
        String title;
        final List<Actor> parties;
        Money amount;

        Draft(int sentence, int trigger, String kind, String title, List<Actor> parties, Money amount) {
            this.sentence = sentence;
            this.trigger = trigger;
            this.kind = kind;
            this.title = title;
            this.parties = new ArrayList<>(parties);
            this.amount = amount;
        }

        boolean sameCommitment(Draft other) {
            boolean amountsAgree = amount == null || other.amount == null || amount.equals(other.amount);
            return kind.equals(other.kind) && amountsAgree
                    && parties.stream().anyMatch(p -> other.parties.stream().anyMatch(q -> q.name().equals(p.name())));
        }

        void absorb(Draft other) {
            amount = amount == null ? other.amount : amount;
            title = title == null ? other.title : title;
            for (Actor a : other.parties) {
                if (parties.stream().noneMatch(p -> p.name().equals(a.name()))) {
                    parties.add(a);
                }
            }
        }
    }

    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = out.stream().filter(o -> o.sameCommitment(d)).findFirst().orElse(null);
            if (same == null) {
                out.add(d);
            } else {
                same.absorb(d);
            }
        }
        return out;
    }

    /** The rules applied to one sentence. */
    private static final class SentenceReading {
        private final ParsedSentence p;
        private final List<ActorMention> mentions;
        private final List<Amount> amounts;
        private final Set<Amount> used = new java.util.HashSet<>();

        SentenceReading(ParsedSentence p, List<ActorMention> mentions, List<Amount> amounts) {
            this.p = p;
            this.mentions = mentions;
            this.amounts = amounts;
        }

        void read(List<Draft> out) {
            List<Draft> found = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) {
                if (p.isVerb(i) && SIGN_VERBS.contains(p.lemma(i))) {
                    signed(i, found);
                }
            }
            for (int i = 0; i < p.size(); i++) {
                String lemma = p.lemma(i);
                if (p.isVerb(i) && (PROMISE_VERBS.contains(lemma) || GIVE_VERBS.contains(lemma))) {
                    given(i, found);
                }
            }
            for (int i = 0; i < p.size(); i++) {
                if (!p.isVerb(i) && FUNDING_NOUNS.contains(p.lemma(i))) {
                    fundingNoun(i, found);
                }
            }
            found.sort(Comparator.comparingInt(d -> d.trigger));
            out.addAll(found);
        }

        private void signed(int verb, List<Draft> out) {
            if (negated(verb) || hypothetical(verb) || future(verb)) {
                return;
            }
            List<Integer> objects = new ArrayList<>(p.children(verb, "obj"));
            p.children(verb, "nsubj").stream().filter(c -> p.relation(c).equals("nsubj:pass")).forEach(objects::add);
            for (int obj : objects) {
                for (int doc : p.withConjuncts(obj)) {
                    String kind = documentKind(doc);
                    if (kind == null) {
                        continue;
                    }
                    List<Actor> parties = new ArrayList<>(subjectActors(verb));
                    for (int obl : p.children(verb, "obl")) {
                        if (Set.of("with", "by", "between").contains(p.caseOf(obl))) {
                            addAll(parties, argumentActors(obl));
                        }
                    }
                    for (int nmod : p.children(doc, "nmod")) {
                        if (Set.of("with", "between").contains(p.caseOf(nmod))) {
                            addAll(parties, argumentActors(nmod));
                        }
                    }
                    TreeSet<Integer> phrase = p.phrase(doc);
                    Amount amount = amountIn(phrase);
                    if (amount == null && kind.equals("loan")) {
                        amount = amountAfter(verb);
                    }
                    add(out, verb, kind, title(doc, phrase), parties, amount);
                }
            }
        }

        private void given(int verb, List<Draft> out) {
            if (negated(verb) || hypothetical(verb)) {
                return;
            }
            Amount amount = null;
            String nounKind = null;
            for (int obj : p.children(verb, "obj")) {
                TreeSet<Integer> phrase = p.phrase(obj);
                amount = amount != null ? amount : amountIn(phrase);
                for (int t : phrase) {
                    String k = fundingKind(t);
                    if (k != null && (k.equals("loan") || k.equals("grant"))) {
                        nounKind = k;
                    }
                }
            }
            if (amount == null) {
                amount = amountAfter(verb);
            }
            if (amount == null || used.contains(amount)) {
                return;
            }
            String lemma = p.lemma(verb);
            String kind;
            if (nounKind != null) {
                kind = nounKind;
            } else if (lemma.equals("grant")) {
                kind = "grant";
            } else if (lemma.equals("lend")) {
                kind = "loan";
            } else if (PROMISE_VERBS.contains(lemma) || future(verb) || promisedBy(verb)) {
                kind = "pledge";
            } else {
                kind = "funding";
            }
            List<Actor> parties = new ArrayList<>(subjectActors(verb));
            for (int r : p.children(verb, "iobj")) {
                addAll(parties, argumentActors(r));
            }
            for (int r : p.children(verb, "obl")) {
                if (Set.of("to", "for").contains(p.caseOf(r))) {
                    addAll(parties, argumentActors(r));
                }
            }
            add(out, verb, kind, null, parties, amount);
        }

        private void fundingNoun(int noun, List<Draft> out) {
            TreeSet<Integer> phrase = p.phrase(noun);
            Amount amount = amountIn(phrase);
            if (amount == null) {
                amount = amountRightAfter(noun);
            }
            if (amount == null || used.contains(amount)) {
                return;
            }
            List<Actor> parties = new ArrayList<>();
            int comma = frontedPhraseEnd(noun, amount);
            if (comma >= 0) {
                parties.addAll(chainFrom(comma + 1));
            } else {
                int governor = p.head(noun);
                if (governor >= 0 && p.isVerb(governor) && !p.relation(noun).startsWith("nsubj")) {
                    if (negated(governor) || hypothetical(governor)) {
                        return;
                    }
                    parties.addAll(subjectActors(governor));
                }
            }
            add(out, noun, fundingKind(noun), null, parties, amount);
        }

        private void add(List<Draft> out, int trigger, String kind, String title, List<Actor> parties, Amount amount) {
            if (parties.isEmpty()) {
                return;
            }
            if (amount != null) {
                used.add(amount);
            }
            out.add(new Draft(p.sentence.index(), trigger, kind, title, parties, amount == null ? null : amount.money()));
        }

        // ---- kinds

        private String documentKind(int noun) {
            String w = p.lemma(noun);
            String next = noun + 2 < p.size() && p.lower(noun + 1).equals("of") ? p.lower(noun + 2) : "";
            for (int c : p.children(noun, "nmod")) {
                if (p.caseOf(c).equals("of")) {
                    next = p.lower(c);
                }
            }
            if (w.equals("mou") || w.equals("mous") || (w.equals("memorandum") && !next.equals("cooperation"))) {
                return "mou";
            }
            if (w.equals("moc") || w.equals("mocs") || w.equals("memorandum")) {
                return "moc";
            }
            if (Set.of("agreement", "deal", "accord", "treaty", "pact").contains(w)) {
                for (int c : p.children(noun, "compound")) {
                    String k = fundingKind(c);
                    if ("loan".equals(k) || "grant".equals(k)) {
                        return k;
                    }
                }
                return "agreement";
            }
            return null;
        }

        private String fundingKind(int noun) {
            String w = p.lemma(noun);
            if (w.equals("loan") || w.equals("credit")) {
                return "loan";
            }
            if (w.equals("grant")) {
                return "grant";
            }
            return FUNDING_NOUNS.contains(w) ? "funding" : null;
        }

        private String title(int noun, TreeSet<Integer> phrase) {
            TreeSet<Integer> kept = new TreeSet<>();
            Set<Integer> dropped = new java.util.HashSet<>();
            for (int t : phrase) {
                // Where and when it was signed, and with whom, are not part of its name.
                if (t != noun && (p.relation(t).equals("nmod:poss")
                        || (p.relation(t).startsWith("nmod") && NOT_IN_TITLE.contains(p.caseOf(t))))) {
                    dropped.addAll(p.subtree(t));
                }
            }
            for (int t : phrase) {
                boolean amountToken = amounts.stream().anyMatch(a -> t >= a.begin() && t < a.end());
                boolean leadingDeterminer = p.relation(t).equals("det") && p.head(t) == noun;
                if (t == noun || !(leadingDeterminer || amountToken || dropped.contains(t))) {
                    kept.add(t);
                }
            }
            // Only the contiguous run around the noun: a title has no holes.
            int first = noun;
            while (kept.contains(first - 1)) {
                first--;
            }
            int last = noun;
            while (kept.contains(last + 1)) {
                last++;
            }
            while (last > first && Set.of(",", ".", ";", ":").contains(p.word(last))) {
                last--;
            }
            StringBuilder title = new StringBuilder();
            boolean generic = true;
            for (int t = first; t <= last; t++) {
                generic &= GENERIC_TITLE_WORDS.contains(p.lower(t));
            }
            if (generic) {
                return null;
            }
            for (int t = first; t <= last; t++) {
                if (t > first && p.tokens.get(t).span().begin() > p.tokens.get(t - 1).span().end()) {
                    title.append(' ');
                }
                title.append(p.word(t));
            }
            return title.toString().replace("-LRB-", "(").replace("-RRB-", ")");
        }

        // ---- mood

        private boolean negated(int verb) {
            return p.children(verb, "advmod").stream().anyMatch(c -> NEGATIONS.contains(p.lower(c)))
                    || p.children(verb, "neg").size() > 0;
        }

        private boolean hypothetical(int verb) {
            if (p.children(verb, "aux").stream().anyMatch(c -> HYPOTHETICAL_AUX.contains(p.lower(c)))) {
                return true;
            }
            if (p.children(verb, "mark").stream().anyMatch(c -> Set.of("if", "whether", "unless").contains(p.lower(c)))) {
                return true;
            }
            int governor = p.head(verb);
            return governor >= 0 && Set.of("xcomp", "ccomp").contains(p.relation(verb))
                    && PLAN_VERBS.contains(p.lemma(governor));
        }

        private boolean future(int verb) {
            return p.children(verb, "aux").stream().anyMatch(c -> FUTURE_AUX.contains(p.lower(c)));
        }

        /** "agreed to provide", "pledged to give": an undertaking, i.e. a pledge. */
        private boolean promisedBy(int verb) {
            int governor = p.head(verb);
            return governor >= 0 && p.relation(verb).equals("xcomp")
                    && Set.of("agree", "pledge", "promise", "commit", "decide", "vow").contains(p.lemma(governor));
        }

        // ---- amounts

        private Amount amountIn(Set<Integer> tokens) {
            return amounts.stream().filter(a -> !used.contains(a) && a.within(tokens)).findFirst().orElse(null);
        }

        /** The amount starting within a few words after {@code i} ("pledged an additional $20 million"). */
        private Amount amountAfter(int i) {
            for (Amount a : amounts) {
                if (used.contains(a) || a.begin() <= i || a.begin() > i + 4) {
                    continue;
                }
                boolean clear = true;
                for (int t = i + 1; t < a.begin(); t++) {
                    clear &= !p.isVerb(t) && !Set.of(",", ";", ":", "to").contains(p.lower(t));
                }
                if (clear) {
                    return a;
                }
            }
            return null;
        }

        /** "package of $4 million", "loan worth $X". */
        private Amount amountRightAfter(int noun) {
            for (Amount a : amounts) {
                if (!used.contains(a) && a.begin() == noun + 2
                        && Set.of("of", "worth", "totalling", "totaling").contains(p.lower(noun + 1))) {
                    return a;
                }
            }
            return null;
        }

        /** For "Through a package of $X in ..., SUBJECT verb": the comma closing the fronted phrase, else -1. */
        private int frontedPhraseEnd(int noun, Amount amount) {
            int start = noun - 1;
            while (start >= 0 && Set.of("a", "an", "the", "this", "its", "new").contains(p.lower(start))) {
                start--;
            }
            if (start < 0 || !Set.of("through", "with", "under", "via", "in").contains(p.lower(start))) {
                return -1;
            }
            if (start > 0 && !Set.of(":", ",", "-", "--", ";").contains(p.word(start - 1))) {
                return -1;
            }
            for (int t = amount.end(); t < p.size(); t++) {
                if (p.word(t).equals(",")) {
                    return t;
                }
                if (p.isVerb(t) && !p.tokens.get(t).pos().equals("VBN")) {
                    return -1;
                }
            }
            return -1;
        }

        // ---- parties

        private List<Actor> subjectActors(int verb) {
            List<Actor> out = new ArrayList<>();
            int v = verb;
            // A conjoined or infinitival verb without its own subject shares its governor's.
            while (p.children(v, "nsubj").isEmpty() && p.head(v) >= 0
                    && Set.of("conj", "xcomp").contains(p.relation(v))) {
                v = p.head(v);
            }
            for (int s : p.children(v, "nsubj")) {
                if (!p.relation(s).equals("nsubj:pass")) {
                    addAll(out, argumentActors(s));
                }
            }
            addAll(out, chainBefore(verb));
            return out;
        }

        /** The actors an argument names: the mention over its head, for it and each conjunct. */
        private List<Actor> argumentActors(int head) {
            List<Actor> out = new ArrayList<>();
            for (int h : p.withConjuncts(head)) {
                List<ActorMention> over = covering(h);
                if (!over.isEmpty()) {
                    over.forEach(m -> add(out, m.actor()));
                    continue;
                }
                TreeSet<Integer> phrase = p.phrase(h);
                for (ActorMention m : mentions) {
                    if (phrase.contains(m.beginToken()) && !possessor(m)) {
                        add(out, m.actor());
                    }
                }
            }
            return out;
        }

        /** Mentions over token {@code t}; the longest span when several differ (a group counts once per actor). */
        private List<ActorMention> covering(int t) {
            List<ActorMention> over = mentions.stream().filter(m -> m.beginToken() <= t && t < m.endToken()).toList();
            int longest = over.stream().mapToInt(m -> m.endToken() - m.beginToken()).max().orElse(0);
            return over.stream().filter(m -> m.endToken() - m.beginToken() == longest).toList();
        }

        /** "Vietnam" in "Vietnam's Ministry of ...": modifies the next name, is not a party itself. */
        private boolean possessor(ActorMention m) {
            return m.endToken() < p.size() && Set.of("'s", "’s", "'").contains(p.lower(m.endToken()));
        }

        /** Actors written as a coordinated run right before {@code verb} ("X (XX) and Y's Z has signed"). */
        private List<Actor> chainBefore(int verb) {
            int t = verb - 1;
            while (t >= 0 && (Set.of("aux", "aux:pass", "advmod").contains(p.relation(t)) && t != verb)) {
                t--;
            }
            List<ActorMention> found = new ArrayList<>();
            while (t >= 0) {
                List<ActorMention> over = covering(t);
                if (!over.isEmpty()) {
                    int begin = over.get(0).beginToken();
                    if (!possessor(over.get(0))) {
                        found.addAll(0, over);
                    }
                    t = begin - 1;
                } else if (Set.of(")", "-rrb-").contains(p.lower(t))) {
                    // A bracketed alias ("(USAID)") belongs to the name before it: skip to its "(".
                    int open = t - 1;
                    while (open >= 0 && !Set.of("(", "-lrb-").contains(p.lower(open)) && t - open < 6) {
                        open--;
                    }
                    t = open >= 0 && Set.of("(", "-lrb-").contains(p.lower(open)) ? open - 1 : t - 1;
                } else if (Set.of("and", ",", "(", "-lrb-", "'s", "’s", "the", "as well as")
                        .contains(p.lower(t))) {
                    t--;
                } else {
                    break;
                }
            }
            List<Actor> out = new ArrayList<>();
            found.forEach(m -> add(out, m.actor()));
            return out;
        }

        /** Actors written as a run from token {@code t} on ("the U.S. Mission to Vietnam is ..."). */
        private List<Actor> chainFrom(int t) {
            List<Actor> out = new ArrayList<>();
            while (t < p.size()) {
                List<ActorMention> over = covering(t);
                if (!over.isEmpty()) {
                    over.forEach(m -> add(out, m.actor()));
                    t = over.get(0).endToken();
                } else if (Set.of("and", "the", "(", ")", "-lrb-", "-rrb-").contains(p.lower(t)) && out.size() < 8) {
                    t++;
                } else {
                    break;
                }
            }
            return out;
        }

        private static void addAll(List<Actor> to, List<Actor> actors) {
            actors.forEach(a -> add(to, a));
        }

        private static void add(List<Actor> to, Actor a) {
            if (to.stream().noneMatch(x -> x.name().equals(a.name()))) {
                to.add(a);
            }
        }
    }
}
