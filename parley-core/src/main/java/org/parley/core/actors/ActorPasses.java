package org.parley.core.actors;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.AnnotatedText;

/**
 * The passes that read an article for actors, in order, and the one place that order is
 * declared ({@link #standard}). Each pass works only on the tokens earlier passes left, so the
 * order decides what a word is: a name before an organisation, an organisation before a country,
 * every full mention before the short forms, descriptions, groups and pronouns that stand for it.
 *
 * <table>
 *   <caption>The standard passes</caption>
 *   <tr><th>pass</th><th>reads</th><th>adds</th></tr>
 *   <tr><td>{@link FullNamePass}</td><td>tokens, knowledge base</td><td>NAMED people, met in {@link People}</td></tr>
 *   <tr><td>{@link DictionaryPeoplePass}</td><td>people the knowledge base does not know, {@link DictionaryActors}</td><td>their dictionary code at the date</td></tr>
 *   <tr><td>{@link OrganizationPass}</td><td>unclaimed tokens, {@link Organizations}</td><td>organisations</td></tr>
 *   <tr><td>{@link CountryPass}</td><td>unclaimed tokens, countries</td><td>COUNTRY references, peoples</td></tr>
 *   <tr><td>{@link DictionaryCountryPass}</td><td>unclaimed country-tagged words, {@link DictionaryActors}</td><td>COUNTRY references Parley's list lacks</td></tr>
 *   <tr><td>{@link MisspeltCountryPass}</td><td>unclaimed proper nouns, countries, gazetteer</td><td>COUNTRY references for misspelt names ("Ethopia")</td></tr>
 *   <tr><td>{@link CollectivePass}</td><td>COUNTRY references, {@link CollectiveNouns}</td><td>bodies ("Israeli troops", "police")</td></tr>
 *   <tr><td>{@link AgentPass}</td><td>collectives, COUNTRY references, unclaimed tokens, agents</td><td>agent sectors ("Afghan rebel leaders", "doctors")</td></tr>
 *   <tr><td>{@link MinistryCountryPass}</td><td>ministries, COUNTRY references</td><td>the ministries' country</td></tr>
 *   <tr><td>{@link DictionaryNamePass}</td><td>organisations, unclaimed tokens, {@link DictionaryActors}</td><td>names only the dictionaries know, organisations' countries</td></tr>
 *   <tr><td>{@link PersonGroundingPass}</td><td>people</td><td>their actors, fixed</td></tr>
 *   <tr><td>{@link ShortFormPass}</td><td>NAMED people, knowledge base</td><td>SHORT_FORM people</td></tr>
 *   <tr><td>{@link DescriptionPass}</td><td>people, sections, {@link DescriptionNouns}</td><td>DESCRIPTION people</td></tr>
 *   <tr><td>{@link GroupPass}</td><td>people, sections</td><td>GROUP pairs</td></tr>
 *   <tr><td>{@link PronounPass}</td><td>people, groups, sections</td><td>PRONOUN people</td></tr>
 *   <tr><td>{@link ReportedItPass}</td><td>each sentence's first reference</td><td>PRONOUN "it"</td></tr>
 * </table>
 *
 * <p>Composition fails at construction when a pass requires a {@link ReadingFact} no earlier pass
 * adds. Immutable and thread-safe: {@link #read} keeps one article's state in a fresh
 * {@link ArticleReading}.
 */
final class ActorPasses {

    private final List<ReadingPass> passes;
    private final OfficeHolders kb;
    private final Countries countries;

    /** @throws IllegalArgumentException naming the first pass whose prerequisite no earlier pass adds */
    ActorPasses(List<ReadingPass> passes, OfficeHolders kb, Countries countries) {
        this.passes = List.copyOf(passes);
        this.kb = kb;
        this.countries = countries;
        Set<ReadingFact> added = EnumSet.noneOf(ReadingFact.class);
        for (ReadingPass pass : this.passes) {
            Set<ReadingFact> missing = EnumSet.noneOf(ReadingFact.class);
            missing.addAll(pass.contract().requires());
            missing.removeAll(added);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(pass.name() + " requires " + missing
                        + ", which no pass before it adds (added before it: " + added + ")");
            }
            added.add(pass.contract().adds());
        }
    }

    /** Parley's passes, in the order they run. */
    static ActorPasses standard(OfficeHolders kb, Countries countries, Gazetteer gazetteer,
                                Organizations organizations) {
        NameModifiers modifiers = new NameModifiers(countries);
        DictionaryActors dictionary = DictionaryActors.phoenix(countries);
        return new ActorPasses(List.of(
                new FullNamePass(kb, modifiers),
                new DictionaryPeoplePass(dictionary),
                new OrganizationPass(organizations, countries, modifiers),
                new CountryPass(countries),
                new DictionaryCountryPass(dictionary, countries),
                new MisspeltCountryPass(countries, gazetteer),
                new CollectivePass(countries),
                new AgentPass(dictionary),
                new MinistryCountryPass(),
                new DictionaryNamePass(dictionary, organizations),
                new PersonGroundingPass(),
                new ShortFormPass(kb, modifiers),
                new OwnedStatePass(countries),
                new DescriptionPass(countries, new DescribedPeople(countries, gazetteer)),
                new GroupPass(countries),
                new PronounPass(),
                new ReportedItPass()), kb, countries);
    }

    /** The passes in the order they run. */
    List<ReadingPass> passes() {
        return passes;
    }

    /**
     * Every actor reference of the text, in text order; {@code sections} are the text's, {@code date}
     * (may be null) dates the knowledge base.
     */
    List<ActorMention> read(AnnotatedText text, ArticleSections sections, LocalDate date) {
        ArticleReading reading = new ArticleReading(text, sections, date,
                new People(kb, new PersonGrounder(date, countries)));
        for (ReadingPass pass : passes) {
            pass.apply(reading);
        }
        return reading.mentions();
    }
}
