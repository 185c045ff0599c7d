/**
 * The Stanford CoreNLP adapter: {@link org.parley.nlp.CoreNlpAnnotator} implements the core's
 * {@code Annotator} port and returns Parley's model records. CoreNLP types never leave this
 * package; {@link org.parley.nlp.NlpConfig} chooses models and costly steps, and
 * {@link org.parley.nlp.AnnotatorProfile} measures what each choice costs.
 * {@link org.parley.nlp.WordNetSenseInventory} adapts WordNet (through extJWNL) to the core's
 * {@code SenseInventory} port for event coreference; its types stay here too.
 */
package org.parley.nlp;
