package org.digitalcentre.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/** {@code digitalcentre.content.folder}: where the content is read from; relative to the working directory. */
@ConfigurationProperties("digitalcentre.content")
public record ContentProperties(@DefaultValue("content") Path folder) {
}
