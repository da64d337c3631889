-- Simulations: a try is every event she produced (longer than a choice), graded step by step; a half-done try is
-- kept as she goes, so that it survives leaving the page.

alter table attempt alter column answer set data type varchar(100000);

-- Each graded step of a simulation attempt, in the content's order: where learners fail.
create table attempt_step (
    attempt_id bigint       not null references attempt (id),
    position   int          not null,
    step_id    varchar(100) not null,
    outcome    varchar(10)  not null,
    primary key (attempt_id, position)
);

-- The try she has not checked yet, one per learner and simulation.
create table simulation_draft (
    learner_id  bigint          not null references learner (id),
    module_id   varchar(100)    not null,
    exercise_id varchar(100)    not null,
    events      varchar(100000) not null,
    updated_at  timestamp       not null,
    primary key (learner_id, module_id, exercise_id)
);
