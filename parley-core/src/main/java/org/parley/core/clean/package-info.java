/**
 * Removes web boilerplate that survives text extraction (menus, share lines, bylines, tag lists)
 * while keeping photo captions, marked as such, and a map back to the original offsets.
 */
package org.parley.core.clean;
