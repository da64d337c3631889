package org.digitalcentre.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.digitalcentre.base.AbstractEntity;

import java.time.Instant;

/**
 * A computer of the centre that a teacher registered, with the name the live view shows ("Poste 3"). Its browser
 * holds a random token; only the token's SHA-256 is kept here.
 */
@Entity
class Workstation extends AbstractEntity {

    @Column(nullable = false, length = CentreComputers.NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Workstation() {
    }

    Workstation(String name, String tokenHash, Instant registeredAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.registeredAt = registeredAt;
    }

    String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }
}
