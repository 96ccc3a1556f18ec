CREATE TABLE `entities` (
	`project_id` text NOT NULL,
	`slug` text NOT NULL,
	`schema_id` text NOT NULL,
	`status` text NOT NULL,
	`revision` integer NOT NULL,
	`committed_revision` integer,
	`draft_revision` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`project_id`, `slug`)
);
--> statement-breakpoint
CREATE INDEX `entities_schema_idx` ON `entities` (`project_id`,`schema_id`,`slug`);--> statement-breakpoint
CREATE INDEX `entities_status_idx` ON `entities` (`project_id`,`status`,`slug`);--> statement-breakpoint
CREATE TABLE `entity_revisions` (
	`project_id` text NOT NULL,
	`slug` text NOT NULL,
	`revision` integer NOT NULL,
	`kind` text NOT NULL,
	`schema_id` text NOT NULL,
	`schema_version` integer NOT NULL,
	`data` text,
	`message` text,
	`author` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`project_id`, `slug`, `revision`)
);
--> statement-breakpoint
CREATE TABLE `outbox_events` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` text NOT NULL,
	`resent_at` text,
	`resends` integer DEFAULT 0 NOT NULL,
	`handled_at` text
);
--> statement-breakpoint
CREATE INDEX `outbox_unhandled_idx` ON `outbox_events` (`handled_at`,`created_at`);