// Loaded only when php-wasm is asked for a PHP version package.json's overrides left out.
throw new Error(
	"This PHP version is not installed (see overrides in package.json); run php-wasm-cli with PHP=8.1.",
);
