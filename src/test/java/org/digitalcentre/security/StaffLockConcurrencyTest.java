package org.digitalcentre.security;

import org.digitalcentre.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords typed at the same moment (a script trying in parallel) are each counted once: the count is one
 * UPDATE, not a read then a write. Not rolled back (each try is its own transaction), so it cleans up after itself.
 */
@SpringBootTest
@ActiveProfiles("test")
class StaffLockConcurrencyTest {

    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    StaffAccountRepository accounts;

    @AfterEach
    void removeTheAccount() {
        accounts.findByUsername("parallel").ifPresent(accounts::delete);
    }

    @Test
    void five_wrong_passwords_at_the_same_moment_lock_the_account_each_counted_once() throws Exception {
        staffAccounts.open(new NewStaffAccount("parallel", "Parallel", "un jardin plein de tulipes", Role.AUTHOR));
        assertLockedAfter(5, 5);
    }

    @Test
    void twelve_at_the_same_moment_lock_it_after_exactly_five_and_the_rest_change_nothing() throws Exception {
        staffAccounts.open(new NewStaffAccount("parallel", "Parallel", "un jardin plein de tulipes", Role.AUTHOR));
        assertLockedAfter(12, 5);
    }

    private void assertLockedAfter(int tries, int expectedCount) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < tries; i++) {
                Callable<Boolean> wrong = () -> {
                    start.await();
                    return staffAccounts.wrongPassword("parallel");
                };
                results.add(pool.submit(wrong));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        StaffAccount account = accounts.findByUsername("parallel").orElseThrow();
        assertThat(account.getWrongPasswords()).isEqualTo(expectedCount);
        assertThat(account.isLockedAt(Instant.now())).isTrue();
    }
}
