/**
 * Event coding with PETRARCH-format dictionaries, read as data: the verb dictionary (synsets,
 * verb families with their forms, patterns and CAMEO codes), actor dictionaries with dated roles,
 * agents and discards ({@link org.parley.core.coding.CodingDictionaries}), and a coder that applies
 * them to one dependency-parsed sentence ({@link org.parley.core.coding.DictionaryEventCoder}),
 * giving (source, target, CAMEO code) triples and, for each verb it could not code, the reason.
 * Engine-free: no parser, no I/O beyond reading the dictionary files.
 */
package org.parley.core.coding;
