package org.parley.model;

/** The format an article arrived in. */
public enum SourceFormat {
    TEXT, HTML, JSON, JSONL, WARC
}
