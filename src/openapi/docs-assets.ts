/**
 * The self-contained API reference served at /docs. It loads nothing but its own stylesheet,
 * script and the OpenAPI document, and has no inline script, style or event handler (the script
 * sets no style attribute either), so it works under the strict policy openapi.ts sends with it.
 * The empty data: icon keeps browsers from asking for /favicon.ico, a 404.
 *
 * The script is embedded with String.raw so its backslashes ("\n", regexes) reach the browser as
 * written. Neither embedded file may contain a backtick or a dollar sign followed by a brace.
 */

export const docsHtml = `<!doctype html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Folio API reference</title>
	<link rel="icon" href="data:,">
	<link rel="stylesheet" href="/docs/app.css">
	<script src="/docs/app.js" defer></script>
</head>
<body>
	<main id="app"><p class="notice">Loading the API reference…</p></main>
	<noscript><p class="notice">This page needs JavaScript. The OpenAPI document is at
		<a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></noscript>
</body>
</html>
`;

export const docsStyles = `:root {
	--fg: #1f2328;
	--muted: #59636e;
	--border: #d1d9e0;
	--subtle: #f6f8fa;
	--hover: #eaeef2;
	--accent: #0969da;
	--danger: #cf222e;
	--mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
	color-scheme: light;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre, .path, .type { font-family: var(--mono); font-size: 0.88em; }
code { background: var(--subtle); padding: 0.1em 0.35em; border-radius: 4px; }
pre { margin: 0.5rem 0 0; padding: 0.75rem; background: #fff; border: 1px solid var(--border); border-radius: 6px; overflow: auto; max-height: 28rem; }
.notice, .muted { color: var(--muted); }
.notice { padding: 2rem; }

.top { padding: 1.5rem 2rem 1rem; border-bottom: 1px solid var(--border); }
.top h1 { margin: 0 0 0.25rem; font-size: 1.6rem; }
.version { margin-left: 0.6rem; padding: 0.1rem 0.5rem; border: 1px solid var(--border); border-radius: 999px; font-size: 0.8rem; font-weight: 500; color: var(--muted); vertical-align: middle; }
.description { max-width: 60rem; }
.controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; margin-top: 1rem; }
.controls label { display: flex; align-items: center; gap: 0.5rem; font-weight: 600; font-size: 0.9rem; white-space: nowrap; }
.controls input { width: 22rem; max-width: 70vw; }
input, textarea { font: inherit; padding: 0.4rem 0.6rem; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
input:focus, textarea:focus { outline: 2px solid var(--accent); outline-offset: -1px; }
textarea { width: 100%; font-family: var(--mono); font-size: 0.85rem; resize: vertical; }
button { font: inherit; font-size: 0.9rem; cursor: pointer; padding: 0.3rem 0.9rem; border: 1px solid var(--border); border-radius: 6px; background: var(--subtle); color: var(--fg); }
button:hover { background: var(--hover); }
button[type="submit"] { justify-self: start; background: var(--accent); border-color: var(--accent); color: #fff; }

.layout { display: grid; grid-template-columns: 18rem minmax(0, 1fr); }
.toc { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 0.5rem 1rem 2rem; background: var(--subtle); border-right: 1px solid var(--border); font-size: 0.85rem; }
.toc h2 { margin: 1rem 0 0.3rem; font-size: 0.75rem; letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); }
.toc ul { list-style: none; margin: 0; padding: 0; }
.toc a { display: flex; align-items: center; gap: 0.5rem; padding: 0.15rem 0.3rem; border-radius: 4px; color: var(--fg); }
.toc a:hover { background: var(--hover); text-decoration: none; }
.toc .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.content { padding: 0.5rem 2rem 4rem; }
.content > section > h2 { margin: 2rem 0 0.5rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); font-size: 1.3rem; }

.operation { margin: 1rem 0; padding: 1rem 1.25rem; border: 1px solid var(--border); border-radius: 8px; scroll-margin-top: 1rem; }
.operation:target { border-color: var(--accent); box-shadow: 0 0 0 3px #ddf4ff; }
.operation h3 { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem; margin: 0; font-size: 1.05rem; }
.operation h3 .path { padding: 0; background: none; font-size: 1rem; word-break: break-all; }
.operation h4 { margin: 1.2rem 0 0.4rem; font-size: 0.9rem; }
.summary { margin: 0.5rem 0; font-weight: 600; }
.access code { color: var(--fg); }
.deprecated { color: var(--danger); font-weight: 600; }
.method { display: inline-block; min-width: 4.4em; padding: 0.05em 0.4em; border-radius: 4px; font: 700 0.7rem/1.6 var(--mono); text-align: center; color: #fff; background: var(--muted); }
.method-get { background: #0969da; }
.method-post { background: #1a7f37; }
.method-put { background: #9a6700; }
.method-patch { background: #8250df; }
.method-delete { background: #cf222e; }
.required { margin-left: 0.4rem; font-size: 0.72rem; font-weight: 600; color: var(--danger); }
.type { color: #6639ba; }

table { width: 100%; border-collapse: collapse; font-size: 0.88rem; }
th, td { padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
th { font-size: 0.75rem; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
td code + code { margin-left: 0.3rem; }
tr:target { background: #fff8c5; }
.status { font: 700 0.85rem var(--mono); }
.s2 { color: #1a7f37; }
.s3 { color: #9a6700; }
.s4 { color: #bc4c00; }
.s5 { color: var(--danger); }
details summary { cursor: pointer; color: var(--muted); font-size: 0.8rem; }

.schema { padding-left: 0.75rem; border-left: 2px solid var(--border); }
.props { list-style: none; margin: 0.2rem 0 0; padding: 0; }
.props .props { padding-left: 1rem; border-left: 1px dashed var(--border); }
.props li { padding: 0.15rem 0; }
.desc { color: var(--muted); font-size: 0.86rem; }

.try-toggle { margin-top: 1rem; }
.try { margin-top: 0.75rem; padding: 0.75rem; background: var(--subtle); border-radius: 6px; }
.try form { display: grid; gap: 0.6rem; }
.try label { display: grid; gap: 0.2rem; font-size: 0.85rem; font-weight: 600; }
.try label input { font-weight: 400; }
.error { color: var(--danger); }
.load-error { max-width: 40rem; margin: 3rem auto; padding: 1rem 1.5rem; border: 1px solid var(--danger); border-radius: 8px; background: #ffebe9; }

@media (max-width: 50rem) {
	.layout { grid-template-columns: minmax(0, 1fr); }
	.toc { position: static; max-height: 14rem; border-right: 0; border-bottom: 1px solid var(--border); }
	.top, .content { padding-left: 1rem; padding-right: 1rem; }
}
`;

