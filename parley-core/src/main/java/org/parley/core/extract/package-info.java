/**
 * Event and commitment extraction: reads typed events (PLOVER type and mode, nearest CAMEO code)
 * with source and target actors from the dependency structure of each sentence, dates and places
 * them, and reads agreements, MOUs and funding with normalised amounts. {@link
 * org.parley.core.extract.EventExtractor} is the front door for events; its passes (package-private,
 * one rule family each) run over one {@code ArticleEvents} in the order {@code EventPasses} checks.
 */
package org.parley.core.extract;
