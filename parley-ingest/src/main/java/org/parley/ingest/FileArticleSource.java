package org.parley.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.parley.core.ports.ArticleSource;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/**
 * Articles from files, folders and standard input.
 *
 * <p>Each path is a file, a folder, or {@code -} for JSON Lines on standard input. Folders are
 * walked recursively in sorted order (by name, per folder) without listing the whole tree first;
 * hidden files and folders (name starting with {@code .}) are skipped, symbolic links to folders
 * are not followed (they could form cycles). A file's format is decided by its first bytes, the
 * extension only breaking ties: gzip (any of the formats inside), WARC, HTML, one JSON object or
 * array, JSON Lines, plain text (UTF-8, else the charset detected: see {@link #decodingNotes}). Origins name files as given: {@code doc} is the file name
 * for whole-file articles and the URL (else {@code name (line N)}) for JSONL and WARC records.
 *
 * <p>Every file or record yields exactly one outcome, in input order; bad ones (missing,
 * unreadable, empty, binary, JSON not in UTF-8, malformed, truncated, too large, no article text) are
 * rejections with the reason, and the rest of the input is still read.
 *
 * <p>Not thread-safe: call {@link #forEach} from one thread; standard input can be read once.
 */
public final class FileArticleSource implements ArticleSource {

    private final List<String> paths;
    private final ReaderOptions options;
    private final InputStream standardInput;
    private final JsonLinesReader jsonLines;
    private final SingleArticleReader single;
    private final WarcArticleReader warc;
    private final List<String> decodingNotes = new ArrayList<>();

    public FileArticleSource(List<String> paths, ReaderOptions options) {
        this(paths, options, System.in);
    }

    /** As {@link #FileArticleSource(List, ReaderOptions)}, reading {@code -} from {@code standardInput}. */
    public FileArticleSource(List<String> paths, ReaderOptions options, InputStream standardInput) {
        this.paths = List.copyOf(paths);
        this.options = Objects.requireNonNull(options, "options");
        this.standardInput = Objects.requireNonNull(standardInput, "standardInput");
        this.jsonLines = new JsonLinesReader(options);
        this.single = new SingleArticleReader(jsonLines, decodingNotes::add);
        this.warc = new WarcArticleReader(options, decodingNotes::add);
    }

    /**
     * The text and HTML articles read so far whose bytes were not UTF-8 and declared no charset, each
     * with the charset detected for it ({@code path: decoded as windows-1252 (detected, not UTF-8)}).
     */
    public List<String> decodingNotes() {
        return List.copyOf(decodingNotes);
    }

