/**
 * Internal: JSON helpers that the library's modules share, such as reading a JSON document with
 * errors that name the file, line and field, and the JSON form of a match.
 *
 * <p>Not API. The module exports this package only to the project's own modules; its types may
 * change in any release.
 */
package dev.startupmatching.internal.io;
