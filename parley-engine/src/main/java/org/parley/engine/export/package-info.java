/**
 * Exports of a store's record in the formats the field reads: the GDELT 2.0 Event and Mentions
 * tables ({@link org.parley.engine.export.GdeltExport}), PLOVER records in the POLECAT/NGEC JSON
 * shape ({@link org.parley.engine.export.PolecatExport}) and Parquet tables
 * ({@link org.parley.engine.export.ParquetExport}), each with a {@code manifest.json}
 * ({@link org.parley.engine.export.ExportManifest}). Exporters read an {@link
 * org.parley.engine.export.ExportData} snapshot and write files; none changes the store.
 */
package org.parley.engine.export;
