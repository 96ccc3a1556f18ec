CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`type` text NOT NULL,
	`subject` text NOT NULL,
	`detail` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `notifications_project_idx` ON `notifications` (`project_id`,`id`);--> statement-breakpoint
CREATE TABLE `snapshot_entries` (
	`snapshot_id` text NOT NULL,
	`slug` text NOT NULL,
	`schema_id` text NOT NULL,
	`revision` integer NOT NULL,
	PRIMARY KEY(`snapshot_id`, `slug`)
);
--> statement-breakpoint
CREATE INDEX `snapshot_entries_schema_idx` ON `snapshot_entries` (`snapshot_id`,`schema_id`,`slug`);--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`started_at` text,
	`published_at` text,
	`failed_at` text,
	`error` text,
	`watermark` integer,
	`cursor` text,
	`entity_count` integer DEFAULT 0 NOT NULL,
	`hash_state` text,
	`content_hash` text
);
--> statement-breakpoint
CREATE INDEX `snapshots_project_idx` ON `snapshots` (`project_id`,`requested_at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `snapshots_one_queued_idx` ON `snapshots` (`project_id`) WHERE status = 'queued';--> statement-breakpoint
ALTER TABLE `entity_revisions` ADD `seq` integer;--> statement-breakpoint
ALTER TABLE `entity_revisions` ADD `data_hash` text;--> statement-breakpoint
-- Revisions written before this migration take their insertion order as their seq (hand-written).
UPDATE `entity_revisions` SET `seq` = rowid;--> statement-breakpoint
CREATE UNIQUE INDEX `entity_revisions_seq_idx` ON `entity_revisions` (`seq`);--> statement-breakpoint
ALTER TABLE `projects` ADD `latest_snapshot_id` text;