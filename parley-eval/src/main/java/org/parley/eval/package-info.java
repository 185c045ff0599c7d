/**
 * Accuracy runs against public gold data, printing numbers (never asserting hoped-for values), and
 * the shared ways to bring a corpus through the engine for them.
 */
package org.parley.eval;
