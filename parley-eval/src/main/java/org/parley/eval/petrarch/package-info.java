/**
 * CAMEO event code evaluation on PETRARCH's validation records: the
 * {@link org.parley.eval.petrarch.CameoCoder} seam, the record reader, the scorer (exact and root
 * codes) and the keyword baseline.
 */
package org.parley.eval.petrarch;
