import { h } from "./dom.js";
import { bodyExample, typeLabel } from "./schema-view.js";
import { deref } from "./spec.js";

const TOKEN_KEY = "folio-docs-token";
const SHOWN_HEADERS = [
	"content-type",
	"x-request-id",
	"etag",
	"location",
	"ratelimit",
	"ratelimit-policy",
	"retry-after",
];

// sessionStorage throws where storage is blocked; the token then lives only in the input.
export function loadToken() {
	try {
		return sessionStorage.getItem(TOKEN_KEY) || "";
	} catch {
		return "";
	}
}
export function saveToken(value) {
	try {
		sessionStorage.setItem(TOKEN_KEY, value);
	} catch {
		/* see loadToken */
	}
}

const pretty = (text) => {
	try {
		return JSON.stringify(JSON.parse(text), null, 2);
	} catch {
		return text;
	}
};

export function tryIt(entry) {
	const { op, method, path } = entry;
	const inputs = entry.parameters
		.filter((p) => ["path", "query", "header"].includes(p.in))
		.map((param) => {
			const example = param.example ?? deref(param.schema).example;
			const placeholder = example !== undefined ? String(example) : typeLabel(param.schema);
			return { param, input: h("input", { type: "text", required: Boolean(param.required), placeholder }) };
		});
	const media = deref(op.requestBody).content?.["application/json"];
	const bodyInput =
		media &&
		h("textarea", { rows: 8, spellcheck: "false", value: JSON.stringify(bodyExample(media), null, 2) });
	const output = h("div", { "aria-live": "polite" });

	async function send() {
		let url = path;
		const query = new URLSearchParams();
		const headers = new Headers();
		const token = loadToken();
		if (token) headers.set("Authorization", `Bearer ${token}`);
		if (bodyInput) headers.set("Content-Type", "application/json");
		output.replaceChildren(h("p", { class: "muted" }, "Sending…"));
		const started = performance.now();
		try {
			for (const { param, input } of inputs) {
				const value = input.value.trim();
				if (param.in === "path") url = url.split(`{${param.name}}`).join(encodeURIComponent(value));
				else if (value && param.in === "query") query.append(param.name, value);
				else if (value) headers.set(param.name, value);
			}
			if (query.toString()) url += `?${query}`;
			const response = await fetch(url, {
				method: method.toUpperCase(),
				headers,
				body: bodyInput ? bodyInput.value : undefined,
			});
			const text = await response.text();
			const shown = SHOWN_HEADERS.filter((name) => response.headers.has(name)).map(
				(name) => `${name}: ${response.headers.get(name)}`,
			);
			output.replaceChildren(
				h(
					"p",
					null,
					h(
						"span",
						{ class: `status s${String(response.status).charAt(0)}` },
						`${response.status} ${response.statusText}`.trim(),
					),
					` ${method.toUpperCase()} ${url} in ${Math.round(performance.now() - started)} ms`,
				),
				shown.length ? h("pre", null, shown.join("\n")) : null,
				h("pre", null, text ? pretty(text) : "(empty body)"),
			);
		} catch (error) {
			output.replaceChildren(h("p", { class: "error" }, `Request failed: ${error.message}`));
		}
	}

	const panel = h(
		"div",
		{ class: "try", hidden: true },
		h(
			"form",
			{
				onsubmit: (event) => {
					event.preventDefault();
					send();
				},
			},
			inputs.map(({ param, input }) => h("label", null, `${param.name} (${param.in})`, input)),
			bodyInput ? h("label", null, "JSON body", bodyInput) : null,
			h("button", { type: "submit" }, "Send request"),
			output,
		),
	);
	const toggle = h(
		"button",
		{
			type: "button",
			class: "try-toggle",
			"aria-expanded": "false",
			onclick: () => {
				panel.hidden = !panel.hidden;
				toggle.setAttribute("aria-expanded", String(!panel.hidden));
			},
		},
		"Try it",
	);
	return [toggle, panel];
}
