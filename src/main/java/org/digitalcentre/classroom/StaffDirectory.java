package org.digitalcentre.classroom;

import java.util.List;

/**
 * Who can teach a cohort. The security feature, which keeps the staff accounts, provides it: classroom does not
 * depend on security (security depends on classroom to sign learners in).
 */
public interface StaffDirectory {

    List<StaffMember> teachers();

    record StaffMember(long id, String displayName) {
    }
}
