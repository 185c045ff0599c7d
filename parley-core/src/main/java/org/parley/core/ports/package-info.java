/**
 * The ports the core talks to: where articles come from, how language is detected, how text is
 * annotated, and where articles are stored. Adapter modules implement them; the core never sees
 * CoreNLP, JDBC or jsoup types.
 */
package org.parley.core.ports;
