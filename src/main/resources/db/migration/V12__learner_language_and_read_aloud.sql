-- Written for both H2 and PostgreSQL. Her language is remembered for her, not only for the workstation ("fr", "en",
-- "ar"; null until she or her teacher chooses one), and her teacher may switch on "read aloud automatically" for her.
alter table learner add column language varchar(8);
alter table learner add column read_aloud_automatically boolean default false not null;
