package org.digitalcentre.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.StdConverter;

import java.util.List;
import java.util.Set;

/**
 * Writes an {@link Answer} as the JSON stored with each attempt, and reads it back. Static like the grader: it
 * holds no state but a thread-safe mapper.
 *
 * <p>The JSON is stable: choice ids and matches are written sorted, so the same answer is always the same text
 * (attempts can be compared and diffed).
 */
public final class AnswerCodec {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addMixIn(Answer.Choices.class, SortedChoiceIds.class)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // A stored answer with a field missing or null is damaged; reading it as false or empty would lie.
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter WRITER = JSON.writerFor(Answer.class);
    private static final ObjectReader READER = JSON.readerFor(Answer.class);

    private AnswerCodec() {
    }

    public static String toJson(Answer answer) {
        try {
            return WRITER.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer is plain data and always writes as JSON", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not the JSON of an answer */
    public static Answer fromJson(String json) {
        if (json == null) {
            throw new IllegalArgumentException("no JSON to read an answer from");
        }
        Answer answer;
        try {
            answer = READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON of an answer: " + e.getOriginalMessage(), e);
        }
        if (answer == null) {
            throw new IllegalArgumentException("not the JSON of an answer: " + json);
        }
        return answer;
    }

    private abstract static class SortedChoiceIds {
        @JsonSerialize(converter = SortedIds.class)
        abstract Set<String> ids();
    }

    private static final class SortedIds extends StdConverter<Set<String>, List<String>> {
        @Override
        public List<String> convert(Set<String> ids) {
            return ids.stream().sorted().toList();
        }
    }
}
