package org.digitalcentre.learning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AnswerCodecTest {

    @Test
    void ticked_choices_come_back_the_same() {
        roundTrip(new Answer.Choices(Set.of("town-hall", "jobs")));
    }

    @Test
    void true_or_false_comes_back_the_same() {
        roundTrip(new Answer.TrueOrFalse(true));
        roundTrip(new Answer.TrueOrFalse(false));
    }

    @Test
    void typed_words_come_back_in_their_order_with_accents() {
        roundTrip(new Answer.Blanks(List.of("École", "barre d'adresse", "")));
    }

    @Test
    void an_order_comes_back_the_same() {
        roundTrip(new Answer.Order(List.of("open", "type", "enter")));
    }

    @Test
    void matches_come_back_the_same() {
        roundTrip(new Answer.Matches(Map.of("back", "reload", "reload", "back")));
    }

    @Test
    void the_json_names_the_kind_and_lists_ids_sorted_so_the_same_answer_is_always_the_same_text() {
        assertThat(AnswerCodec.toJson(new Answer.Choices(Set.of("jobs", "email", "town-hall"))))
                .isEqualTo("{\"kind\":\"choices\",\"ids\":[\"email\",\"jobs\",\"town-hall\"]}");
        assertThat(AnswerCodec.toJson(new Answer.Matches(Map.of("reload", "back", "back", "reload"))))
                .isEqualTo("{\"kind\":\"matches\",\"rightFor\":{\"back\":\"reload\",\"reload\":\"back\"}}");
        assertThat(AnswerCodec.toJson(new Answer.TrueOrFalse(true))).isEqualTo("{\"kind\":\"true-false\",\"value\":true}");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "not json",
            "null",
            "{}",
            "{\"kind\":\"essay\",\"text\":\"hello\"}",
            "{\"kind\":\"true-false\"}",
            "{\"kind\":\"true-false\",\"value\":null}",
            "{\"kind\":\"order\",\"ids\":null}",
            "{\"kind\":\"order\",\"ids\":[\"open\",null]}",
            "{\"kind\":\"choices\",\"ids\":[\"a\"],\"extra\":1}",
            "{\"kind\":\"true-false\",\"value\":true} trailing",
            "[\"choices\"]"
    })
    void text_that_is_not_an_answer_is_refused(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> AnswerCodec.fromJson(json));
    }

    private static void roundTrip(Answer answer) {
        assertThat(AnswerCodec.fromJson(AnswerCodec.toJson(answer))).isEqualTo(answer);
    }
}
