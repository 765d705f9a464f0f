ALTER TABLE "users" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "source_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "users_source_key" ON "users" USING btree ("source_key");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_source_key" ON "comments" USING btree ("source_key");--> statement-breakpoint
CREATE UNIQUE INDEX "threads_source_key" ON "threads" USING btree ("source_key");