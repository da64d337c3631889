package org.digitalcentre.simulation.eservice;

import org.digitalcentre.content.EServiceSimulation;
import org.digitalcentre.content.EServiceSimulation.Field;
import org.digitalcentre.content.EServiceSimulation.FieldKind;
import org.digitalcentre.content.EServiceSimulation.Goal;
import org.digitalcentre.content.EServiceSimulation.Page;
import org.digitalcentre.simulation.PasswordStandIn;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The online service's state on the server: the screen she is on, what she typed, the code sent to her phone, and
 * what every step has seen. The events are {@code type} (target: a field of the screen, value: what she typed or
 * the option she chose), {@code attach} (target: a document field, value: the file she picked), {@code continue}
 * (the screen's main button: the server checks the values and moves on, or keeps her there with a message at each
 * field), {@code back} (to the form's previous page) and {@code submit} (on the review page).
 *
 * <p>What she types in the password field is never stored: {@link #keptAs} keeps its length, whether it is blank,
 * whether it is the scenario's password, and a number that is the same for the same text (a
 * {@link PasswordStandIn}); signing in with the password she chose grades the same on those.
 */
public final class EServiceRun implements SimulationRun {

    public static final String TYPE = "type";
    public static final String ATTACH = "attach";
    public static final String CONTINUE = "continue";
    public static final String BACK = "back";
    public static final String SUBMIT = "submit";

    /** The screens' own fields (not written by the author). */
    public static final String PASSWORD = "password";
    public static final String IDENTIFIER = "identifier";
    public static final String CODE = "code";

    /** What a field may hold at most: a longer value is not typed by a person. */
    public static final int MAX_VALUE_LENGTH = 200;

    /** Problems at a field, besides the kinds' own checks (see {@link FieldKind#problemWith}). */
    public static final String REQUIRED = "required";
    public static final String SHORT_PASSWORD = "password-short";
    public static final String WRONG_SIGN_IN = "sign-in";
    public static final String WRONG_CODE = "code";

    /** What a stand-in keeps of her password, besides its length and number. */
    static final String BLANK = "blank";
    static final String GIVEN = "given";

    /** The screens, in the order she meets them. */
    public enum Screen { ACCOUNT, SIGN_IN, CODE, PAGE, REVIEW, SENT }

    private final EServiceSimulation task;
    private Screen screen;
    private int pageIndex;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> own = new HashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private boolean accountCreated;
    private boolean codeSent;
    private String chosenPassword;
    private String accountIdentifier;
    private final Set<String> done = new HashSet<>();
    private final Set<String> wrong = new HashSet<>();

    public EServiceRun(EServiceSimulation task) {
        this.task = task;
        this.screen = task.createsAccount() ? Screen.ACCOUNT : task.signsIn() ? Screen.SIGN_IN : Screen.PAGE;
    }

    @Override
    public boolean apply(SimEvent event) {
        return switch (event.action()) {
            case TYPE -> type(event.target(), event.value());
            case ATTACH -> attach(event.target(), event.value());
            case CONTINUE -> goOn();
            case BACK -> back();
            case SUBMIT -> submit();
            default -> false;
        };
    }

    private boolean type(String target, String value) {
        if (PasswordStandIn.lengthOf(value) > MAX_VALUE_LENGTH) {
            return false;
        }
        if (ownFieldsOfScreen().contains(target)) {
            own.put(target, value);
            return true;
        }
        Optional<Field> field = fieldsOfScreen().stream().filter(f -> f.id().equals(target)).findFirst();
        if (field.isEmpty() || field.get().kind() == FieldKind.DOCUMENT) {
            return false;
        }
        if (field.get().kind() == FieldKind.CHOICE && !value.isEmpty()
                && field.get().options().stream().noneMatch(o -> o.id().equals(value))) {
            return false;
        }
        values.put(target, value);
        return true;
    }

    /** Picking a file is sending it: the wrong one makes the page's step wrong at once. */
    private boolean attach(String target, String file) {
        Optional<Field> field = fieldsOfScreen().stream()
                .filter(f -> f.id().equals(target) && f.kind() == FieldKind.DOCUMENT).findFirst();
        if (field.isEmpty() || !field.get().files().contains(file)) {
            return false;
        }
        values.put(target, file);
        problems.remove(target);
        if (!field.get().expects(file)) {
            stepsOfPage(currentPage().id()).forEach(wrong::add);
        }
        return true;
    }

    private boolean goOn() {
        switch (screen) {
            case ACCOUNT -> createAccount();
            case SIGN_IN -> signIn();
            case CODE -> checkCode();
            case PAGE -> leavePage();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void createAccount() {
        problems.clear();
        checkFields(task.account());
        String password = own.getOrDefault(PASSWORD, "");
        if (blank(password)) {
            problems.put(PASSWORD, REQUIRED);
        } else if (PasswordStandIn.lengthOf(password) < EServiceSimulation.PASSWORD_MIN_LENGTH) {
            problems.put(PASSWORD, SHORT_PASSWORD);
        }
        if (!problems.isEmpty()) {
            return;
        }
        boolean asExpected = task.account().stream().allMatch(f -> f.expects(values.get(f.id())));
        grade(Goal.CREATE_ACCOUNT, null, asExpected);
        accountCreated = true;
        chosenPassword = password;
        accountIdentifier = task.account().stream().filter(f -> f.kind() == FieldKind.EMAIL).findFirst()
                .map(f -> values.getOrDefault(f.id(), "")).orElse("");
        moveTo(task.signsIn() ? Screen.SIGN_IN : Screen.PAGE, 0);
    }

    private void signIn() {
        problems.clear();
        String identifier = own.getOrDefault(IDENTIFIER, "");
        String password = own.getOrDefault(PASSWORD, "");
        if (identifier.isBlank()) {
            problems.put(IDENTIFIER, REQUIRED);
        }
        if (password.isEmpty()) {
            problems.put(PASSWORD, REQUIRED);
        }
        if (!problems.isEmpty()) {
            return;
        }
        String expectedIdentifier = accountCreated ? accountIdentifier : task.identifier();
        String expectedPassword = accountCreated ? chosenPassword : task.password();
        if (FieldKind.EMAIL.normalized(identifier).equals(FieldKind.EMAIL.normalized(expectedIdentifier))
                && samePassword(password, expectedPassword)) {
            codeSent = true;
            moveTo(Screen.CODE, 0);
        } else {
            problems.put(PASSWORD, WRONG_SIGN_IN);
            markWrong(Goal.SIGN_IN, null);
        }
    }

    private static boolean blank(String password) {
        return PasswordStandIn.read(password).map(kept -> kept.flag(BLANK)).orElseGet(password::isBlank);
    }

    /**
     * Live, both are what she typed (or the scenario's). In a stored try both are stand-ins, equal when she typed the
     * same text; the scenario's password is not a stand-in, and a stand-in says whether it was that.
     */
    private boolean samePassword(String typed, String expected) {
        if (typed.equals(expected)) {
            return true;
        }
        return !accountCreated && expected != null && expected.equals(task.password())
                && PasswordStandIn.read(typed).map(kept -> kept.flag(GIVEN)).orElse(false);
    }

    private void checkCode() {
        problems.clear();
        String typed = own.getOrDefault(CODE, "").replaceAll("\\s", "");
        if (typed.isEmpty()) {
            problems.put(CODE, REQUIRED);
        } else if (!typed.equals(task.code())) {
            problems.put(CODE, WRONG_CODE);
            markWrong(Goal.SIGN_IN, null);
        } else {
            grade(Goal.SIGN_IN, null, true);
            moveTo(Screen.PAGE, 0);
        }
    }

    /** The page's values are checked; then a value other than the scenario's makes the page's step wrong. */
    private void leavePage() {
        problems.clear();
        Page page = currentPage();
        checkFields(page.fields());
        if (!problems.isEmpty()) {
            return;
        }
        grade(Goal.FILL_PAGE, page.id(), page.fields().stream().allMatch(f -> f.expects(values.get(f.id()))));
        if (pageIndex + 1 < task.pages().size()) {
            moveTo(Screen.PAGE, pageIndex + 1);
        } else {
            moveTo(Screen.REVIEW, pageIndex);
        }
    }

    private void checkFields(List<Field> fields) {
        for (Field field : fields) {
            String value = values.getOrDefault(field.id(), "");
            if (value.isBlank()) {
                if (field.required()) {
                    problems.put(field.id(), REQUIRED);
                }
            } else {
                field.kind().problemWith(value).ifPresent(problem -> problems.put(field.id(), problem));
            }
        }
    }

    private boolean back() {
        if (screen == Screen.REVIEW) {
            moveTo(Screen.PAGE, task.pages().size() - 1);
            return true;
        }
        if (screen == Screen.PAGE && pageIndex > 0) {
            moveTo(Screen.PAGE, pageIndex - 1);
            return true;
        }
        return false;
    }

    private boolean submit() {
        if (screen != Screen.REVIEW) {
            return false;
        }
        grade(Goal.SUBMIT, null, true);
        moveTo(Screen.SENT, pageIndex);
        return true;
    }

    private void moveTo(Screen next, int page) {
        screen = next;
        pageIndex = page;
        own.clear();
        problems.clear();
    }

    private void grade(Goal goal, String pageId, boolean asExpected) {
        for (EServiceSimulation.Step step : task.steps()) {
            if (step.goal() == goal && (pageId == null || pageId.equals(step.page()))) {
                done.add(step.id());
                if (!asExpected) {
                    wrong.add(step.id());
                }
            }
        }
    }

    private void markWrong(Goal goal, String pageId) {
        task.steps().stream().filter(s -> s.goal() == goal && (pageId == null || pageId.equals(s.page())))
                .forEach(s -> wrong.add(s.id()));
    }

    private List<String> stepsOfPage(String pageId) {
        return task.steps().stream().filter(s -> s.goal() == Goal.FILL_PAGE && pageId.equals(s.page()))
                .map(EServiceSimulation.Step::id).toList();
    }

    private List<String> ownFieldsOfScreen() {
        return switch (screen) {
            case ACCOUNT -> List.of(PASSWORD);
            case SIGN_IN -> List.of(IDENTIFIER, PASSWORD);
            case CODE -> List.of(CODE);
            default -> List.of();
        };
    }

    /** The author's fields on the screen she is on. */
    public List<Field> fieldsOfScreen() {
        return switch (screen) {
            case ACCOUNT -> task.account();
            case PAGE -> currentPage().fields();
            default -> List.of();
        };
    }

    @Override
    public SimEvent keptAs(SimEvent event, PasswordStandIn.Numbering numbering) {
        if (!event.action().equals(TYPE) || !event.target().equals(PASSWORD)) {
            return event;
        }
        String typed = event.value();
        Map<String, Object> facts = new LinkedHashMap<>();
        if (typed.isBlank()) {
            facts.put(BLANK, true);
        }
        if (task.password() != null && typed.equals(task.password())) {
            facts.put(GIVEN, true);
        }
        return new SimEvent(event.action(), event.target(), numbering.standIn(typed, facts));
    }

    /**
     * Past the sign-in, her password is never needed again: the try goes on as it was. Before it, she types it again
     * (what was typed is not kept, so it could not be checked), with the rest of the screen as she left it.
     */
    @Override
    public List<SimEvent> resumable(List<SimEvent> kept) {
        for (SimEvent event : kept) {
            if (!apply(event)) {
                break;
            }
        }
        if (screen != Screen.ACCOUNT && screen != Screen.SIGN_IN) {
            return kept;
        }
        return kept.stream().filter(e -> !e.action().equals(TYPE) || !e.target().equals(PASSWORD)).toList();
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(),
                wrong.contains(step.id()) ? StepOutcome.WRONG
                        : done.contains(step.id()) ? StepOutcome.RIGHT : StepOutcome.NOT_DONE)).toList();
    }

    // --- What the view shows ---

    public EServiceSimulation task() {
        return task;
    }

    public Screen screen() {
        return screen;
    }

    /** The form's page she is on (or was last on, from the review page). */
    public Page currentPage() {
        return task.pages().get(pageIndex);
    }

    public int pageNumber() {
        return pageIndex + 1;
    }

    /** What she gave for an author's field, or for one of the screen's own fields; empty if nothing. */
    public String value(String fieldId) {
        String value = own.getOrDefault(fieldId, values.getOrDefault(fieldId, ""));
        return PasswordStandIn.isStandIn(value) ? "" : value;
    }

    /** The message key of what is wrong at a field after she pressed the screen's button, if anything. */
    public Optional<String> problemAt(String fieldId) {
        return Optional.ofNullable(problems.get(fieldId));
    }

    /** The text message with the code has arrived on her phone. */
    public boolean codeSent() {
        return codeSent;
    }

    /** Her account was just created (the sign-in screen says so). */
    public boolean accountCreated() {
        return accountCreated;
    }
}
