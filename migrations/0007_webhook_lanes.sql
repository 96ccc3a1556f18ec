ALTER TABLE `snapshots` ADD `progress_at` text;--> statement-breakpoint
ALTER TABLE `webhook_endpoints` ADD `slow_until` text;