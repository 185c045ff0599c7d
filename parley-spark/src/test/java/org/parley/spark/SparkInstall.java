package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which of the test classpath's jars a Spark installation would hold: everything the job does not
 * ship, plus the shipped jars Spark itself depends on (commons-lang3, commons-io, the servlet API:
 * Maven gave them compile scope because Parley uses them too, but a Spark distribution carries its
 * own). Spark's dependencies are read from the Maven poms inside its jars, transitively, by
 * artifact id. Parley's modules and CoreNLP are never among them, so the executors can only get
 * those through {@code --jars}.
 */
final class SparkInstall {

    private static final Pattern POM = Pattern.compile("META-INF/maven/.+/pom\\.xml");
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<$]+)</artifactId>");

    private SparkInstall() {
    }

    /** The installation's jars, in classpath order. */
    static List<Path> jars(List<Path> classpathJars, Set<Path> shipped) {
        Set<Path> install = new LinkedHashSet<>();
        classpathJars.stream().filter(j -> !shipped.contains(j)).forEach(install::add);
        Set<String> needed = new HashSet<>();
        Deque<Path> unread = new ArrayDeque<>(install);
        while (!unread.isEmpty()) {
            needed.addAll(dependenciesNamedIn(unread.pop()));
            for (Path jar : shipped) {
                if (!install.contains(jar) && needed.contains(artifactId(jar))) {
                    install.add(jar);
                    unread.add(jar);
                }
            }
        }
        return classpathJars.stream().filter(install::contains).toList();
    }

    /** From the local repository's layout: {@code .../ARTIFACT/VERSION/ARTIFACT-VERSION.jar}. */
    private static String artifactId(Path jar) {
        return jar.getParent().getParent().getFileName().toString();
    }

    private static Set<String> dependenciesNamedIn(Path jar) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (POM.matcher(entry.getName()).matches()) {
                    Matcher m = ARTIFACT_ID.matcher(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        names.add(m.group(1).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return names;
    }
}
