package org.digitalcentre.demo;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.LearnerPicture;
import org.digitalcentre.security.NewStaffAccount;
import org.digitalcentre.security.StaffAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The demo profile's people: one centre, one cohort of twelve learners, a teacher, an author and an administrator
 * (all fictional, listed in README.md). Created once, on a database that has no staff yet.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password";

    /** First name, initial, picture and code of each demo learner; README.md lists the same. */
    static final List<DemoLearner> LEARNERS = List.of(
            new DemoLearner("Amina", "D", LearnerPicture.SUN, "1234"),
            new DemoLearner("Fatou", "S", LearnerPicture.STAR, "2222"),
            new DemoLearner("Leïla", "B", LearnerPicture.HEART, "3333"),
            new DemoLearner("Sophie", "M", LearnerPicture.MOON, "4444"),
            new DemoLearner("Nadia", "K", LearnerPicture.CLOUD, "5555"),
            new DemoLearner("Mariam", "T", LearnerPicture.UMBRELLA, "6666"),
            new DemoLearner("Yasmine", "H", LearnerPicture.CAR, "7777"),
            new DemoLearner("Chantal", "R", LearnerPicture.BELL, "8888"),
            new DemoLearner("Aïcha", "N", LearnerPicture.MUSIC, "9999"),
            new DemoLearner("Elena", "P", LearnerPicture.COFFEE, "1357"),
            new DemoLearner("Khadija", "L", LearnerPicture.GIFT, "2468"),
            new DemoLearner("Samira", "O", LearnerPicture.KEY, "1470"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo computer is this one: learners may sign in from the loopback address, IPv4 and IPv6. */
    static final List<String> DEMO_NETWORKS = List.of("127.0.0.0/8", "::1/128");

    private final StaffAccountService staff;
    private final ClassroomService classroom;
    private final CentreComputers computers;
    private final Clock clock;

    DemoData(StaffAccountService staff, ClassroomService classroom, CentreComputers computers, Clock clock) {
        this.staff = staff;
        this.classroom = classroom;
        this.computers = computers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (staff.noStaffYet()) {
            createCentre();
        }
        if (staff.usernameTaken("admin")) {
            SignedIn admin = (SignedIn) staff.loadUserByUsername("admin");
            DEMO_NETWORKS.forEach(range -> computers.allowNetwork(admin, range));
        }
    }

    private void createCentre() {
        // Flagged as demo accounts: their password is in README.md, so outside the demo profile it must be changed.
        staff.openDemoAccount(new NewStaffAccount("admin", "Claire Administratrice", PASSWORD, Role.ADMIN));
        long teacher = staff.openDemoAccount(new NewStaffAccount("teacher", "Sabine Formatrice", PASSWORD,
                Role.TEACHER));
        staff.openDemoAccount(new NewStaffAccount("author", "Alexandre Auteur", PASSWORD, Role.AUTHOR));
        long centre = classroom.createCentre("Maison digitale de Bellecombe");
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long cohort = classroom.createCohort(centre, "Groupe du matin", monday, List.of(teacher));
        for (DemoLearner learner : LEARNERS) {
            classroom.enrol(cohort, learner.firstName(), learner.initial(), learner.picture(), learner.code());
        }
        log.info("Demo data created: {} learners, staff password '{}'", LEARNERS.size(), PASSWORD);
    }

    record DemoLearner(String firstName, String initial, LearnerPicture picture, String code) {
    }
}
