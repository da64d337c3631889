-- Answers counted once (docs/decisions/0009-answers-durable-and-once.md). Written for both H2 and PostgreSQL.

-- 1. Repair: a double-click or two workstations could store several "first tries" of one learner at one exercise.
--    The earliest (ended_at, then id) stays her first try; the others become later tries.
update attempt set first_try = false
where first_try = true
  and exists (select 1 from attempt earlier
              where earlier.learner_id = attempt.learner_id
                and earlier.module_id = attempt.module_id
                and earlier.exercise_id = attempt.exercise_id
                and earlier.first_try = true
                and (earlier.ended_at < attempt.ended_at
                     or (earlier.ended_at = attempt.ended_at and earlier.id < attempt.id)));

-- 2. Each check she makes carries an id made in her page: a check sent twice (a double-click, a request sent again
--    after a lost connection) is stored once. Older attempts have none (NULLs are distinct in both databases).
alter table attempt add column check_id varchar(40);
alter table attempt add constraint attempt_check_once unique (check_id);

-- 3. One first try per learner, module and exercise, held by the database: TRUE on the first try, NULL on the
--    others, so that the unique constraint sees only first tries (NULLs are distinct in both databases).
alter table attempt add column first_try_mark boolean;
update attempt set first_try_mark = true where first_try = true;
alter table attempt add constraint attempt_first_try_once
    unique (learner_id, module_id, exercise_id, first_try_mark);
alter table attempt add constraint attempt_first_try_marked
    check ((first_try = true and first_try_mark = true) or (first_try = false and first_try_mark is null));
