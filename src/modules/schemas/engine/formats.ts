import { RE2JS } from "re2js";

/**
 * The `format` checks, each linear in the length of the string: RE2 for anything unbounded, a
 * length check before anything else. (The validator Folio used before ran a backtracking regular
 * expression for `url` that took 12 s on 192 KB.) Unknown formats are annotations and pass.
 */
type Check = (text: string) => boolean;

const lazy = (source: string, flags = 0) => {
	let compiled: RE2JS | undefined;
	return (text: string) => {
		compiled ??= RE2JS.compile(source, flags);
		return compiled.testExact(text);
	};
};
const I = RE2JS.CASE_INSENSITIVE;

const PCHAR = "(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})";
const AUTHORITY = `(?:(?:[a-z0-9\\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\\[[0-9a-f:.]+\\]|\\[v[0-9a-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+\\]|(?:[a-z0-9\\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::[0-9]*)?`;
const TAIL = `(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?`;
const HIER = `(?://${AUTHORITY}(?:/${PCHAR}*)*|/?(?:${PCHAR}+(?:/${PCHAR}*)*)?)`;
const uri = lazy(`[a-z][a-z0-9+\\-.]*:${HIER}${TAIL}`, I);
const relative = lazy(`(?://${AUTHORITY}(?:/${PCHAR}*)*|/?(?:${PCHAR}+(?:/${PCHAR}*)*)?)${TAIL}`, I);
const uriTemplate = lazy(
	"(?:[^\\x00-\\x20\\x7f\"'%<>\\\\^`{|}]|%[0-9a-f]{2}|\\{[+#./;?&=,!@|]?[a-z0-9_%.]+(?::[1-9][0-9]{0,3}|\\*)?(?:,[a-z0-9_%.]+(?::[1-9][0-9]{0,3}|\\*)?)*\\})*",
	I,
);
const duration = lazy(
	"P(?:[0-9]+W|(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?)",
);
const emailLocal = lazy(
	"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*|\"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\"",
	I,
);
const jsonPointer = lazy("(?:/(?:[^~/]|~0|~1)*)*");
const pointerFragment = lazy("#(?:/(?:[a-z0-9_\\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*", I);
const relativePointer = lazy("(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~0|~1)*)*)");
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const OCTET = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:z|([+-])(\d{2}):(\d{2}))$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function date(text: string): boolean {
	const m = text.length === 10 ? DATE.exec(text) : null;
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const max = month === 2 && !leap ? 28 : (DAYS[month] ?? 0);
	return month >= 1 && month <= 12 && day >= 1 && day <= max;
}

function time(text: string): boolean {
	const m = text.length <= 64 ? TIME.exec(text) : null;
	if (!m) return false;
	const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const [offsetHour, offsetMinute] = [Number(m[5] ?? 0), Number(m[6] ?? 0)];
	if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
	if (second < 60) return true;
	// A leap second exists only at 23:59:60 UTC.
	const sign = m[4] === "-" ? -1 : m[4] === "+" ? 1 : 0;
	const utc = (hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute) + 1440) % 1440;
	return utc === 1439;
}

function hostname(text: string): boolean {
	if (text.length === 0 || text.length > 253) return false;
	return text.split(".").every((label) => LABEL.test(label));
}

function ipv4(text: string): boolean {
	const parts = text.length <= 15 ? text.split(".") : [];
	return parts.length === 4 && parts.every((p) => OCTET.test(p));
}

function ipv6(text: string): boolean {
	if (text.length < 2 || text.length > 45 || !/^[0-9a-f:.]+$/i.test(text)) return false;
	// The URL parser implements the IPv6 address grammar; the characters were checked above.
	return URL.canParse(`http://[${text}]/`);
}

function email(text: string): boolean {
	const at = text.lastIndexOf("@");
	if (at < 1 || at > 64 || text.length - at - 1 > 253) return false;
	const local = text.slice(0, at);
	const host = text.slice(at + 1);
	if (!emailLocal(local)) return false;
	if (host.startsWith("[") && host.endsWith("]")) {
		const literal = host.slice(1, -1);
		return /^ipv6:/i.test(literal) ? ipv6(literal.slice(5)) : ipv4(literal);
	}
	return hostname(host);
}

function url(text: string): boolean {
	// The URL parser silently drops tabs and newlines and trims spaces; such text is not a URL.
	if (/\s/.test(text) || hasControlCharacter(text) || !URL.canParse(text)) return false;
	const parsed = new URL(text);
	return ["http:", "https:", "ftp:"].includes(parsed.protocol) && parsed.hostname.includes(".");
}

function hasControlCharacter(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
	return false;
}

function regex(text: string): boolean {
	try {
		new RegExp(text, "u");
		return true;
	} catch {
		return false;
	}
}

export const FORMATS: Record<string, Check> = {
	date,
	time,
	"date-time": (t) =>
		t.length > 11 && "Tt ".includes(t.charAt(10)) && date(t.slice(0, 10)) && time(t.slice(11)),
	duration: (t) => t !== "P" && !t.endsWith("T") && duration(t),
	uri: (t) => /[/:]/.test(t) && uri(t),
	"uri-reference": (t) => uri(t) || relative(t),
	"uri-template": uriTemplate,
	url,
	email,
	hostname,
	ipv4,
	ipv6,
	regex,
	uuid: (t) => t.length === 36 && UUID.test(t),
	"json-pointer": jsonPointer,
	"json-pointer-uri-fragment": pointerFragment,
	"relative-json-pointer": relativePointer,
};

/** The check for a format name, or undefined (an annotation only). */
export function formatCheck(name: unknown): Check | undefined {
	return typeof name === "string" && Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
}
