// The reference page: loads the OpenAPI document and renders it, with a filter and a token for Try it.

import { badge, h, paragraphs, slug } from "./dom.js";
import { collectGroups, errorsView, operationView } from "./operations.js";
import { currentSpec, SPEC_URL, useSpec } from "./spec.js";
import { loadToken, saveToken } from "./try-it.js";

const app = document.getElementById("app");

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
	const info = currentSpec().info || {};
	const groups = collectGroups();
	const count = groups.reduce((sum, group) => sum + group.entries.length, 0);
	const tokenInput = h("input", {
		type: "password",
		autocomplete: "off",
		placeholder: "Root token or API key",
		value: loadToken(),
		oninput: () => saveToken(tokenInput.value.trim()),
	});
	const search = h("input", {
		type: "search",
		placeholder: "Path or summary",
		oninput: () => filter(search.value, groups),
	});
	for (const group of groups) {
		group.section = h(
			"section",
			{ id: `tag-${slug(group.tag.name)}` },
			h("h2", null, group.tag.name),
			paragraphs(group.tag.description),
			group.entries.map(operationView),
		);
		group.nav = h(
			"section",
			null,
			h("h2", null, group.tag.name),
			h(
				"ul",
				null,
				group.entries.map((entry) => {
					const label = h("span", { class: "label" }, navLabel(entry, group.entries));
					entry.link = h(
						"li",
						null,
						h("a", { href: `#${entry.id}`, title: entry.path }, badge(entry.method), label),
					);
					return entry.link;
				}),
			),
		);
	}
	const errors = errorsView();
	app.replaceChildren(
		h(
			"header",
			{ class: "top" },
			h(
				"h1",
				null,
				info.title || "API reference",
				info.version ? h("span", { class: "version" }, `v${info.version}`) : null,
			),
			h("div", { class: "description" }, paragraphs(info.description)),
			h(
				"div",
				{ class: "controls" },
				h("label", null, "Bearer token", tokenInput),
				h("label", null, "Filter", search),
				h("a", { href: SPEC_URL }, "openapi.json"),
			),
		),
		h(
			"div",
			{ class: "layout" },
			h(
				"nav",
				{ class: "toc", "aria-label": "Operations" },
				groups.map((group) => group.nav),
				errors ? h("h2", null, h("a", { href: "#errors" }, "Errors")) : null,
			),
			h(
				"div",
				{ class: "content" },
				groups.map((group) => group.section),
				errors,
			),
		),
	);
	document.title = `${info.title || "API"} reference`;
	document.body.dataset.operations = String(count);
	document.body.dataset.rendered = "true";
	// The fragment's target did not exist at load. Navigating to the same fragment again (no
	// reload) scrolls to it and lets :target highlight it.
	if (location.hash) location.replace(location.hash);
}

async function main() {
	try {
		const response = await fetch(SPEC_URL, { headers: { Accept: "application/json" } });
		if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
		useSpec(await response.json());
		render();
	} catch (error) {
		app.replaceChildren(
			h(
				"div",
				{ class: "load-error", role: "alert" },
				h("h1", null, "Could not load the API reference"),
				h("p", null, "Loading ", h("a", { href: SPEC_URL }, SPEC_URL), ` failed: ${error.message}`),
			),
		);
		document.body.dataset.rendered = "error";
	}
}

main();

// Two operations with one summary (the two redeliver routes) would read as the same link: add
// the part of the path that tells them apart.
function navLabel(entry, entries) {
	const summary = entry.op.summary || entry.path;
	if (!entries.some((other) => other !== entry && other.op.summary === entry.op.summary)) return summary;
	return `${summary} (${entry.path.replace(/^\/api\/v1\/(admin\/)?projects\/\{project\}/, "…")})`;
}