export const docsScript = String.raw`(() => {
	"use strict";

	const SPEC_URL = "/api/v1/openapi.json";
	const TOKEN_KEY = "folio-docs-token";
	const METHODS = ["get", "post", "put", "patch", "delete"];
	const SHOWN_HEADERS = ["content-type", "x-request-id", "etag", "location", "ratelimit", "ratelimit-policy", "retry-after"];
	const MAX_DEPTH = 4; // levels of nested properties expanded in one schema
	const TICK = "\u0060"; // a literal backtick would end the template literal this script lives in

	const app = document.getElementById("app");
	let spec = {};

	// Builds DOM nodes; strings become text nodes, so nothing from the document is parsed as HTML.
	function h(tag, attrs, ...children) {
		const el = document.createElement(tag);
		for (const [key, value] of Object.entries(attrs || {})) {
			if (value == null || value === false) continue;
			if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
			else if (key === "value") el.value = value;
			else el.setAttribute(key, value === true ? "" : value);
		}
		el.append(...children.flat(Infinity).filter((child) => child != null && child !== false));
		return el;
	}

	// The markdown subset the document uses: blank-line paragraphs and code spans.
	const inline = (text) => String(text).split(TICK).map((part, i) => (i % 2 ? h("code", null, part) : part));
	const paragraphs = (text) => (text ? String(text).trim().split(/\n\s*\n/).map((p) => h("p", null, inline(p))) : []);
	const slug = (text) => String(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
	const badge = (method) => h("span", { class: "method method-" + method }, method.toUpperCase());

	// sessionStorage throws where storage is blocked; the token then lives only in the input.
	function loadToken() {
		try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; }
	}
	function saveToken(value) {
		try { sessionStorage.setItem(TOKEN_KEY, value); } catch { /* see loadToken */ }
	}

	// Follows local references ("#/components/schemas/X", "#/components/parameters/Y", ...).
	function deref(node) {
		for (let hops = 0; node && typeof node.$ref === "string" && node.$ref.startsWith("#/") && hops < 16; hops++) {
			const keys = node.$ref.slice(2).split("/").map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
			node = keys.reduce((parent, key) => parent?.[key], spec);
		}
		return node || {};
	}

	// A one-line type such as "string (date-time)" or "array<Project>". Named schemas are not
	// expanded, so cycles cannot recurse here.
	function typeLabel(schema) {
		if (schema?.$ref) return schema.$ref.split("/").pop();
		const s = schema || {};
		let label;
		if (s.oneOf || s.anyOf) label = (s.oneOf || s.anyOf).map(typeLabel).join(" | ");
		else if (s.allOf && !s.properties) label = s.allOf.map(typeLabel).join(" & ");
		else if (s.enum) label = s.enum.map((v) => JSON.stringify(v)).join(" | ");
		else if (s.const !== undefined) label = JSON.stringify(s.const);
		else {
			label = [].concat(s.type || (s.properties ? "object" : "any")).map((t) => {
				if (t === "array") return "array<" + typeLabel(s.items) + ">";
				if (t === "object" && s.additionalProperties && typeof s.additionalProperties === "object" && !s.properties) {
					return "map<string, " + typeLabel(s.additionalProperties) + ">";
				}
				return t;
			}).join(" | ");
		}
		if (s.format) label += " (" + s.format + ")";
		return label;
	}

	// The properties to list for a schema: through arrays' items and nullable unions, with allOf merged.
	function fields(schema) {
		let s = deref(schema);
		for (let i = 0; i < 4; i++) {
			const variants = (s.anyOf || s.oneOf || []).filter((v) => deref(v).type !== "null");
			if (variants.length === 1) s = deref(variants[0]);
			else if (s.items && !s.properties) s = deref(s.items);
			else break;
		}
		const props = {};
		const required = new Set();
		for (const part of [s].concat((s.allOf || []).map(deref))) {
			Object.assign(props, part.properties);
			for (const name of part.required || []) required.add(name);
		}
		return { target: s, props, required };
	}

	// "seen" holds the schemas being expanded above this one: a schema that contains itself is named
	// by its type label and not expanded again.
	function propsList(schema, depth, seen) {
		const { target, props, required } = fields(schema);
		const names = Object.keys(props);
		if (!names.length || seen.has(target)) return null;
		if (depth >= MAX_DEPTH) return h("span", { class: "muted" }, " {…}");
		const inside = new Set(seen).add(target);
		return h("ul", { class: "props" }, names.map((name) => {
			const description = deref(props[name]).description;
			return h("li", null,
				h("code", null, name), " ", h("span", { class: "type" }, typeLabel(props[name])),
				required.has(name) ? h("span", { class: "required" }, "required") : null,
				description ? h("div", { class: "desc" }, inline(description)) : null,
				propsList(props[name], depth + 1, inside));
		}));
	}

	function schemaView(schema) {
		const description = deref(schema).description;
		return h("div", { class: "schema" },
			h("span", { class: "type" }, typeLabel(schema)),
			description ? h("div", { class: "desc" }, inline(description)) : null,
			propsList(schema, 0, new Set()));
	}

	function table(headings, rows, rowId) {
		return h("table", null,
			h("thead", null, h("tr", null, headings.map((text) => h("th", null, text)))),
			h("tbody", null, rows.map((cells, i) => h("tr", rowId ? { id: rowId(i) } : null, cells.map((cell) => h("td", null, cell))))));
	}

	function accessView(op) {
		const access = op["x-folio-access"];
		if (access === "root") return h("strong", null, "root token only");
		if (access) return ["API key with scope ", h("code", null, access)];
		return (op.security || spec.security || []).length ? "authenticated" : "public";
	}

	function parametersTable(parameters) {
		return table(["Name", "In", "Type", "Description"], parameters.map((p) => [
			[h("code", null, p.name), p.required ? h("span", { class: "required" }, "required") : null],
			p.in,
			h("span", { class: "type" }, typeLabel(p.schema)),
			inline(p.description || deref(p.schema).description || ""),
		]));
	}

	function contentView(content) {
		return Object.entries(content || {}).map(([type, media]) => h("div", null, h("p", null, h("code", null, type)), schemaView(media.schema)));
	}

	function responsesTable(responses) {
		return table(["Status", "Description", "Content"], Object.entries(responses).map(([status, ref]) => {
			const response = deref(ref);
			const json = response.content?.["application/json"];
			return [
				h("span", { class: "status s" + status.charAt(0) }, status),
				inline(response.description || ""),
				[Object.keys(response.content || {}).map((type) => h("code", null, type)),
					json && status.startsWith("2") ? h("details", null, h("summary", null, "Schema"), schemaView(json.schema)) : null],
			];
		}));
	}

	function bodyExample(media) {
		if (media.example !== undefined) return media.example;
		const first = Object.values(media.examples || {})[0];
		if (first) return deref(first).value;
		const schema = deref(media.schema);
		return schema.example ?? schema.examples?.[0] ?? {};
	}

	const pretty = (text) => {
		try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return text; }
	};

	function tryIt(entry) {
		const { op, method, path } = entry;
		const inputs = entry.parameters.filter((p) => ["path", "query", "header"].includes(p.in)).map((param) => {
			const example = param.example ?? deref(param.schema).example;
			const placeholder = example !== undefined ? String(example) : typeLabel(param.schema);
			return { param, input: h("input", { type: "text", required: Boolean(param.required), placeholder }) };
		});
		const media = deref(op.requestBody).content?.["application/json"];
		const bodyInput = media && h("textarea", { rows: 8, spellcheck: "false", value: JSON.stringify(bodyExample(media), null, 2) });
		const output = h("div", { "aria-live": "polite" });

		async function send() {
			let url = path;
			const query = new URLSearchParams();
			const headers = new Headers();
			const token = loadToken();
			if (token) headers.set("Authorization", "Bearer " + token);
			if (bodyInput) headers.set("Content-Type", "application/json");
			output.replaceChildren(h("p", { class: "muted" }, "Sending…"));
			const started = performance.now();
			try {
				for (const { param, input } of inputs) {
					const value = input.value.trim();
					if (param.in === "path") url = url.split("{" + param.name + "}").join(encodeURIComponent(value));
					else if (value && param.in === "query") query.append(param.name, value);
					else if (value) headers.set(param.name, value);
				}
				if (query.toString()) url += "?" + query;
				const response = await fetch(url, { method: method.toUpperCase(), headers, body: bodyInput ? bodyInput.value : undefined });
				const text = await response.text();
				const shown = SHOWN_HEADERS.filter((name) => response.headers.has(name)).map((name) => name + ": " + response.headers.get(name));
				output.replaceChildren(
					h("p", null, h("span", { class: "status s" + String(response.status).charAt(0) }, (response.status + " " + response.statusText).trim()),
						" " + method.toUpperCase() + " " + url + " in " + Math.round(performance.now() - started) + " ms"),
					shown.length ? h("pre", null, shown.join("\n")) : null,
					h("pre", null, text ? pretty(text) : "(empty body)"));
			} catch (error) {
				output.replaceChildren(h("p", { class: "error" }, "Request failed: " + error.message));
			}
		}

		const panel = h("div", { class: "try", hidden: true },
			h("form", { onsubmit: (event) => { event.preventDefault(); send(); } },
				inputs.map(({ param, input }) => h("label", null, param.name + " (" + param.in + ")", input)),
				bodyInput ? h("label", null, "JSON body", bodyInput) : null,
				h("button", { type: "submit" }, "Send request"),
				output));
		const toggle = h("button", { type: "button", class: "try-toggle", "aria-expanded": "false", onclick: () => {
			panel.hidden = !panel.hidden;
			toggle.setAttribute("aria-expanded", String(!panel.hidden));
		} }, "Try it");
		return [toggle, panel];
	}

	function operationView(entry) {
		const { op, method, path, parameters } = entry;
		const body = deref(op.requestBody);
		entry.haystack = [method, path, op.summary, op.operationId].join(" ").toLowerCase();
		entry.section = h("section", { class: "operation", id: entry.id },
			h("h3", null, badge(method), h("code", { class: "path" }, path)),
			op.summary ? h("p", { class: "summary" }, inline(op.summary)) : null,
			op.deprecated ? h("p", { class: "deprecated" }, "Deprecated") : null,
			paragraphs(op.description),
			h("p", { class: "access" }, "Access: ", accessView(op)),
			parameters.length ? [h("h4", null, "Parameters"), parametersTable(parameters)] : null,
			op.requestBody ? [h("h4", null, "Request body", body.required ? h("span", { class: "required" }, "required") : null), contentView(body.content)] : null,
			h("h4", null, "Responses"), responsesTable(op.responses || {}),
			tryIt(entry));
		return entry.section;
	}

	function errorsView() {
		const codes = spec["x-folio-error-codes"];
		if (!Array.isArray(codes) || !codes.length) return null;
		return h("section", { id: "errors" },
			h("h2", null, "Errors"),
			h("p", null, "Every error response names one of these in its ", h("code", null, "code"), " member."),
			table(["Code", "Status", "Description"],
				codes.map((e) => [h("code", null, e.code), h("span", { class: "status s" + String(e.status).charAt(0) }, String(e.status)), inline(e.description || "")]),
				(i) => "error-" + codes[i].code));
	}

	function collectGroups() {
		const groups = new Map((spec.tags || []).map((tag) => [tag.name, { tag, entries: [] }]));
		for (const [path, item] of Object.entries(spec.paths || {})) {
			for (const method of METHODS) {
				const op = item[method];
				if (!op) continue;
				// Operation-level parameters override path-level ones with the same name and location.
				const own = (op.parameters || []).map(deref);
				const inherited = (item.parameters || []).map(deref).filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
				const name = op.tags?.[0] || "Other";
				if (!groups.has(name)) groups.set(name, { tag: { name }, entries: [] });
				groups.get(name).entries.push({ op, method, path, parameters: inherited.concat(own), id: "op-" + (op.operationId || slug(method + "-" + path)) });
			}
		}
		return [...groups.values()].filter((group) => group.entries.length);
	}

	function filter(query, groups) {
		const q = query.trim().toLowerCase();
		for (const group of groups) {
			let any = false;
			for (const entry of group.entries) {
				const match = entry.haystack.includes(q);
				entry.section.hidden = entry.link.hidden = !match;
				any = any || match;
			}
			group.nav.hidden = group.section.hidden = !any;
		}
	}

	function render() {
		const info = spec.info || {};
		const groups = collectGroups();
		const count = groups.reduce((sum, group) => sum + group.entries.length, 0);
		const tokenInput = h("input", { type: "password", autocomplete: "off", placeholder: "Root token or API key", value: loadToken(), oninput: () => saveToken(tokenInput.value.trim()) });
		const search = h("input", { type: "search", placeholder: "Path or summary", oninput: () => filter(search.value, groups) });
		for (const group of groups) {
			group.section = h("section", { id: "tag-" + slug(group.tag.name) }, h("h2", null, group.tag.name), paragraphs(group.tag.description), group.entries.map(operationView));
			group.nav = h("section", null, h("h2", null, group.tag.name), h("ul", null, group.entries.map((entry) => {
				const label = h("span", { class: "label" }, entry.op.summary || entry.path);
				entry.link = h("li", null, h("a", { href: "#" + entry.id, title: entry.path }, badge(entry.method), label));
				return entry.link;
			})));
		}
		const errors = errorsView();
		app.replaceChildren(
			h("header", { class: "top" },
				h("h1", null, info.title || "API reference", info.version ? h("span", { class: "version" }, "v" + info.version) : null),
				h("div", { class: "description" }, paragraphs(info.description)),
				h("div", { class: "controls" }, h("label", null, "Bearer token", tokenInput), h("label", null, "Filter", search),
					h("a", { href: SPEC_URL }, "openapi.json"))),
			h("div", { class: "layout" },
				h("nav", { class: "toc", "aria-label": "Operations" }, groups.map((group) => group.nav),
					errors ? h("h2", null, h("a", { href: "#errors" }, "Errors")) : null),
				h("div", { class: "content" }, groups.map((group) => group.section), errors)));
		document.title = (info.title || "API") + " reference";
		document.body.dataset.operations = String(count);
		document.body.dataset.rendered = "true";
		// The fragment's target did not exist at load. Navigating to the same fragment again (no
		// reload) scrolls to it and lets :target highlight it.
		if (location.hash) location.replace(location.hash);
	}

	async function main() {
		try {
			const response = await fetch(SPEC_URL, { headers: { Accept: "application/json" } });
			if (!response.ok) throw new Error("HTTP " + response.status + " " + response.statusText);
			spec = await response.json();
			render();
		} catch (error) {
			app.replaceChildren(h("div", { class: "load-error", role: "alert" },
				h("h1", null, "Could not load the API reference"),
				h("p", null, "Loading ", h("a", { href: SPEC_URL }, SPEC_URL), " failed: " + error.message)));
			document.body.dataset.rendered = "error";
		}
	}

	main();
})();
`;
