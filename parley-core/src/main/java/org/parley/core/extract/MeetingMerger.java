package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.extract.EventDraft.Coding;
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
 * <p>Which reports are one encounter is decided in one place, {@link ArticleEventGrouper}
 * ({@code sameMeeting}, {@code saidTwice}, {@code withoutStateLevelRestatements}); this pass applies
 * those rules to the drafts and decides what the kept draft takes from the dropped one (a more
 * specific mode, a place).
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
        article.setDrafts(ArticleEventGrouper.withoutStateLevelRestatements(merged));
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
            d = d.withLocation(inheritedPlace(article, merged, d));
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
