package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.core.extract.EventDraft.Coding;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Location;

/**
 * Makes the article's drafts one per event reported. One real meeting gives one CONSULT per
 * article: later sentences naming the same pair ("the two ministers discussed ...") are its
 * elaboration and add, when missing, its place (and, in its own sentence, a more specific mode:
 * "met ... by phone"). Another act said twice in one sentence is one event. A sentence without a
 * place inherits it from the meeting it elaborates (same section, a shared actor or actor
 * country); background events never inherit. A CONSULT between countries only is dropped when a
 * CONSULT between people of exactly those countries is reported ("the first dialogue between
 * Vietnam and the United States" restates the ministers' meeting). Reads {@code MODALITY}
 * (the type as coded), {@code BACKGROUND}, {@code SIDES}, {@code PLACES} and {@code SECTIONS}; adds
 * {@code MERGED}, in text order (merging only drops drafts or completes earlier ones).
 *
 * <p>Design decision: this is not {@link ArticleEventGrouper}'s grouping, though both work within
 * one article. Merging here decides which mentions exist (a restatement of a meeting is no
 * mention of its own, and lends its place to it); the grouper later gathers the mentions that
 * remain into events by type, mode, actors and date, keeping every mention as evidence. Moving
 * either rule into the other changes the stored mentions.
 */
final class MeetingMerger implements EventPass {

    /** How specific each mode of meeting is: a more specific mode in the same sentence wins. */
    private final Map<String, Integer> modeRanks;

    MeetingMerger(EventWords words) {
        this.modeRanks = words.modeRanks();
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
        article.setDrafts(withoutStateLevelDuplicates(merged));
    }

    private void add(ArticleEvents article, List<EventDraft> merged, EventDraft d) {
        if (d.coding().type().equals("CONSULT")) {
            for (int k = 0; k < merged.size(); k++) {
                EventDraft existing = merged.get(k);
                if (existing.coding().type().equals("CONSULT") && existing.background() == d.background()
                        && existing.sides().parties().equals(d.sides().parties()) && compatiblePlaces(existing, d)) {
                    merged.set(k, absorb(existing, d));
                    return;
                }
            }
        } else {
            for (EventDraft existing : merged) {
                if (existing.sentence() == d.sentence() && existing.coding().type().equals(d.coding().type())
                        && existing.sides().parties().equals(d.sides().parties())) {
                    return; // one statement, said twice in one sentence
                }
            }
        }
        if (d.location() == null && !d.background()) {
            d = d.withLocation(inheritedPlace(article, merged, d));
        }
        merged.add(d);
    }

    private static boolean compatiblePlaces(EventDraft a, EventDraft b) {
        return a.location() == null || b.location() == null
                || Objects.equals(a.location().country(), b.location().country());
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

    /**
     * "the first dialogue between Vietnam and the United States" and a headline's "Vietnam, U.S.
     * top diplomats discuss ... in phone call" restate the ministers' meeting at state level: a
     * CONSULT between countries or unnamed groups only ("diplomats of Vietnam") is dropped when a
     * CONSULT between named people or bodies of exactly those countries is reported.
     */
    private static List<EventDraft> withoutStateLevelDuplicates(List<EventDraft> drafts) {
        List<EventDraft> kept = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            EventDraft d = drafts.get(k);
            boolean duplicate = false;
            if (d.isReportedMeeting() && d.sides().all().stream().allMatch(MeetingMerger::stateLevel)) {
                for (int j = 0; j < drafts.size() && !duplicate; j++) {
                    EventDraft o = drafts.get(j);
                    duplicate = j != k && o.isReportedMeeting()
                            && o.sides().all().stream().anyMatch(a -> !stateLevel(a))
                            && o.sides().countries().equals(d.sides().countries());
                }
            }
            if (!duplicate) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static boolean stateLevel(Actor a) {
        return a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.GROUP;
    }
}
