package org.digitalcentre.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.digitalcentre.base.AbstractEntity;
import org.digitalcentre.base.PlainText;

/** A Women's Digital Centre. */
@Entity
public class Centre extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected Centre() {
    }

    public Centre(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
