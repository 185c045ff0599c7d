/**
 * A bundled, dated knowledge base of office-holders (heads of state and government, foreign and
 * defence ministers, party general secretaries, national security advisers), compiled by the
 * Parley team as data with start and end dates. Used to ground actors named in news ("Blinken" →
 * Antony Blinken, USA, Secretary of State on the event date) and to narrow the missing year of a
 * date to the overlap of the tenures of the people involved. Everything here is immutable and
 * thread-safe; nothing imports a framework.
 */
package org.parley.core.kb;
