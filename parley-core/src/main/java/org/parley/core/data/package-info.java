/**
 * Reading Parley's data files: the TSV resources that hold its word lists, mappings and reference
 * tables (one reader for all of them, {@link org.parley.core.data.TsvRows}).
 */
package org.parley.core.data;
