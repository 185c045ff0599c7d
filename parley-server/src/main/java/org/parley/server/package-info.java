/**
 * The local REST API and web page over a store: {@link org.parley.server.ParleyServer} (Javalin routes,
 * errors, authentication), {@link org.parley.server.LiveCatalog} (the current immutable
 * {@link org.parley.server.CatalogSnapshot}, rebuilt after each ingest) and the JSON views. The API
 * is documented in {@code /api/openapi.json} (a resource written by hand) and docs/api.md.
 */
package org.parley.server;
