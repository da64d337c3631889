-- Written for both H2 and PostgreSQL. An anonymised learner keeps her results for the group's figures, but no name
-- (a pseudonym, "Apprenante 7", numbered within her cohort), no picture and no code: she cannot sign in and is on no
-- sign-in screen (docs/decisions/0013-learners-data-export-erase-anonymise.md).
alter table learner add column anonymised_at timestamp;
alter table learner add column anonymous_number int;
alter table learner alter column picture drop not null;
alter table learner alter column code_hash drop not null;
