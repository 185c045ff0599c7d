/**
 * Language detection behind the core's {@link org.parley.core.ports.LanguageDetector} port.
 */
package org.parley.ingest.lang;
