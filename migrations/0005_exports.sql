CREATE TABLE `exports` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`snapshot_id` text NOT NULL,
	`status` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`started_at` text,
	`completed_at` text,
	`failed_at` text,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`entity_count` integer,
	`bytes` integer,
	`sha256` text,
	`object_key` text
);
--> statement-breakpoint
CREATE INDEX `exports_project_idx` ON `exports` (`project_id`,`requested_at`,`id`);--> statement-breakpoint
CREATE INDEX `exports_status_idx` ON `exports` (`status`);