package org.digitalcentre.content;

/** Published after an author had the content read again (or uploaded a module): the catalogue learners get now. */
public record ContentReloaded(Catalogue catalogue) {
}
