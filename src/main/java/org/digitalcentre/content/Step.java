package org.digitalcentre.content;

/** One screen of a module. Its id is stable: learners' progress points at it. */
public sealed interface Step permits TextStep, ImageStep, Exercise {
    String id();
}
