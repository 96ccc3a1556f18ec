ALTER TABLE `exports` ADD `schemas` text;--> statement-breakpoint
ALTER TABLE `webhook_endpoints` ADD `schemas` text;