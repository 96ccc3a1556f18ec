// Element building shared by the views. Nothing here reads the OpenAPI document.
// Builds DOM nodes; strings become text nodes, so nothing from the document is parsed as HTML.
export function h(tag, attrs, ...children) {
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
export const inline = (text) =>
	String(text)
		.split("`")
		.map((part, i) => (i % 2 ? h("code", null, part) : part));
export const paragraphs = (text) =>
	text
		? String(text)
				.trim()
				.split(/\n\s*\n/)
				.map((p) => h("p", null, inline(p)))
		: [];
export const slug = (text) =>
	String(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
export const badge = (method) => h("span", { class: `method method-${method}` }, method.toUpperCase());

export function table(headings, rows, rowId) {
	return h(
		"table",
		null,
		h(
			"thead",
			null,
			h(
				"tr",
				null,
				headings.map((text) => h("th", null, text)),
			),
		),
		h(
			"tbody",
			null,
			rows.map((cells, i) =>
				h(
					"tr",
					rowId ? { id: rowId(i) } : null,
					cells.map((cell) => h("td", null, cell)),
				),
			),
		),
	);
}
