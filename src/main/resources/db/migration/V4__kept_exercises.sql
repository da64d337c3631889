-- Each exercise as every loaded version of its module wrote it (as JSON): an exercise an author later changed or
-- removed still shows with its own text in learners' past results.

create table kept_exercise (
    module_id       varchar(100)    not null,
    content_version varchar(20)     not null,
    exercise_id     varchar(100)    not null,
    module_title    varchar(2000)   not null,
    exercise        varchar(100000) not null,
    primary key (module_id, content_version, exercise_id)
);
