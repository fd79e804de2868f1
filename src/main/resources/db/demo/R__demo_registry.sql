-- Demo links of the contract (default profile only). Fictional children; ids are fixed.
-- Written so that re-running changes nothing (portable across H2 and PostgreSQL).

-- Placing local authorities (fictional) with their out-of-hours duty team and designated officer (LADO).
insert into local_authority (code, name, out_of_hours_email, out_of_hours_phone, lado_email, lado_phone)
    select 'NORTHSHIRE', 'Northshire County Council', 'edt@northshire.example', '01632 960001', 'lado@northshire.example', '01632 960002'
    where not exists (select 1 from local_authority where code = 'NORTHSHIRE');
insert into local_authority (code, name, out_of_hours_email, out_of_hours_phone, lado_email, lado_phone)
    select 'EASTBOROUGH', 'Eastborough Borough Council', 'duty@eastborough.example', '01632 960101', 'lado@eastborough.example', '01632 960102'
    where not exists (select 1 from local_authority where code = 'EASTBOROUGH');

insert into staff_member (user_id, team, manager_id, role) select 'sam', 'fostering', 'mark', 'SSW' where not exists (select 1 from staff_member where user_id = 'sam');
insert into staff_member (user_id, team, manager_id, role) select 'sunita', 'fostering', 'mark', 'SSW' where not exists (select 1 from staff_member where user_id = 'sunita');
insert into staff_member (user_id, team, manager_id, role) select 'mark', 'fostering', 'rachel', 'MANAGER' where not exists (select 1 from staff_member where user_id = 'mark');
insert into staff_member (user_id, team, manager_id, role) select 'rachel', 'fostering', null, 'MANAGER' where not exists (select 1 from staff_member where user_id = 'rachel');
insert into staff_member (user_id, team, manager_id, role) select 'sophie', 'childrens-social-care', 'mark', 'SOCIAL_WORKER' where not exists (select 1 from staff_member where user_id = 'sophie');
insert into staff_member (user_id, team, manager_id, role) select 'leon', 'childrens-social-care', 'mark', 'SOCIAL_WORKER' where not exists (select 1 from staff_member where user_id = 'leon');
insert into staff_member (user_id, team, manager_id, role) select 'eddie', 'emergency-duty', null, 'EMERGENCY_DUTY' where not exists (select 1 from staff_member where user_id = 'eddie');
-- a demo database from before staff had roles
update staff_member set role = 'SSW' where user_id in ('sam', 'sunita') and role is null;
update staff_member set role = 'MANAGER' where user_id in ('mark', 'rachel') and role is null;
update staff_member set role = 'SOCIAL_WORKER' where user_id in ('sophie', 'leon') and role is null;
update staff_member set role = 'EMERGENCY_DUTY' where user_id = 'eddie' and role is null;

-- Households of one carer each (a database from before households has them already, made by V13).
insert into household (id, name) select 'H-carol', 'Carol''s household' where not exists (select 1 from household where id = 'H-carol');
insert into household (id, name) select 'H-frank', 'Frank''s household' where not exists (select 1 from household where id = 'H-frank');
insert into household_ssw (household_id, ssw_id, from_date) select 'H-carol', 'sam', date '2022-01-03'
    where not exists (select 1 from household_ssw where household_id = 'H-carol');
insert into household_ssw (household_id, ssw_id, from_date) select 'H-frank', 'sunita', date '2023-04-17'
    where not exists (select 1 from household_ssw where household_id = 'H-frank');
insert into carer (user_id, household_id, approved_from) select 'carol', 'H-carol', date '2022-01-03' where not exists (select 1 from carer where user_id = 'carol');
insert into carer (user_id, household_id, approved_from) select 'frank', 'H-frank', date '2023-04-17' where not exists (select 1 from carer where user_id = 'frank');

insert into child (id, first_name, last_name, date_of_birth, local_authority_code)
    select 'C-1001', 'Jess', 'Marlow', date '2012-03-14', 'NORTHSHIRE' where not exists (select 1 from child where id = 'C-1001');
insert into child (id, first_name, last_name, date_of_birth, local_authority_code)
    select 'C-1002', 'Tyler', 'Brooks', date '2017-06-02', 'EASTBOROUGH' where not exists (select 1 from child where id = 'C-1002');
insert into child (id, first_name, last_name, date_of_birth, local_authority_code)
    select 'C-1003', 'Kayla', 'Osei', date '2010-09-21', 'NORTHSHIRE' where not exists (select 1 from child where id = 'C-1003');
update child set local_authority_code = 'NORTHSHIRE' where id in ('C-1001', 'C-1003') and local_authority_code is null;
update child set local_authority_code = 'EASTBOROUGH' where id = 'C-1002' and local_authority_code is null;

-- Placements: Kayla was with carol in an emergency before her long-term placement with frank (history only).
insert into placement (child_id, household_id, kind, from_date, to_date) select 'C-1001', 'H-carol', 'LONG_TERM', date '2023-09-04', null
    where not exists (select 1 from placement where child_id = 'C-1001');
insert into placement (child_id, household_id, kind, from_date, to_date) select 'C-1002', 'H-carol', 'SHORT_TERM', date '2025-02-10', null
    where not exists (select 1 from placement where child_id = 'C-1002');
insert into placement (child_id, household_id, kind, from_date, to_date) select 'C-1003', 'H-carol', 'EMERGENCY', date '2024-04-29', date '2024-05-20'
    where not exists (select 1 from placement where child_id = 'C-1003');
insert into placement (child_id, household_id, kind, from_date, to_date) select 'C-1003', 'H-frank', 'LONG_TERM', date '2024-05-20', null
    where not exists (select 1 from placement where child_id = 'C-1003' and household_id = 'H-frank');

insert into child_social_worker (child_id, social_worker_id, from_date) select 'C-1001', 'sophie', date '2023-09-04'
    where not exists (select 1 from child_social_worker where child_id = 'C-1001');
insert into child_social_worker (child_id, social_worker_id, from_date) select 'C-1002', 'leon', date '2025-02-10'
    where not exists (select 1 from child_social_worker where child_id = 'C-1002');
insert into child_social_worker (child_id, social_worker_id, from_date) select 'C-1003', 'sophie', date '2024-04-29'
    where not exists (select 1 from child_social_worker where child_id = 'C-1003');

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
