/**
 * Parley's engine-free core: pipeline stages and pure algorithms, packaged by stage, and the ports
 * ({@link org.parley.core.ports}) that the reader, NLP and store adapters implement. Nothing here
 * imports a framework.
 */
package org.parley.core;
