ALTER TABLE `projects` ADD `latest_promoted_at` text;--> statement-breakpoint
CREATE INDEX `entity_revisions_project_seq_idx` ON `entity_revisions` (`project_id`,`seq`,`kind`,`slug`);