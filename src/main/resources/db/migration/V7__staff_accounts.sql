-- Staff accounts: wrong passwords counted per account (locked for a while after too many), accounts an
-- administrator disabled, passwords that must be changed at the next sign-in, and the demo profile's accounts.
alter table staff_account add column wrong_passwords int not null default 0;
alter table staff_account add column locked_until timestamp;
alter table staff_account add column disabled boolean not null default false;
alter table staff_account add column must_change_password boolean not null default false;
alter table staff_account add column demo_account boolean not null default false;
