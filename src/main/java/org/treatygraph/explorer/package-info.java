/**
 * The graph explorer page ({@code static/index.html} at {@code /}): the browser draws neighbourhoods
 * fetched from {@code /export/cytoscape} with Cytoscape.js (served from its webjar), and finds entities
 * through the search endpoint here. Reads only.
 */
package org.treatygraph.explorer;
