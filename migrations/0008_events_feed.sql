ALTER TABLE `outbox_events` ADD `seq` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_project_seq_idx` ON `outbox_events` (`project_id`,`seq`);--> statement-breakpoint
-- Events written before the feed existed take their place in it in the order they were written.
UPDATE `outbox_events` SET `seq` = n.`seq` FROM (SELECT `id`, row_number() OVER (PARTITION BY `project_id` ORDER BY `created_at`, `id`) AS `seq` FROM `outbox_events` WHERE `type` <> 'webhook.test') AS n WHERE `outbox_events`.`id` = n.`id`;
