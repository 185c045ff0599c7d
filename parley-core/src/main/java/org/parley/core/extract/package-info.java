/**
 * Event and commitment extraction: reads typed events (PLOVER type and mode, nearest CAMEO code)
 * with source and target actors from the dependency structure of each sentence, dates and places
 * them, and reads agreements, MOUs and funding with normalised amounts.
 */
package org.parley.core.extract;
