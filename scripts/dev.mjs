// `npm run dev`: applies local D1 migrations, starts `wrangler dev`, and once it is ready prints
// the base URL, the dev root token and a curl line that works.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const port = process.env.PORT ?? "8787";
const token = /^FOLIO_ADMIN_TOKEN=(.*)$/m.exec(readFileSync(".dev.vars", "utf8"))?.[1]?.trim();

const migrate = spawnSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"], {
	stdio: "inherit",
	env: { ...process.env, CI: "true" },
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const dev = spawn("npx", ["wrangler", "dev", "--port", port, "--ip", "127.0.0.1", ...process.argv.slice(2)], {
	stdio: ["inherit", "pipe", "inherit"],
});
let announced = false;
dev.stdout.on("data", (chunk) => {
	process.stdout.write(chunk);
	if (!announced && /Ready on/.test(String(chunk))) {
		announced = true;
		const base = `http://localhost:${port}`;
		process.stdout.write(
			[
				"",
				"Folio is running locally (D1, Durable Objects, Queues and R2 in workerd).",
				`  base URL    ${base}`,
				`  root token  ${token}  (dev only, from .dev.vars)`,
				`  docs        ${base}/docs`,
				"  try it:",
				`    curl -s -X POST ${base}/api/v1/admin/projects -H 'Authorization: Bearer ${token}' -H 'Content-Type: application/json' -d '{"id":"demo","name":"Demo"}'`,
				"",
			].join("\n"),
		);
	}
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
