package org.rejoin.shell.web;

/** A link in the service navigation; {@code label} is a message key. */
record NavigationItem(String label, String href, boolean active) {
}
