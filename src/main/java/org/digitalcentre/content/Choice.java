package org.digitalcentre.content;

public record Choice(String id, LocalizedText text, boolean correct) {
}
