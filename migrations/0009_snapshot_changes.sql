ALTER TABLE `projects` ADD `latest_promoted_at` text;--> statement-breakpoint
CREATE INDEX `entity_revisions_project_seq_idx` ON `entity_revisions` (`project_id`,`seq`,`kind`,`slug`);--> statement-breakpoint
-- Events published before promote existed were all builds: say so, as the feed's schema requires.
UPDATE `outbox_events` SET `payload` = json_set(`payload`, '$.data.reason', 'build') WHERE `type` = 'snapshot.published' AND json_extract(`payload`, '$.data.reason') IS NULL;
