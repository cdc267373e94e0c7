-- One row that an import locks (SELECT ... FOR UPDATE) before it checks that the register is
-- empty, so that of imports running at once, on one server or several sharing this database, one
-- fills the register and the others find it full. Runs unchanged on H2 and PostgreSQL.
create table register_lock (
    id integer primary key
);
insert into register_lock (id) values (1);
