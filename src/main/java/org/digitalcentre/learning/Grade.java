package org.digitalcentre.learning;

/** The result of grading one answer: right or wrong, and a score from 0 to 100 (partly right earns part). */
public record Grade(boolean correct, int score) {
}
