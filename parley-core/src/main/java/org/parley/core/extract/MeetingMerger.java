package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.extract.EventDraft.Coding;
import org.parley.model.Actor;
import org.parley.model.Location;

/**
 * Makes the article's drafts one per event reported. One real meeting gives one CONSULT per
 * article: later sentences naming the same pair ("the two ministers discussed ...") are its
 * elaboration and add, when missing, its place (and, in its own sentence, a more specific mode:
 * "met ... by phone"). Another act said twice in one sentence is one event. A sentence without a
 * place inherits it from the meeting it elaborates (same section, a shared actor or actor
 * country); background events never inherit. An encounter in person still without a place takes
 * the city the article's lead states ("... received by the Prime Minister and held talks ... in
 * Hanoi") when it shares a country with the lead: the headline and a building named without its
 * city ("at the Presidential Palace") report the day the lead places. A CONSULT between countries only is dropped when a
 * CONSULT between people of exactly those countries is reported ("the first dialogue between
 * Vietnam and the United States" restates the ministers' meeting). Reads {@code MODALITY}
 * (the type as coded), {@code BACKGROUND}, {@code SIDES}, {@code PLACES} and {@code SECTIONS}; adds
 * {@code MERGED}, in text order (merging only drops drafts or completes earlier ones).
 *
 * <p>Which reports are one encounter is decided in one place, {@link ArticleEventGrouper}
 * ({@code sameMeeting}, {@code saidTwice}, {@code withoutStateLevelRestatements}); this pass applies
 * those rules to the drafts and decides what the kept draft takes from the dropped one (a more
 * specific mode, a place).
 */
final class MeetingMerger implements EventPass {

    /** How specific each mode of meeting is: a more specific mode in the same sentence wins. */
    private final Map<String, Integer> modeRanks;
    private final PlaceFinder places;

    MeetingMerger(EventWords words, PlaceFinder places) {
        this.modeRanks = words.modeRanks();
        this.places = places;
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.MODALITY, Fact.BACKGROUND, Fact.SIDES, Fact.PLACES, Fact.SECTIONS),
                Set.of(Fact.MERGED));
    }

    @Override
    public void apply(ArticleEvents article) {
        List<EventDraft> merged = new ArrayList<>();
        for (EventDraft d : article.drafts()) {
            add(article, merged, d);
        }
        List<EventDraft> kept = ArticleEventGrouper.withoutStateLevelRestatements(merged);
        article.setDrafts(kept.stream().map(d -> article.sections().of(d.sentence()) == ArticleSections.Section.HEADLINE
                ? ArticleEventGrouper.headlineFolded(d, kept) : d).toList());
    }

    private void add(ArticleEvents article, List<EventDraft> merged, EventDraft d) {
        if (d.coding().type().equals("CONSULT")) {
            for (int k = 0; k < merged.size(); k++) {
                EventDraft existing = merged.get(k);
                if (ArticleEventGrouper.sameMeeting(existing, d)) {
                    merged.set(k, absorb(existing, d));
                    return;
                }
            }
        } else {
            for (EventDraft existing : merged) {
                if (ArticleEventGrouper.saidTwice(existing, d)) {
                    return; // one statement, said twice in one sentence
                }
            }
        }
        if (d.location() == null && !d.background()) {
            Location inherited = inheritedPlace(article, merged, d);
            d = d.withLocation(inherited != null || !inPerson(d) ? inherited : leadCity(article, d));
        }
        merged.add(d);
    }

    /** A second report of a known meeting: keep the first, take what the second adds. */
    private EventDraft absorb(EventDraft existing, EventDraft later) {
        EventDraft kept = existing;
        if (existing.sentence() == later.sentence() && rank(later.coding().mode()) > rank(existing.coding().mode())) {
            kept = kept.withTrigger(later.trigger(),
                    new Coding(existing.coding().type(), later.coding().mode(), later.coding().cameo(),
                            later.coding().why()));
        }
        if (existing.location() == null && later.location() != null) {
            kept = kept.withLocation(later.location());
        }
        return kept;
    }

    private int rank(String mode) {
        return mode == null ? 0 : modeRanks.getOrDefault(mode, 1);
    }

    private static boolean inPerson(EventDraft d) {
        return d.coding().type().equals("CONSULT") && !"phone".equals(d.coding().mode());
    }

    /** The city stated in another sentence of the lead, when the lead names one of the encounter's countries. */
    private Location leadCity(ArticleEvents article, EventDraft d) {
        for (int s : article.sections().lead()) {
            if (s == d.sentence()) {
                continue;
            }
            ArticleSentence lead = article.sentence(s);
            Location city = places.statedCity(lead);
            if (city != null && namesACountryOf(lead, d)) {
                return city;
            }
        }
        return null;
    }

    private static boolean namesACountryOf(ArticleSentence lead, EventDraft d) {
        Set<String> countries = d.sides().countries();
        for (int t = 0; t < lead.graph().size(); t++) {
            for (Actor a : lead.covering(t)) {
                if (a.country() != null && countries.contains(a.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The place of the meeting this sentence elaborates: same section, a shared side. */
    private static Location inheritedPlace(ArticleEvents article, List<EventDraft> merged, EventDraft d) {
        for (int k = merged.size() - 1; k >= 0; k--) {
            EventDraft context = merged.get(k);
            if (article.section(context.sentence()) != article.section(d.sentence())) {
                return null;
            }
            if (!context.background() && context.coding().type().equals("CONSULT") && context.location() != null
                    && context.sides().sharesSideWith(d.sides())) {
                return context.location();
            }
        }
        return null;
    }
}
