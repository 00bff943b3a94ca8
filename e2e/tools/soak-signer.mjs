// A worker thread of the soak (tools/soak.mjs): signs the transfers of the senders it is given,
// each sender's in nonce order, with an API connection of its own to `port`; posts back
// [{ sender, txs: [hex...], recipients: [address...] }]. Signing 50,000 on one thread takes about
// two minutes here; the soak splits them over one worker a core.

import { parentPort, workerData } from 'node:worker_threads';
import { Keyring } from '@polkadot/api';
import { connect, immortal } from '../lib/node.mjs';

const { port, senderUri, senders, sendersTotal, perSender, transfers, to, amount } = workerData;
const api = await connect(port);
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const signed = [];
for (const i of senders) {
  const pair = keyring.addFromUri(`${senderUri}${i}`);
  const txs = [];
  const recipients = [];
  for (let nonce = 0; nonce < perSender && i * perSender + nonce < transfers; nonce++) {
    const recipient = to[(nonce * sendersTotal + i) % to.length];
    recipients.push(recipient);
    txs.push(api.tx.balances.transferKeepAlive(recipient, BigInt(amount)).sign(pair, immortal(api, nonce)).toHex());
  }
  signed.push({ sender: i, txs, recipients });
  // A pause now and then: the connection answers the node's pings meanwhile.
  await new Promise((resolve) => setImmediate(resolve));
}
await api.disconnect();
parentPort.postMessage(signed);
