package org.parley.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.Actor;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.Location;
import org.parley.model.MentionRef;

/**
 * One event while the passes read the article: each pass returns a copy with what it adds
 * ({@link EventPass.Fact}); a part a pass has not added yet is null (or false, or empty).
 *
 * @param sentence   index of the sentence
 * @param token      index, within the sentence, of the trigger word
 * @param rule       the act the trigger names (TRIGGERS; a refusal is re-read as REJECT by MODALITY)
 * @param trigger    the trigger as written ("met", "phone talks")
 * @param coding     how the event is coded (TRIGGERS, recoded by MODALITY and MERGED)
 * @param background whether it is past context (BACKGROUND)
 * @param arguments  what the parse gives as arguments (ARGUMENTS)
 * @param sides      its source and target (SIDES)
 * @param location   where it happened, or null (PLACES, MERGED)
 * @param topics     its topics (TOPICS)
 * @param date       its date (DATES)
 * @param during     the meeting of the article it was said during, or null (ANCHORS)
 * @param status     held, or still to come ("will visit"): set by MODALITY for an intended meeting and by STATUS
 */
record EventDraft(int sentence, int token, TriggerRule rule, String trigger, Coding coding, boolean background,
                  Arguments arguments, Sides sides, Location location, List<String> topics, EventDate date,
                  MentionRef during, EventStatus status) {

    /**
     * PLOVER type, mode and CAMEO code, and where the code comes from.
     *
     * @param why what decided the CAMEO code ("trigger meet", a verb-dictionary pattern, and why the
     *            dictionary did not decide), or null where a table of Parley's recoded it
     */
    record Coding(String type, String mode, String cameo, String why) {
        Coding(String type, String mode, String cameo) {
            this(type, mode, cameo, null);
        }

        static Coding of(TriggerRule rule) {
            return new Coding(rule.type(), rule.mode(), rule.cameo(), "trigger " + rule.lemma()
                    + (rule.cue() == null ? "" : " (" + rule.cue() + ")"));
        }
    }

    /**
     * What the parse gives a trigger: its source and target candidates, the phrases they came
     * from (where a place may hang) and the place visited, if any.
     */
    record Arguments(List<Actor> source, List<Actor> target, List<Integer> heads, Location place) {
        Arguments {
            source = List.copyOf(source);
            target = List.copyOf(target);
            heads = List.copyOf(heads);
        }
    }

    /** Who acted and on whom; the same actor is never on both sides. */
    record Sides(List<Actor> source, List<Actor> target) {
        Sides {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }

        /** Source then target. */
        List<Actor> all() {
            List<Actor> all = new ArrayList<>(source);
            all.addAll(target);
            return all;
        }

        /** The identities of both sides, sorted, direction ignored. */
        Set<String> parties() {
            Set<String> keys = new TreeSet<>();
            all().forEach(a -> keys.add(identity(a)));
            return keys;
        }

        /** The countries of both sides, sorted ("null" for an actor of unknown country). */
        Set<String> countries() {
            Set<String> codes = new TreeSet<>();
            all().forEach(a -> codes.add(String.valueOf(a.country())));
            return codes;
        }

        /** The first of these actors that is on a side of {@code other} too. */
        Optional<Actor> commonActor(Sides other) {
            for (Actor a : all()) {
                for (Actor b : other.all()) {
                    if (identity(a).equals(identity(b))) {
                        return Optional.of(a);
                    }
                }
            }
            return Optional.empty();
        }

        /** Whether an actor, or an actor's country, is on a side of both. */
        boolean sharesSideWith(Sides other) {
            for (Actor a : all()) {
                for (Actor b : other.all()) {
                    if (identity(a).equals(identity(b)) || (a.country() != null && a.country().equals(b.country()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** What makes two actors one party: the name, in any case, and the country. */
        static String identity(Actor actor) {
            return actor.name().toLowerCase(Locale.ROOT) + "|" + actor.country();
        }

        /** The actors, each identity once, first kept. */
        static List<Actor> distinct(List<Actor> actors) {
            Map<String, Actor> unique = new LinkedHashMap<>();
            actors.forEach(a -> unique.putIfAbsent(identity(a), a));
            return List.copyOf(unique.values());
        }
    }

    EventDraft {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(coding, "coding");
        topics = List.copyOf(topics);
        status = status == null ? EventStatus.HELD : status;
    }

    /** Whether it is a meeting (CONSULT) the text reports as news, held: not past context, not a plan. */
    boolean isReportedMeeting() {
        return coding.type().equals("CONSULT") && !background && !status.toCome();
    }

    /** A candidate as the trigger pass finds it, coded as its rule says. */
    static EventDraft matched(int sentence, int token, TriggerRule rule, String trigger) {
        return new EventDraft(sentence, token, rule, trigger, Coding.of(rule), false, null, null, null, List.of(), null,
                null, EventStatus.HELD);
    }

    EventDraft withRule(TriggerRule newRule, String newTrigger) {
        return new EventDraft(sentence, token, newRule, newTrigger, coding, background, arguments, sides, location,
                topics, date, during, status);
    }

    EventDraft withCoding(Coding newCoding) {
        return new EventDraft(sentence, token, rule, trigger, newCoding, background, arguments, sides, location,
                topics, date, during, status);
    }

    EventDraft withTrigger(String newTrigger, Coding newCoding) {
        return new EventDraft(sentence, token, rule, newTrigger, newCoding, background, arguments, sides, location,
                topics, date, during, status);
    }

    EventDraft withBackground(boolean past) {
        return new EventDraft(sentence, token, rule, trigger, coding, past, arguments, sides, location, topics, date,
                during, status);
    }

    EventDraft withArguments(Arguments found) {
        return new EventDraft(sentence, token, rule, trigger, coding, background, found, sides, location, topics,
                date, during, status);
    }

    EventDraft withSides(Sides settled) {
        return new EventDraft(sentence, token, rule, trigger, coding, background, arguments, settled, location,
                topics, date, during, status);
    }

    EventDraft withLocation(Location place) {
        return new EventDraft(sentence, token, rule, trigger, coding, background, arguments, sides, place, topics,
                date, during, status);
    }

    EventDraft withTopics(List<String> found) {
        return new EventDraft(sentence, token, rule, trigger, coding, background, arguments, sides, location, found,
                date, during, status);
    }

    /** This draft as said during the meeting {@code meeting} names. */
    EventDraft withDuring(MentionRef meeting) {
        return new EventDraft(sentence, token, rule, trigger, coding, background, arguments, sides, location, topics,
                date,
                meeting, status);
    }

    /** How the finished mention of this draft is named inside its article. */
    MentionRef ref() {
        return new MentionRef(sentence, coding.type(), trigger);
    }

    /** This draft as still to come ({@link EventStatus#toCome}) or held. */
    EventDraft withStatus(EventStatus given) {
        return new EventDraft(sentence, token, rule, trigger, coding, background, arguments, sides, location, topics,
                date, during, given);
    }

    EventDraft withDate(EventDate dated) {
        return new EventDraft(sentence, token, rule, trigger, coding, background, arguments, sides, location, topics,
                dated, during, status);
    }
}