    @Override
    public void forEach(Consumer<Outcome<RawArticle>> sink) {
        for (String given : paths) {
            if (given.equals("-")) {
                jsonLines.read(standardInput, "-", "stdin", false, sink);
                continue;
            }
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                walk(path, sink);
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                readFile(path, given, sink);
            } else {
                sink.accept(Outcome.rejected(Origin.file(given, fileName(path, given)), "no such file or directory"));
            }
        }
    }

    private void walk(Path dir, Consumer<Outcome<RawArticle>> sink) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            sink.accept(Outcome.rejected(Origin.file(dir.toString(), fileName(dir, dir.toString())),
                    "cannot list folder: " + describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, sink);
            } else if (!(Files.isSymbolicLink(entry) && Files.isDirectory(entry))) {
                readFile(entry, entry.toString(), sink);
            }
        }
    }

    private void readFile(Path file, String shown, Consumer<Outcome<RawArticle>> sink) {
        readFile(file, shown, fileName(file, shown), sink);
    }

    /**
     * Reads one local file as if it were {@code shownPath} named {@code name}: a copy of a file
     * from elsewhere (a distributed file system) gets the origins of the original. One outcome per
     * article or bad record, as {@link #forEach}.
     *
     * @param file      the local file to read
     * @param shownPath the path or URI origins report
     * @param name      the file name: the document name of whole-file articles, and the extension that breaks format ties
     */
    public void readFile(Path file, String shownPath, String name, Consumer<Outcome<RawArticle>> sink) {
        String shown = shownPath;
        Origin origin = Origin.file(shown, name);
        byte[] head;
        boolean complete;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FormatSniffer.HEAD_BYTES);
            complete = in.read() == -1;
        } catch (IOException e) {
            sink.accept(Outcome.rejected(origin, "cannot read: " + unreadable(file, e)));
            return;
        }
        if (FormatSniffer.isGzip(head, head.length)) {
            readGzip(file, origin, sink);
            return;
        }
        FormatSniffer.Verdict verdict = FormatSniffer.sniff(head, head.length, complete, name);
        switch (verdict.kind()) {
            case EMPTY, BINARY, UTF16, XML -> sink.accept(Outcome.rejected(origin, verdict.detail()));
            case WARC -> warc.read(file, shown, name, sink);
            case JSONL -> {
                try (InputStream in = Files.newInputStream(file)) {
                    jsonLines.read(in, shown, name, false, sink);
                } catch (IOException e) {
                    sink.accept(Outcome.rejected(origin, "cannot read: " + describe(e)));
                }
            }
            case TEXT, HTML, JSON -> {
                try {
                    long size = Files.size(file);
                    if (size > options.maxArticleBytes()) {
                        sink.accept(Outcome.rejected(origin, options.tooLarge(size)));
                        return;
                    }
                    try (InputStream in = Files.newInputStream(file)) {
                        readWhole(verdict.kind(), in, origin, sink);
                    }
                } catch (IOException e) {
                    sink.accept(Outcome.rejected(origin, "cannot read: " + describe(e)));
                }
            }
            default -> throw new IllegalStateException("unhandled kind " + verdict.kind());
        }
    }

    /** A gzip file: WARC inside is left to jwarc; anything else is sniffed after decompression. */
    private void readGzip(Path file, Origin origin, Consumer<Outcome<RawArticle>> sink) {
        String inner = origin.doc().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? origin.doc().substring(0, origin.doc().length() - 3) : origin.doc();
        FormatSniffer.Verdict verdict;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            // A truncated stream still shows what it is; the format's reader reports the truncation.
            byte[] head = new byte[FormatSniffer.HEAD_BYTES];
            int length = 0;
            boolean complete = false;
            try {
                int n;
                while (length < head.length && (n = in.read(head, length, head.length - length)) != -1) {
                    length += n;
                }
                complete = length < head.length || in.read() == -1;
            } catch (EOFException | ZipException e) {
                if (length == 0) {
                    sink.accept(Outcome.rejected(origin, "truncated or corrupt gzip (" + e.getMessage() + ")"));
                    return;
                }
            }
            verdict = FormatSniffer.sniff(head, length, complete, inner);
        } catch (IOException e) {
            sink.accept(Outcome.rejected(origin, "cannot read: " + describe(e)));
            return;
        }
        switch (verdict.kind()) {
            case EMPTY, BINARY, UTF16, XML -> sink.accept(Outcome.rejected(origin, verdict.detail()));
            case WARC -> warc.read(file, origin.path(), origin.doc(), sink);
            default -> {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    if (verdict.kind() == FormatSniffer.Kind.JSONL) {
                        jsonLines.read(in, origin.path(), origin.doc(), true, sink);
                    } else {
                        readWhole(verdict.kind(), in, origin, sink);
                    }
                } catch (EOFException | ZipException e) {
                    sink.accept(Outcome.rejected(origin, "truncated gzip (" + e.getMessage() + ")"));
                } catch (IOException e) {
                    sink.accept(Outcome.rejected(origin, "cannot read: " + describe(e)));
                }
            }
        }
    }

    /** Reads at most one byte past the limit, so an oversized stream is never held whole. */
    private void readWhole(FormatSniffer.Kind kind, InputStream in, Origin origin,
                           Consumer<Outcome<RawArticle>> sink) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxArticleBytes() + 1));
        if (bytes.length > options.maxArticleBytes()) {
            sink.accept(Outcome.rejected(origin, options.tooLargeWhileReading()));
            return;
        }
        switch (kind) {
            case TEXT -> single.readText(bytes, origin, sink);
            case HTML -> single.readHtml(bytes, origin, sink);
            case JSON -> single.readJson(bytes, origin, sink);
            default -> throw new IllegalStateException("not a single-article kind: " + kind);
        }
    }

    private static String unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException && Files.isSymbolicLink(file)) {
            try {
                return "broken symbolic link (target " + Files.readSymbolicLink(file) + " does not exist)";
            } catch (IOException ignored) {
                return "broken symbolic link";
            }
        }
        return describe(e);
    }

    /** An I/O error in words: the operating system's reason rather than a Java class name. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String fileName(Path path, String fallback) {
        Path name = path.getFileName();
        return name == null ? fallback : name.toString();
    }
}
