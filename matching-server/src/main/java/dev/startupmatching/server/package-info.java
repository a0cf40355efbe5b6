/**
 * The matching service: {@link dev.startupmatching.server.MatchingServer} answers over HTTP/JSON
 * from one persistent index, through the library's public API.
 */
package dev.startupmatching.server;
