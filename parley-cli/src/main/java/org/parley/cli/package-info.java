/**
 * The {@code parley} command line (picocli): a thin adapter that composes the core stages with the
 * reader, NLP and store adapters ({@link org.parley.cli.Pipeline}) and prints results.
 */
package org.parley.cli;
