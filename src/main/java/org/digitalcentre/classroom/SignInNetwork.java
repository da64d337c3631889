package org.digitalcentre.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.digitalcentre.base.AbstractEntity;

import java.time.Instant;

/** An address range (CIDR) of the centre's own network: learners may see the cohort and name screens from it. */
@Entity
class SignInNetwork extends AbstractEntity {

    @Column(name = "address_range", nullable = false, unique = true, length = 50)
    private String addressRange;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SignInNetwork() {
    }

    SignInNetwork(String addressRange, Instant addedAt) {
        this.addressRange = addressRange;
        this.addedAt = addedAt;
    }

    String getAddressRange() {
        return addressRange;
    }
}
