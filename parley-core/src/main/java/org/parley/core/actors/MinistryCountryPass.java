package org.parley.core.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Gives a ministry named without its country ("the Ministry of Foreign Affairs") the single
 * country among the article's COUNTRY references that has ministries. The United States has
 * departments, not ministries, so in a US–Vietnam report it is Vietnam's. Reads the organisation,
 * country and collective references; replaces the ministries' references.
 */
final class MinistryCountryPass implements ReadingPass {

    private static final Contract CONTRACT = new Contract(Set.of(ReadingFact.ORGANIZATIONS, ReadingFact.COUNTRIES,
            ReadingFact.COLLECTIVES), ReadingFact.MINISTRY_COUNTRIES);

    private static final String HAS_NO_MINISTRIES = "USA";

    @Override
    public Contract contract() {
        return CONTRACT;
    }

    @Override
    public void apply(ArticleReading r) {
        List<Reference> found = r.references();
        Set<String> seen = new LinkedHashSet<>();
        for (Reference f : found) {
            if (f.isCountry()) {
                seen.add(f.actor().country());
            }
        }
        seen.remove(HAS_NO_MINISTRIES);
        if (seen.size() != 1) {
            return;
        }
        String country = seen.iterator().next();
        for (int k = 0; k < found.size(); k++) {
            Reference f = found.get(k);
            if (f.person() == null && f.actor().kind() == ActorKind.ORGANIZATION && f.actor().country() == null
                    && Organizations.isMinistry(f.actor().name())) {
                Actor a = f.actor();
                r.replace(k, new Reference(f.sentence(), f.begin(), f.end(), f.basis(), null,
                        new Actor(a.name(), a.kind(), a.role(), country, a.sector()), f.group()));
            }
        }
    }
}
