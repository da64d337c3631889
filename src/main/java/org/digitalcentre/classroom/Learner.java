package org.digitalcentre.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.digitalcentre.base.AbstractEntity;
import org.digitalcentre.base.PlainText;

import java.time.Instant;

/**
 * A woman in a cohort. She signs in by tapping her tile (first name, initial and her picture) and typing her
 * four-digit code; after {@link #MAX_WRONG_CODES} wrong codes she is locked until a teacher unlocks her. Her tries are
 * counted by {@link CodeTries}, with updates of their own.
 */
@Entity
public class Learner extends AbstractEntity {

    public static final int FIRST_NAME_MAX = 60;
    public static final int MAX_WRONG_CODES = 5;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @NotBlank
    @Size(max = FIRST_NAME_MAX)
    @PlainText
    @Column(name = "first_name", nullable = false, length = FIRST_NAME_MAX)
    private String firstName;

    @Size(max = 2)
    @Column(name = "last_initial", nullable = false, length = 2)
    private String lastInitial;

    /** Null once she is anonymised. */
    @Column(length = 40)
    private String picture;

    /** Null once she is anonymised: no code can match. */
    @Column(name = "code_hash", length = 100)
    private String codeHash;

    @Column(name = "failed_code_entries")
    private int failedCodeEntries;

    private boolean locked;

    /** No code is checked before this moment: a short wait after each wrong code, longer each time. */
    @Column(name = "code_try_not_before")
    private Instant codeTryNotBefore;

    /** When her name, picture and code were taken away; her results stay for the group's figures. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** Her number within her cohort once anonymised ("Apprenante 7"). */
    @Column(name = "anonymous_number")
    private Integer anonymousNumber;

    /** The language she chose ("fr", "en", "ar"), or null until she chooses one. */
    @Column(length = 8)
    private String language;

    /** Each step is read aloud to her as it opens (her teacher's setting). */
    @Column(name = "read_aloud_automatically", nullable = false)
    private boolean readAloudAutomatically;

    protected Learner() {
    }

    public Learner(Cohort cohort, String firstName, String lastInitial, LearnerPicture picture, String codeHash) {
        this.cohort = cohort;
        this.firstName = firstName;
        this.lastInitial = lastInitial;
        this.picture = picture.name();
        this.codeHash = codeHash;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastInitial() {
        return lastInitial;
    }

    /** "Amina D." — what her tile and the teacher's screens show. */
    public String getShortName() {
        return shortName(firstName, lastInitial);
    }

    static String shortName(String firstName, String lastInitial) {
        return lastInitial == null || lastInitial.isBlank() ? firstName : firstName + " " + lastInitial + ".";
    }

    /** Her picture, or null once she is anonymised. */
    public LearnerPicture getPicture() {
        return picture == null ? null : LearnerPicture.valueOf(picture);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    Integer getAnonymousNumber() {
        return anonymousNumber;
    }

    /** The language she chose ("fr", "en", "ar"), or null until she chooses one. */
    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    public boolean isReadAloudAutomatically() {
        return readAloudAutomatically;
    }

    void setReadAloudAutomatically(boolean readAloudAutomatically) {
        this.readAloudAutomatically = readAloudAutomatically;
    }

    String getCodeHash() {
        return codeHash;
    }

    public boolean isLocked() {
        return locked;
    }

    public int getFailedCodeEntries() {
        return failedCodeEntries;
    }

    Instant getCodeTryNotBefore() {
        return codeTryNotBefore;
    }


    /** A new code: she may try again from a clean slate. */
    void changeCode(String newCodeHash) {
        this.codeHash = newCodeHash;
        unlock();
    }

    void changePicture(LearnerPicture picture) {
        this.picture = picture.name();
    }

    /**
     * Takes her name, picture and code away for good: she is "{@code pseudonym}" from now on and cannot sign in.
     */
    void anonymise(String pseudonym, int number, Instant now) {
        this.firstName = pseudonym;
        this.lastInitial = "";
        this.picture = null;
        this.codeHash = null;
        this.anonymousNumber = number;
        this.anonymisedAt = now;
        this.language = null;
        this.readAloudAutomatically = false;
        unlock();
    }

    void unlock() {
        locked = false;
        failedCodeEntries = 0;
        codeTryNotBefore = null;
    }
}
