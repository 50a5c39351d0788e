-- Issue 12: plans with task tables and deadlines with a time of day.
--
-- unit_role: LEAD (chủ trì) or SUPPORT (phối hợp) when a plan's task table names the unit's role on the
-- requirement; NULL for an ordinary dispatch, whose recipients all do the same. deadline_time: the time
-- of day on the deadline ("trước 16 giờ 30 ngày 12/3/2021") as HH:MM, NULL for the end of the day.
-- Rows imported before this version have neither, which is what they meant.
ALTER TABLE dispatch_assignment ADD COLUMN unit_role TEXT;
ALTER TABLE dispatch_assignment ADD COLUMN deadline_time TEXT;
