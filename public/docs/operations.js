import { badge, h, inline, paragraphs, slug, table } from "./dom.js";
import { bodyExample, contentView, schemaView, typeLabel } from "./schema-view.js";
import { currentSpec, deref } from "./spec.js";
import { tryIt } from "./try-it.js";

const METHODS = ["get", "post", "put", "patch", "delete"];

function accessView(op) {
	const access = op["x-folio-access"];
	if (access === "root") return h("strong", null, "root token only");
	if (access) return ["API key with scope ", h("code", null, access)];
	return (op.security || currentSpec().security || []).length ? "authenticated" : "public";
}

function parametersTable(parameters) {
	return table(
		["Name", "In", "Type", "Description"],
		parameters.map((p) => [
			[h("code", null, p.name), p.required ? h("span", { class: "required" }, "required") : null],
			p.in,
			h("span", { class: "type" }, typeLabel(p.schema)),
			inline(p.description || deref(p.schema).description || ""),
		]),
	);
}

function responsesTable(responses) {
	return table(
		["Status", "Description", "Content"],
		Object.entries(responses).map(([status, ref]) => {
			const response = deref(ref);
			const json = response.content?.["application/json"];
			return [
				h("span", { class: `status s${status.charAt(0)}` }, status),
				inline(response.description || ""),
				[
					Object.keys(response.content || {}).map((type) => h("code", null, type)),
					json && status.startsWith("2")
						? h("details", null, h("summary", null, "Schema"), schemaView(json.schema))
						: null,
				],
			];
		}),
	);
}

const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;

// A curl line per operation, with the same example body the Try-it form starts from; path
// parameters take their example (else stay as {name}) and the token comes from $TOKEN.
function curlExample({ op, method, path, parameters }) {
	let url = path;
	for (const p of parameters.filter((p) => p.in === "path")) {
		const example = p.example ?? deref(p.schema).example;
		if (example !== undefined) url = url.replace(`{${p.name}}`, encodeURIComponent(String(example)));
	}
	const lines = [`curl -s -X ${method.toUpperCase()} ${quote(`${location.origin}${url}`)}`];
	if (accessView(op) !== "public") lines.push(`-H "Authorization: Bearer $TOKEN"`);
	const media = deref(op.requestBody).content?.["application/json"];
	if (media)
		lines.push("-H 'Content-Type: application/json'", `-d ${quote(JSON.stringify(bodyExample(media)))}`);
	return h("details", { class: "curl" }, h("summary", null, "curl"), h("pre", null, lines.join(" \\\n  ")));
}

export function operationView(entry) {
	const { op, method, path, parameters } = entry;
	const body = deref(op.requestBody);
	entry.haystack = [method, path, op.summary, op.operationId].join(" ").toLowerCase();
	entry.section = h(
		"section",
		{ class: "operation", id: entry.id },
		h("h3", null, badge(method), h("code", { class: "path" }, path)),
		op.summary ? h("p", { class: "summary" }, inline(op.summary)) : null,
		op.deprecated ? h("p", { class: "deprecated" }, "Deprecated") : null,
		paragraphs(op.description),
		h("p", { class: "access" }, "Access: ", accessView(op)),
		parameters.length ? [h("h4", null, "Parameters"), parametersTable(parameters)] : null,
		op.requestBody
			? [
					h("h4", null, "Request body", body.required ? h("span", { class: "required" }, "required") : null),
					contentView(body.content),
				]
			: null,
		h("h4", null, "Responses"),
		responsesTable(op.responses || {}),
		curlExample(entry),
		tryIt(entry),
	);
	return entry.section;
}

export function errorsView() {
	const codes = currentSpec()["x-folio-error-codes"];
	if (!Array.isArray(codes) || !codes.length) return null;
	return h(
		"section",
		{ id: "errors" },
		h("h2", null, "Errors"),
		h("p", null, "Every error response names one of these in its ", h("code", null, "code"), " member."),
		table(
			["Code", "Status", "Description"],
			codes.map((e) => [
				h("code", null, e.code),
				h("span", { class: `status s${String(e.status).charAt(0)}` }, String(e.status)),
				inline(e.description || ""),
			]),
			(i) => `error-${codes[i].code}`,
		),
	);
}

export function collectGroups() {
	const groups = new Map((currentSpec().tags || []).map((tag) => [tag.name, { tag, entries: [] }]));
	for (const [path, item] of Object.entries(currentSpec().paths || {})) {
		for (const method of METHODS) {
			const op = item[method];
			if (!op) continue;
			// Operation-level parameters override path-level ones with the same name and location.
			const own = (op.parameters || []).map(deref);
			const inherited = (item.parameters || [])
				.map(deref)
				.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
			const name = op.tags?.[0] || "Other";
			if (!groups.has(name)) groups.set(name, { tag: { name }, entries: [] });
			groups.get(name).entries.push({
				op,
				method,
				path,
				parameters: inherited.concat(own),
				id: `op-${op.operationId || slug(`${method}-${path}`)}`,
			});
		}
	}
	return [...groups.values()].filter((group) => group.entries.length);
}
