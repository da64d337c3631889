package org.digitalcentre.simulation.mailbox;

import org.digitalcentre.content.ContentLanguages;
import org.digitalcentre.content.MailboxSimulation;
import org.digitalcentre.content.MailboxSimulation.Goal;
import org.digitalcentre.content.MailboxSimulation.Kind;
import org.digitalcentre.content.MailboxSimulation.Message;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mailbox's state on the server: the folder shown, the message open, how she sorted each message, the parts she
 * tapped, the message she is writing and those she sent. The events are {@code folder} (target: inbox or texts),
 * {@code open} (target: a message of the folder), {@code sort} (target: the open message; value: safe or scam),
 * {@code tap} (target: the open message; value: one of its parts' keys), {@code write}, {@code reply} and
 * {@code forward} (target: the open message; value: the subject shown), {@code field} (target: to, subject or
 * message; value: what she typed), {@code attach} and {@code detach} (value: a file name), {@code send} and
 * {@code discard}.
 */
public final class MailboxRun implements SimulationRun {

    public static final String FOLDER = "folder";
    public static final String OPEN = "open";
    public static final String SORT = "sort";
    public static final String TAP = "tap";
    public static final String WRITE = "write";
    public static final String REPLY = "reply";
    public static final String FORWARD = "forward";
    public static final String FIELD = "field";
    public static final String ATTACH = "attach";
    public static final String DETACH = "detach";
    public static final String SEND = "send";
    public static final String DISCARD = "discard";

    public static final String INBOX = "inbox";
    public static final String TEXTS = "texts";
    public static final String SAFE = "safe";
    public static final String SCAM = "scam";
    public static final String TO = "to";
    public static final String SUBJECT = "subject";
    public static final String MESSAGE = "message";

    /** Longer than anything she would type in a practice message. */
    private static final int MAX_TEXT = 5000;

    /** The message she is writing: new, or a reply to or a forward of {@code source}. */
    public record Draft(Goal how, String source, String to, String subject, String message, List<String> attached) {

        public Draft {
            attached = List.copyOf(attached);
        }
    }

    private final MailboxSimulation task;
    private String folder;
    private String open;
    private final Map<String, String> sorted = new HashMap<>();
    private final Map<String, Set<String>> tapped = new HashMap<>();
    private Draft draft;
    private final List<Draft> sent = new ArrayList<>();
    private final Set<String> done = new HashSet<>();
    private final Set<String> wrong = new HashSet<>();

    public MailboxRun(MailboxSimulation task) {
        this.task = task;
        this.folder = task.messages().stream().anyMatch(m -> m.kind() == Kind.EMAIL) ? INBOX : TEXTS;
    }

    @Override
    public boolean apply(SimEvent event) {
        boolean writing = draft != null;
        switch (event.action()) {
            case FOLDER -> {
                if (writing || !(event.target().equals(INBOX) || event.target().equals(TEXTS))) {
                    return false;
                }
                folder = event.target();
                open = null;
            }
            case OPEN -> {
                if (writing || inFolder().stream().noneMatch(m -> m.id().equals(event.target()))) {
                    return false;
                }
                open = event.target();
            }
            case SORT -> {
                if (writing || !isOpen(event.target()) || !(event.value().equals(SAFE) || event.value().equals(SCAM))) {
                    return false;
                }
                sorted.put(open, event.value());
                boolean right = openMessage().orElseThrow().scam() == event.value().equals(SCAM);
                if (!right) {
                    stepsOn(Goal.SORT, open).forEach(step -> wrong.add(step.id()));
                }
            }
            case TAP -> {
                if (writing || !isOpen(event.target()) || !tappable(openMessage().orElseThrow(), event.value())) {
                    return false;
                }
                Set<String> parts = tapped.computeIfAbsent(open, id -> new LinkedHashSet<>());
                if (!parts.remove(event.value())) {
                    parts.add(event.value());
                    if (event.value().startsWith("_")) {
                        stepsOn(Goal.CLUES, open).forEach(step -> wrong.add(step.id()));
                    }
                }
            }
            case WRITE -> {
                if (writing) {
                    return false;
                }
                draft = new Draft(Goal.WRITE, null, "", "", "", List.of());
            }
            case REPLY, FORWARD -> {
                if (writing || !isOpen(event.target()) || event.value().length() > MAX_TEXT) {
                    return false;
                }
                boolean reply = event.action().equals(REPLY);
                draft = new Draft(reply ? Goal.REPLY : Goal.FORWARD, open,
                        reply ? openMessage().orElseThrow().from() : "", event.value(), "", List.of());
            }
            case FIELD -> {
                if (!writing || event.value().length() > MAX_TEXT) {
                    return false;
                }
                switch (event.target()) {
                    case TO -> draft = new Draft(draft.how(), draft.source(), event.value(), draft.subject(),
                            draft.message(), draft.attached());
                    case SUBJECT -> draft = new Draft(draft.how(), draft.source(), draft.to(), event.value(),
                            draft.message(), draft.attached());
                    case MESSAGE -> draft = new Draft(draft.how(), draft.source(), draft.to(), draft.subject(),
                            event.value(), draft.attached());
                    default -> {
                        return false;
                    }
                }
            }
            case ATTACH -> {
                if (!writing || !task.files().contains(event.value()) || draft.attached().contains(event.value())) {
                    return false;
                }
                List<String> attached = new ArrayList<>(draft.attached());
                attached.add(event.value());
                draft = new Draft(draft.how(), draft.source(), draft.to(), draft.subject(), draft.message(), attached);
            }
            case DETACH -> {
                if (!writing || !draft.attached().contains(event.value())) {
                    return false;
                }
                List<String> attached = new ArrayList<>(draft.attached());
                attached.remove(event.value());
                draft = new Draft(draft.how(), draft.source(), draft.to(), draft.subject(), draft.message(), attached);
            }
            case SEND -> {
                if (!writing || draft.to().isBlank()) {
                    return false;
                }
                sent(draft);
                sent.add(draft);
                draft = null;
            }
            case DISCARD -> {
                if (!writing) {
                    return false;
                }
                draft = null;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A message sent: the step it does is done; if it does none, the step it was meant for is wrong. */
    private void sent(Draft message) {
        List<MailboxSimulation.Step> meantFor = task.steps().stream()
                .filter(step -> step.goal().sends() && !done.contains(step.id()))
                .toList();
        Optional<MailboxSimulation.Step> matched = meantFor.stream().filter(step -> does(step, message)).findFirst();
        if (matched.isPresent()) {
            done.add(matched.get().id());
            return;
        }
        List<MailboxSimulation.Step> sameWay = meantFor.stream().filter(step -> step.goal() == message.how()
                && (step.message() == null || step.message().equals(message.source()))).toList();
        if (!sameWay.isEmpty()) {
            sameWay.forEach(step -> wrong.add(step.id()));
        } else if (!meantFor.isEmpty()) {
            wrong.add(meantFor.get(0).id());
        }
    }

    private static boolean does(MailboxSimulation.Step step, Draft message) {
        return step.goal() == message.how()
                && (step.message() == null || step.message().equals(message.source()))
                && (step.to() == null || sameAddress(step.to(), message.to()))
                && step.hasWords(message.subject() + "\n" + message.message())
                && (step.attach() == null || message.attached().contains(step.attach()));
    }

    /** Addresses and numbers compare as people type them: in any case, without spaces. */
    static boolean sameAddress(String expected, String typed) {
        return normalized(expected).equals(normalized(typed));
    }

    private static String normalized(String address) {
        return address.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    private boolean tappable(Message message, String key) {
        return ContentLanguages.ALL.stream()
                .anyMatch(language -> message.parts(language).stream().anyMatch(p -> p.key().equals(key)));
    }

    private List<MailboxSimulation.Step> stepsOn(Goal goal, String messageId) {
        return task.steps().stream().filter(s -> s.goal() == goal && messageId.equals(s.message())).toList();
    }

    private boolean isOpen(String messageId) {
        return open != null && open.equals(messageId);
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(),
                wrong.contains(step.id()) ? StepOutcome.WRONG
                        : isDone(step) ? StepOutcome.RIGHT : StepOutcome.NOT_DONE)).toList();
    }

    private boolean isDone(MailboxSimulation.Step step) {
        return switch (step.goal()) {
            case SORT -> task.message(step.message()).map(m -> (m.scam() ? SCAM : SAFE)
                    .equals(sorted.get(m.id()))).orElse(false);
            case CLUES -> task.message(step.message()).map(m -> {
                Set<String> clues = new HashSet<>();
                m.clues().forEach(clue -> clues.add(clue.id()));
                return clues.equals(tapped.getOrDefault(m.id(), Set.of()));
            }).orElse(false);
            case WRITE, REPLY, FORWARD -> done.contains(step.id());
        };
    }

    // --- What the view shows ---

    public MailboxSimulation task() {
        return task;
    }

    public String folder() {
        return folder;
    }

    /** The messages of the folder shown, newest (first written) on top. */
    public List<Message> inFolder() {
        Kind kind = folder.equals(INBOX) ? Kind.EMAIL : Kind.SMS;
        return task.messages().stream().filter(m -> m.kind() == kind).toList();
    }

    public Optional<Message> openMessage() {
        return open == null ? Optional.empty() : task.message(open);
    }

    /** How she sorted the message: safe, scam, or empty if not yet. */
    public Optional<String> sortOf(String messageId) {
        return Optional.ofNullable(sorted.get(messageId));
    }

    public boolean isTapped(String messageId, String key) {
        return tapped.getOrDefault(messageId, Set.of()).contains(key);
    }

    /** The message she is writing, if any. */
    public Optional<Draft> draft() {
        return Optional.ofNullable(draft);
    }

    public List<Draft> sent() {
        return List.copyOf(sent);
    }

    /** Whether the task asks to sort messages (then Safe and Scam are shown). */
    public boolean sorting() {
        return task.steps().stream().anyMatch(s -> s.goal() == Goal.SORT);
    }

    /** Whether the task asks to find clues (then a message's parts can be tapped). */
    public boolean findingClues() {
        return task.steps().stream().anyMatch(s -> s.goal() == Goal.CLUES);
    }
}
