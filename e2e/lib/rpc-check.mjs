// Holds @city-chain/api's typed RPC answers to the node's own JSON in every e2e test: each call of
// a city RPC method (`api.rpc.reserve.status()`, ...) also asks the node over plain JSON-RPC, at
// the same block, and fails unless the typed value has exactly the JSON's fields, nulls and
// values, all the way down. A field the node renames, adds or drops, or a type that decodes a
// value wrongly, fails the test that reads it, where a typed default (0, false, None, empty)
// would otherwise pass unnoticed.

import assert from 'node:assert/strict';
import { rpc } from '@city-chain/api';

/** `value` as JSON-RPC sends it: a codec as its JSON, anything else as it is. */
const wire = (value) => (value && typeof value.toJSON === 'function' ? value.toJSON() : value);

/** Fails unless the codec `typed` and the JSON value `raw` say the same, naming `path`. */
export function assertSameAnswer (typed, raw, path) {
  if (typeof typed?.unwrapOr === 'function') {
    // Option: null in the JSON, None typed.
    assert.equal(typed.isNone, raw === null, `${path}: ${raw === null ? 'null' : 'a value'} in the node's JSON`);
    if (raw !== null) assertSameAnswer(typed.unwrap(), raw, path);
    return;
  }
  assert.notEqual(raw, null, `${path}: null in the node's JSON, ${typed?.toRawType?.()} typed`);
  if (Array.isArray(raw)) {
    assert.ok(Array.isArray(typed), `${path}: a list`);
    assert.equal(typed.length, raw.length, `${path}: its length`);
    raw.forEach((item, i) => assertSameAnswer(typed[i], item, `${path}[${i}]`));
    return;
  }
  if (typed instanceof Map && !('defKeys' in typed)) return; // Json: passed through as it is
  if (typeof typed.isBasic === 'boolean' && typeof typed.type === 'string') {
    // An enum: `"variant"`, or `{ "variant": value }`, in whatever case serde names it.
    const [key, value] = typeof raw === 'string' ? [raw, undefined] : Object.entries(raw)[0];
    assert.equal(typed.type.toLowerCase(), key.toLowerCase(), `${path}: the variant`);
    if (value !== undefined) assertSameAnswer(typed.value, value, `${path}.${key}`);
    return;
  }
  if (typed instanceof Map) {
    // A struct: the same fields, each the same.
    assert.equal(typeof raw, 'object', `${path}: an object in the node's JSON`);
    assert.deepEqual([...typed.keys()].sort(), Object.keys(raw).sort(), `${path}: the fields`);
    for (const key of Object.keys(raw)) assertSameAnswer(typed.get(key), raw[key], `${path}.${key}`);
    return;
  }
  if (typeof raw === 'boolean') {
    assert.equal(typed.isTrue, raw, path);
  } else if (typeof raw === 'number' || (typeof raw === 'string' && /^-?\d+$/.test(raw) && typeof typed.toBigInt === 'function')) {
    // Numbers, and amounts as decimal strings.
    assert.equal(BigInt(typed.toString()), BigInt(raw), path);
  } else {
    // Text, SS58 accounts, hex hashes and bytes.
    const forms = [typed.toString(), typeof typed.toHex === 'function' ? typed.toHex() : undefined];
    assert.ok(forms.includes(raw), `${path}: ${JSON.stringify(raw)} in the node's JSON, ${forms.join(' or ')} typed`);
  }
}

/**
 * Makes `api`'s city RPC methods (those @city-chain/api declares) check their answers against
 * the node's JSON at `port` (see the top). A call without `at` reads the best block: both calls
 * read the same one.
 */
export function checkCityRpc (api, port, jsonRpc) {
  for (const [section, methods] of Object.entries(rpc)) {
    for (const [method, { params }] of Object.entries(methods)) {
      const typedCall = api.rpc[section][method];
      const name = `${section}_${method}`;
      async function checked (...args) {
        const call = args.length < params.length ? [...args, await jsonRpc(port, 'chain_getBlockHash', [])] : args;
        const typed = await typedCall(...call);
        const raw = await jsonRpc(port, name, call.map(wire));
        assertSameAnswer(typed, raw, name);
        return typed;
      }
      Object.defineProperty(api.rpc[section], method, { configurable: true, enumerable: true, value: checked });
    }
  }
  return api;
}
