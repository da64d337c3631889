package org.digitalcentre;

import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.LearnerPicture;
import org.digitalcentre.security.NewStaffAccount;
import org.digitalcentre.security.StaffAccountService;

import java.time.LocalDate;
import java.util.List;

/** The people a test needs, made through the services as the app makes them: staff, a cohort and its learners. */
public final class People {

    public static final String PASSWORD = "a-long-enough-password";

    private final StaffAccountService staffAccounts;
    private final ClassroomService classroom;

    public People(StaffAccountService staffAccounts, ClassroomService classroom) {
        this.staffAccounts = staffAccounts;
        this.classroom = classroom;
    }

    public long openStaffAccount(String username, Role role) {
        return staffAccounts.open(new NewStaffAccount(username, username + " Name", PASSWORD, role));
    }

    /** A centre, a cohort taught by the given staff, and learners with codes 1111, 2222, ... */
    public Cohort createCohort(String name, List<Long> teacherIds, String... firstNames) {
        long centre = classroom.createCentre("Centre " + name);
        long cohort = classroom.createCohort(centre, name, LocalDate.of(2026, 9, 7), teacherIds);
        long[] learners = new long[firstNames.length];
        for (int i = 0; i < firstNames.length; i++) {
            learners[i] = classroom.enrol(cohort, firstNames[i], "X", LearnerPicture.values()[i], codeOf(i));
        }
        return new Cohort(cohort, learners);
    }

    /** The code of the learner at that position in {@link #createCohort}. */
    public static String codeOf(int learnerIndex) {
        return String.valueOf(learnerIndex + 1).repeat(4);
    }

    public record Cohort(long id, long[] learnerIds) {
    }
}
