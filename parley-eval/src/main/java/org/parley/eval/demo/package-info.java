/**
 * The event-level check of the demo corpus: the written gold of {@code demo/gold/events.json}
 * (encounters, the acts said during them, background and planned events) read into records, and
 * Parley's consolidated events scored against it ({@code parley eval demo}, {@code DemoEventsIT}).
 */
package org.parley.eval.demo;
