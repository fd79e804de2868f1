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

-- Missing-person profiles prepared in advance for the two older children (fictional).
insert into missing_person_profile (child_id, description, photo_reference, associates, places, phone, social_media, updated_by, updated_at, version)
    select 'C-1001', 'Slim, about 1.60 m, long dark hair, small scar on left eyebrow', 'Photo P-1001 held by the fostering service',
           'A group of older teenagers met at the bus station', 'Town centre bus station; the retail park', 'Mobile ending 0117',
           'Uses two social media accounts; usernames are on file', 'carol', current_timestamp, 0
    where not exists (select 1 from missing_person_profile where child_id = 'C-1001');
insert into missing_person_profile (child_id, description, photo_reference, associates, places, phone, social_media, updated_by, updated_at, version)
    select 'C-1003', 'Tall, about 1.75 m, short braided hair, wears glasses', 'Photo P-1003 held by the fostering service',
           'An adult man who drives a grey car', 'The park by the river; a flat on the east side of town', 'Mobile ending 0345',
           'Gaming chat and one messaging app; details on file', 'frank', current_timestamp, 0
    where not exists (select 1 from missing_person_profile where child_id = 'C-1003');
