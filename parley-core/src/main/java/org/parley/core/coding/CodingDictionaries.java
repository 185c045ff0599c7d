package org.parley.core.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The four dictionaries a PETRARCH coder reads, and the problems found reading them.
 *
 * @param verbs    the verb dictionary
 * @param actors   the actor dictionaries, merged in file-name order
 * @param agents   the agent dictionary
 * @param discards the discard list
 * @param problems malformed entries that were left out
 */
public record CodingDictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
                                 DiscardList discards, List<DictionaryProblem> problems) {
    public CodingDictionaries {
        problems = List.copyOf(problems);
    }

    /**
     * Reads the dictionaries of {@code directory} by file name, as PETRARCH's distributions name
     * them: the verb dictionary is the one file whose name contains {@code verbs} or starts with
     * {@code CAMEO}, actors every {@code *.actors.txt}, agents {@code *agents*.txt}, discards
     * {@code *discards*.txt}.
     *
     * @throws IllegalArgumentException when the directory lacks a verb, actor or agent dictionary
     * @throws UncheckedIOException     when a file cannot be read
     */
    public static CodingDictionaries readDirectory(Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot list: " + e.getMessage(), e);
        }
        Path verbFile = only(directory, files, "verb dictionary (*verbs*.txt or CAMEO*.txt)",
                n -> n.contains("verbs") || n.startsWith("cameo"));
        Path agentFile = only(directory, files, "agent dictionary (*agents*.txt)", n -> n.contains("agents"));
        List<Path> actorFiles = files.stream().filter(f -> lower(f).endsWith(".actors.txt")).toList();
        if (actorFiles.isEmpty()) {
            throw new IllegalArgumentException(directory + ": no actor dictionary (*.actors.txt)");
        }
        List<Path> discardFiles = files.stream().filter(f -> lower(f).contains("discards")).toList();
        return of(new VerbDictionaryReader().read(verbFile),
                actorFiles.stream().map(f -> new ActorDictionaryReader().read(f)).toList(),
                new AgentDictionaryReader().read(agentFile),
                discardFiles.isEmpty() ? new DiscardList(List.of()) : DiscardList.read(discardFiles.get(0)));
    }

    /**
     * The dictionaries of what was read, wherever from: the actor dictionaries merged in the
     * order given, the problems of every read gathered.
     */
    static CodingDictionaries of(DictionaryRead<VerbDictionary> verbs, List<DictionaryRead<ActorDictionary>> actorReads,
                                 DictionaryRead<AgentDictionary> agents, DiscardList discards) {
        List<DictionaryProblem> problems = new ArrayList<>(verbs.problems());
        ActorDictionary actors = new ActorDictionary(List.of());
        for (DictionaryRead<ActorDictionary> read : actorReads) {
            actors = actors.plus(read.dictionary());
            problems.addAll(read.problems());
        }
        problems.addAll(agents.problems());
        return new CodingDictionaries(verbs.dictionary(), actors, agents.dictionary(), discards, problems);
    }

    private static Path only(Path directory, List<Path> files, String what, java.util.function.Predicate<String> name) {
        List<Path> found = files.stream().filter(f -> name.test(lower(f)) && lower(f).endsWith(".txt")).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(directory + ": expected one " + what + ", found " + found.size());
        }
        return found.get(0);
    }

    private static String lower(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
