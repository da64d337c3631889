-- Teachers' notes can be edited and deleted, with who and when. A deleted note keeps no text: only the line
-- "deleted by X on date" stays.

alter table teacher_note add column edited_by_id bigint;
alter table teacher_note add column edited_by_name varchar(120);
alter table teacher_note add column edited_at timestamp;
alter table teacher_note add column deleted_by_id bigint;
alter table teacher_note add column deleted_by_name varchar(120);
alter table teacher_note add column deleted_at timestamp;
alter table teacher_note add constraint teacher_note_edited_by foreign key (edited_by_id) references staff_account (id);
alter table teacher_note add constraint teacher_note_deleted_by foreign key (deleted_by_id) references staff_account (id);
