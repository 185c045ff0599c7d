package org.parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * parley-core reads tokens through Parley's own {@code PartOfSpeech} and {@code EntityType}: no Penn
 * Treebank tag, CoreNLP entity class or escaped bracket ({@code -RRB-}) may come back into its code
 * as a string literal. Scans the main sources (comments aside), as ArchUnit cannot see literals.
 */
class NoTaggerConventionsTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** Penn tags, tests on their prefixes, CoreNLP's bracket escapes and NER classes (DATE, TIME: TIMEX3, allowed). */
    static final Pattern TAG_LITERAL = Pattern.compile(
            "\"(NNP?S?|VB[DGNPZ]?|JJ[RS]?|PRP\\$?|IN|DT|CD|RB[RS]?|TO|MD|CC|POS|FW|WDT|WP\\$?|WRB)\""
            + "|startsWith\\(\"(NN|VB|JJ|PRP|W)|-[LR][RSC]B-"
            + "|\"(PERSON|ORGANIZATION|LOCATION|COUNTRY|CITY|STATE_OR_PROVINCE|NATIONALITY|MONEY|TITLE|MISC|O)\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void coreMainSourcesCompareNoTaggerTagStrings() throws IOException {
        assertThat(MAIN).as("parley-core's main sources, relative to the module").isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(literals(MAIN.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertThat(found).as("use PartOfSpeech / EntityType (parley-model) instead of tag strings").isEmpty();
    }

    @Test
    void theScanFindsTagLiteralsInCodeButNotInComments() {
        String code = """
                /** Like "NNP" in a comment. */
                boolean noun = t.pos().startsWith("NN"); // "VBD" here too
                boolean person = "PERSON".equals(t.ner());
                String closing = "-RRB-";
                boolean modal = tag.equals("MD");
                String timex = "DATE";
                """;
        assertThat(literals("Example.java", code)).containsExactly(
                "Example.java:2: boolean noun = t.pos().startsWith(\"NN\");",
                "Example.java:3: boolean person = \"PERSON\".equals(t.ner());",
                "Example.java:4: String closing = \"-RRB-\";",
                "Example.java:5: boolean modal = tag.equals(\"MD\");");
    }

    /** The lines of {@code source} that hold a tag literal outside comments, as "file:line: code". */
    static List<String> literals(String file, String source) {
        String code = BLOCK_COMMENT.matcher(source).replaceAll(m -> "\n".repeat((int) m.group().lines().count() - 1));
        List<String> out = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("//.*", "").strip();
            if (TAG_LITERAL.matcher(line).find()) {
                out.add(file + ":" + (i + 1) + ": " + line);
            }
        }
        return out;
    }
}
