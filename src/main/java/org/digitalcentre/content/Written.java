package org.digitalcentre.content;

import java.util.Optional;
import java.util.function.Function;

/** Finds the value of an enum from the word authors write for it in module.yaml ("type-address", "currency"...). */
final class Written {

    private Written() {
    }

    static <E> Optional<E> find(E[] values, Function<E, String> written, String word) {
        for (E value : values) {
            if (written.apply(value).equals(word)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
