// `npm run dev`: applies local D1 migrations, starts `wrangler dev`, and once it is ready prints
// the base URL, the dev root token and a curl line that works.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

// The port comes from `--port N` / `--port=N` (so `npm run dev -- --port 8791` works) or PORT;
// it is taken out of the arguments because this script passes it to wrangler itself.
const args = process.argv.slice(2);
let port = process.env.PORT || "8787";
for (let i = 0; i < args.length; i++) {
	const [flag, inline] = args[i].split("=", 2);
	if (flag !== "--port" && flag !== "-p") continue;
	const value = inline ?? args[i + 1];
	if (!value || !/^\d+$/.test(value)) {
		console.error(`npm run dev: --port needs a number (got ${value ?? "nothing"})`);
		process.exit(2);
	}
	port = value;
	args.splice(i, inline === undefined ? 2 : 1);
	i--;
}
// Offline, miniflare's fetch of workers.cloudflare.com/cf.json (request.cf sample data) prints
// ENOTFOUND twice, which reads as a failure; its built-in sample is fine for local work.
const env = {
	...process.env,
	CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? "false",
};
const token = /^FOLIO_ADMIN_TOKEN=(.*)$/m.exec(readFileSync(".dev.vars", "utf8"))?.[1]?.trim();

const migrate = spawnSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"], {
	stdio: "inherit",
	env: { ...env, CI: "true" },
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const dev = spawn("npx", ["wrangler", "dev", "--port", port, "--ip", "127.0.0.1", ...args], {
	stdio: ["inherit", "pipe", "inherit"],
	env,
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
