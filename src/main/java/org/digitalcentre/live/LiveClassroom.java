package org.digitalcentre.live;

import com.vaadin.flow.shared.Registration;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Who is signed in right now, at which workstation, on which module and step, and whether she needs help. Kept in
 * memory: it is about this moment in the room, not history (attempts are stored by the learning feature). Teachers'
 * live views subscribe to a cohort and are told of every change, and every few seconds so that idle times move.
 */
@Service
public class LiveClassroom {

    private final Map<Long, LiveLearner> present = new ConcurrentHashMap<>();
    /** When her browser was last heard from: any request, or its heartbeat. */
    private final Map<Long, Instant> heardAt = new ConcurrentHashMap<>();
    /** The languages her computer has no voice for, as the read-aloud control found (her teacher's to know). */
    private final Map<Long, Set<String>> missingVoices = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<List<LiveLearner>>>> subscribers = new ConcurrentHashMap<>();
    private final Clock clock;
    private final LiveProperties settings;

    LiveClassroom(Clock clock, LiveProperties settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public LiveProperties settings() {
        return settings;
    }

    public void signedIn(long learnerId, long cohortId, String shortName, String workstation) {
        heardAt.put(learnerId, clock.instant());
        present.put(learnerId, new LiveLearner(learnerId, cohortId, shortName, workstation, null, 0, 0, null, 0,
                clock.instant(), null));
        changed(cohortId);
    }

    public void signedOut(long learnerId) {
        heardAt.remove(learnerId);
        missingVoices.remove(learnerId);
        LiveLearner gone = present.remove(learnerId);
        if (gone != null) {
            changed(gone.cohortId());
        }
    }

    /** She is on a step of a module; {@code exerciseId} is null on a text or a picture. */
    public void onStep(long learnerId, String moduleId, int stepNumber, int stepCount, String exerciseId) {
        update(learnerId, l -> l.at(moduleId, stepNumber, stepCount, exerciseId, clock.instant()));
    }

    public void answered(long learnerId, String exerciseId, boolean correct) {
        update(learnerId, l -> l.answered(exerciseId, correct, clock.instant()));
    }

    /** "I need help": her hand shows on the live view until a teacher clears it. */
    public void askForHelp(long learnerId) {
        update(learnerId, l -> l.askingForHelp(clock.instant()));
    }

    /** Her browser is still open (its heartbeat, or anything she does): she is still in the room. */
    public void heard(long learnerId) {
        if (present.containsKey(learnerId)) {
            heardAt.put(learnerId, clock.instant());
        }
    }

    /**
     * Her computer has no voice to read aloud in this language ("ar"): her teacher sees it on her row (the learner is
     * not told). Kept while she is signed in.
     */
    public void noVoice(long learnerId, String language) {
        if (language == null || !language.matches("[a-z]{2,3}") || !present.containsKey(learnerId)) {
            return;
        }
        missingVoices.computeIfAbsent(learnerId, id -> new ConcurrentSkipListSet<>()).add(language);
        update(learnerId, UnaryOperator.identity());
    }

    /** The languages her computer has no voice for, in the order of their codes; empty when all were found. */
    public List<String> missingVoices(long learnerId) {
        return List.copyOf(missingVoices.getOrDefault(learnerId, Set.of()));
    }

    /** The cohort of a learner who is here now; empty when she is not signed in. */
    public Optional<Long> cohortOf(long learnerId) {
        return Optional.ofNullable(present.get(learnerId)).map(LiveLearner::cohortId);
    }

    public boolean isAskingForHelp(long learnerId) {
        LiveLearner learner = present.get(learnerId);
        return learner != null && learner.helpAskedAt() != null;
    }

    /** The teacher has come to her: the flag clears. Only staff of her cohort reach this through the view. */
    public void helped(long learnerId) {
        update(learnerId, l -> l.helped(clock.instant()));
    }

    public List<LiveLearner> cohort(long cohortId) {
        return present.values().stream().filter(l -> l.cohortId() == cohortId)
                .sorted(Comparator.comparing(LiveLearner::shortName)).toList();
    }

    /** Calls the listener with the cohort's learners now and after each change; remove it when the view closes. */
    public Registration subscribe(long cohortId, Consumer<List<LiveLearner>> listener) {
        List<Consumer<List<LiveLearner>>> list = subscribers.computeIfAbsent(cohortId, id -> new CopyOnWriteArrayList<>());
        list.add(listener);
        listener.accept(cohort(cohortId));
        return () -> list.remove(listener);
    }

    /**
     * So that idle times and idle flags move on without anyone doing anything; and a learner whose browser has gone
     * silent (closed without "I'm done") leaves the room.
     */
    @Scheduled(fixedDelayString = "${digitalcentre.live.refresh-every:PT10S}")
    public void tick() {
        Instant silentSince = clock.instant().minus(settings.goneAfter());
        List.copyOf(present.keySet()).stream()
                .filter(id -> heardAt.getOrDefault(id, Instant.MIN).isBefore(silentSince))
                .forEach(this::signedOut);
        subscribers.keySet().forEach(this::changed);
    }

    /** A learner's session ended ("I'm done", or it timed out): she is no longer in the room. */
    @EventListener
    public void sessionEnded(SessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            if (context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof SignedIn signedIn
                    && signedIn.role() == Role.LEARNER) {
                signedOut(signedIn.id());
            }
        }
    }

    private void update(long learnerId, UnaryOperator<LiveLearner> change) {
        heard(learnerId);
        LiveLearner updated = present.computeIfPresent(learnerId, (id, learner) -> change.apply(learner));
        if (updated != null) {
            changed(updated.cohortId());
        }
    }

    private void changed(long cohortId) {
        List<Consumer<List<LiveLearner>>> list = subscribers.get(cohortId);
        if (list != null && !list.isEmpty()) {
            List<LiveLearner> now = cohort(cohortId);
            list.forEach(listener -> listener.accept(now));
        }
    }
}
