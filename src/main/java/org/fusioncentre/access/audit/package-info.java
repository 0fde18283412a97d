/**
 * The audit chain as plain Java: the canonical form of an entry, its SHA-256 hash, and the walk
 * that finds the first broken link. No framework, so a verifier can run anywhere.
 */
@NullMarked
package org.fusioncentre.access.audit;

import org.jspecify.annotations.NullMarked;
