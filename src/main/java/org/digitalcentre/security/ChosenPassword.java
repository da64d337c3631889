package org.digitalcentre.security;

/** A password she chooses for herself: the same rules as when an account is opened. */
record ChosenPassword(@GoodPassword String password) {
}
