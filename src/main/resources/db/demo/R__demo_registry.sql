-- Demo links of the contract (default profile only). Fictional children; ids are fixed.
-- Written so that re-running changes nothing (portable across H2 and PostgreSQL).

insert into staff_member (user_id, team, manager_id) select 'sam', 'fostering', 'mark' where not exists (select 1 from staff_member where user_id = 'sam');
insert into staff_member (user_id, team, manager_id) select 'sunita', 'fostering', 'mark' where not exists (select 1 from staff_member where user_id = 'sunita');
insert into staff_member (user_id, team, manager_id) select 'mark', 'fostering', 'rachel' where not exists (select 1 from staff_member where user_id = 'mark');
insert into staff_member (user_id, team, manager_id) select 'rachel', 'fostering', null where not exists (select 1 from staff_member where user_id = 'rachel');
insert into staff_member (user_id, team, manager_id) select 'sophie', 'childrens-social-care', 'mark' where not exists (select 1 from staff_member where user_id = 'sophie');
insert into staff_member (user_id, team, manager_id) select 'leon', 'childrens-social-care', 'mark' where not exists (select 1 from staff_member where user_id = 'leon');
insert into staff_member (user_id, team, manager_id) select 'eddie', 'emergency-duty', null where not exists (select 1 from staff_member where user_id = 'eddie');

insert into carer (user_id, ssw_id) select 'carol', 'sam' where not exists (select 1 from carer where user_id = 'carol');
insert into carer (user_id, ssw_id) select 'frank', 'sunita' where not exists (select 1 from carer where user_id = 'frank');

insert into child (id, first_name, last_name, date_of_birth, carer_id, social_worker_id)
    select 'C-1001', 'Jess', 'Marlow', date '2012-03-14', 'carol', 'sophie' where not exists (select 1 from child where id = 'C-1001');
insert into child (id, first_name, last_name, date_of_birth, carer_id, social_worker_id)
    select 'C-1002', 'Tyler', 'Brooks', date '2017-06-02', 'carol', 'leon' where not exists (select 1 from child where id = 'C-1002');
insert into child (id, first_name, last_name, date_of_birth, carer_id, social_worker_id)
    select 'C-1003', 'Kayla', 'Osei', date '2010-09-21', 'frank', 'sophie' where not exists (select 1 from child where id = 'C-1003');

insert into service_role (role, user_id) select 'REGISTERED_MANAGER', 'rachel' where not exists (select 1 from service_role where role = 'REGISTERED_MANAGER');
