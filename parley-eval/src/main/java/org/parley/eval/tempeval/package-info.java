/**
 * TempEval-3 time expression evaluation: TimeML reading, TempEval-3 style strict/relaxed/value
 * scoring, and the run comparing annotator configurations on the TimeBank + AQUAINT documents.
 */
package org.parley.eval.tempeval;
