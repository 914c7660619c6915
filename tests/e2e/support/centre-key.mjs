// The test centre key, made by Node's own WebCrypto (an implementation independent of the
// browser's) in the format of crates/domain/src/centre_key.rs, and the unsealing of records
// the browser sealed (crates/domain/src/sealed.rs). Every kiosk in the tests seals to this key
// unless a test asks for none (`test.use({ centreKey: false })`).
import { webcrypto as crypto } from "node:crypto";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const subtle = crypto.subtle;
export const TEST_PASSPHRASE = "centre passphrase 2580";
const ITERATIONS = 600_000;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const base64url = (bytes) => Buffer.from(bytes).toString("base64url");
const fromBase64url = (text) => new Uint8Array(Buffer.from(text, "base64url"));

function crockford(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 5) {
    let group = 0n;
    for (const byte of bytes.slice(i, i + 5)) group = (group << 8n) | BigInt(byte);
    for (let k = 7; k >= 0; k--) out += CROCKFORD[Number((group >> BigInt(5 * k)) & 31n)];
  }
  return out.match(/.{4}/g).join("-");
}

async function wrap(secret, pkcs8) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const base = await subtle.importKey("raw", new TextEncoder().encode(secret), "PBKDF2", false, ["deriveBits"]);
  const bits = await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations: ITERATIONS }, base, 256);
  const key = await subtle.importKey("raw", bits, "AES-GCM", false, ["encrypt"]);
  const ct = new Uint8Array(await subtle.encrypt({ name: "AES-GCM", iv }, key, pkcs8));
  return { iterations: ITERATIONS, salt: base64url(salt), iv: base64url(iv), ct: base64url(ct) };
}

async function makeKey() {
  const pair = await subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
  const publicRaw = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle.exportKey("pkcs8", pair.privateKey));
  const recoveryCode = crockford(crypto.getRandomValues(new Uint8Array(20)));
  const digest = new Uint8Array(await subtle.digest("SHA-256", publicRaw));
  const file = {
    format: "yorisoi-centre-key",
    version: 1,
    created: "2026-11-30",
    public_key: base64url(publicRaw),
    fingerprint: crockford(digest.slice(0, 10)),
    by_passphrase: await wrap(TEST_PASSPHRASE, pkcs8),
    by_recovery_code: await wrap(recoveryCode, pkcs8),
  };
  return { file, json: JSON.stringify(file, null, 2), recoveryCode, privateKey: pair.privateKey };
}

let made;
/** The test centre key: `{ file, json, recoveryCode, privateKey }`, made once per worker. */
export const centreKey = () => (made ??= makeKey());

/** Opens a sealed record (the envelope as stored) with the test key: the stored record inside. */
export async function unseal(envelope) {
  const { privateKey } = await centreKey();
  const epkRaw = fromBase64url(envelope.epk);
  const epk = await subtle.importKey("raw", epkRaw, { name: "ECDH", namedCurve: "P-256" }, false, []);
  const shared = await subtle.deriveBits({ name: "ECDH", public: epk }, privateKey, 256);
  const ikm = await subtle.importKey("raw", shared, "HKDF", false, ["deriveBits"]);
  const info = new TextEncoder().encode(`yorisoi/v1/sealed-response ${envelope.id}`);
  const keyBits = await subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: epkRaw, info }, ikm, 256);
  const key = await subtle.importKey("raw", keyBits, "AES-GCM", false, ["decrypt"]);
  const plain = await subtle.decrypt({ name: "AES-GCM", iv: fromBase64url(envelope.iv) }, key, fromBase64url(envelope.ct));
  return new TextDecoder().decode(plain).trimEnd();
}

/** Seals a stored record to the test key, as a kiosk does (the envelope, as stored). */
export async function seal(id, record) {
  const { file } = await centreKey();
  const centre = await subtle.importKey("raw", fromBase64url(file.public_key), { name: "ECDH", namedCurve: "P-256" }, false, []);
  const ephemeral = await subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
  const epkRaw = new Uint8Array(await subtle.exportKey("raw", ephemeral.publicKey));
  const shared = await subtle.deriveBits({ name: "ECDH", public: centre }, ephemeral.privateKey, 256);
  const ikm = await subtle.importKey("raw", shared, "HKDF", false, ["deriveBits"]);
  const info = new TextEncoder().encode(`yorisoi/v1/sealed-response ${id}`);
  const keyBits = await subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: epkRaw, info }, ikm, 256);
  const key = await subtle.importKey("raw", keyBits, "AES-GCM", false, ["encrypt"]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const bytes = new TextEncoder().encode(record);
  const padded = new Uint8Array(Math.max(1, Math.ceil(bytes.length / 256)) * 256).fill(0x20);
  padded.set(bytes);
  const ct = new Uint8Array(await subtle.encrypt({ name: "AES-GCM", iv }, key, padded));
  return { ct: base64url(ct), epk: base64url(epkRaw), id, iv: base64url(iv), v: 1 };
}

/** Puts the test key where a kiosk's own administrator would have created it, before any page
 *  script runs, in every page of `context` (only where none is stored yet). */
export async function seedCentreKey(context) {
  const { json } = await centreKey();
  await context.addInitScript((record) => {
    // Only the app's own pages: about:blank and the like have no storage to seed.
    if (!location.protocol.startsWith("http")) return;
    const key = `yorisoi/v1@${location.pathname.replace(/[^/]*$/, "")}centre-key`;
    if (localStorage.getItem(key) === null) localStorage.setItem(key, record);
  }, json);
}

/** Serves a copy of the build with the test key published beside index.html, as IT places it;
 *  returns the copy's folder. */
export async function publishCentreKey(server) {
  const { json } = await centreKey();
  const folder = mkdtempSync(join(tmpdir(), "yorisoi-published-"));
  cpSync("dist", folder, { recursive: true });
  writeFileSync(join(folder, "centre-key.json"), json);
  server.deploy(folder);
  return folder;
}
