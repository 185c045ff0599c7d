/**
 * The assembled local engine: composes the core stages with the reader, NLP and store adapters.
 * Front ends (CLI, eval, server, Spark) use it instead of wiring adapters themselves.
 */
package org.parley.engine;
