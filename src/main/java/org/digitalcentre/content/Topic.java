package org.digitalcentre.content;

/** One of the five topics; {@code icon} is a Vaadin icon name such as "globe". */
public record Topic(String id, String icon, LocalizedText title) {
}
