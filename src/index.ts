import { createApp } from "./app";
import { createDb } from "./db/client";
import { purgeEndedSecrets } from "./modules/keys/keys.service";

export { KeyState } from "./durable-objects/key-state";

const app = createApp();

export default {
	fetch: app.fetch,

	async scheduled(_controller, env, ctx) {
		ctx.waitUntil(purgeEndedSecrets(createDb(env.DB)));
	},
} satisfies ExportedHandler<Env>;
