// Type-checked by tsc (scripts/client-types.sh), never run: what an integrator writes against
// @city-chain/api compiles with the city's types, and what the chain would refuse does not.
// Each `@ts-expect-error` fails the check if the line it marks compiles.
import { createCityApi } from '@city-chain/api';
import type { CityReserveStatus } from '@city-chain/api';
import type { Balance } from '@polkadot/types/interfaces';

export async function typed (endpoint: string, who: string): Promise<void> {
  const api = await createCityApi(endpoint);

  // RPC methods, typed from src/definitions.js.
  const status: CityReserveStatus = await api.rpc.reserve.status();
  const free: Balance = status.free;
  const [credential] = await api.rpc.identity.credentialsOf(who);
  const active: boolean = credential.status.isActive;
  const subject: string = credential.credential.subject.toString();
  const debt = await api.rpc.bonds.debt();
  const headroom: bigint = debt.headroom.toBigInt();
  const periods = await api.rpc.city.governancePeriods();
  const voting: number = periods.voting.toNumber();
  const device = await api.rpc.iot.device('0x' + '00'.repeat(32));
  const owner = device.isSome ? device.unwrap().owner.toString() : null;
  const fines = await api.rpc.vehicles.openFines('CITY-1');
  const due = fines.map((fine) => fine.amount.toBigInt());
  // @ts-expect-error: `status` takes at most the block to read at
  await api.rpc.reserve.status(who, who, who);
  // @ts-expect-error: a CityReserveStatus has no `ceiling` (the debt's)
  status.ceiling;

  // Calls, storage, constants, events, errors and runtime APIs, typed from the metadata.
  const spend = api.tx.reserveFund.spend;
  const vote = api.tx.democracy.vote;
  const proxy = api.tx.proxy.addProxy(who, 'Governance', 0);
  // @ts-expect-error: the city's proxy types only
  api.tx.proxy.addProxy(who, 'Staking', 0);
  const bills = await api.call.cityCoinApi.openBills(who);
  const credentials = await api.query.identityRegistry.credentials(0);
  const deposit = api.consts.proxy.proxyDepositBase.toBigInt();
  const isAnchored = api.events.iotAnchors.Anchored.is;
  const notResident = api.errors.democracy;

  void [free, active, subject, headroom, voting, owner, due, spend, vote, proxy, bills, credentials, deposit, isAnchored, notResident];
  await api.disconnect();
}
