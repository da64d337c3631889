package org.digitalcentre.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The shape of {@code topics.yaml}. */
record TopicsFile(
        @NotEmpty(message = "there are no topics; list them under topics:")
        List<@NotNull(message = "the topic is empty") @Valid Entry> topics) {

    record Entry(
            @ContentId String id,
            @NotBlank(message = "the icon is missing; use the name of a Vaadin icon, like globe") String icon,
            @NotNull(message = "the title is missing") @Valid LocalizedTextEntry title) {

        Topic toTopic() {
            return new Topic(id, icon.strip(), title.toLocalizedText());
        }
    }
}
